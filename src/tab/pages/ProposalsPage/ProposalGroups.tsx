import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { Panel } from '../../components/Panel/Panel';
import { ProposalItem } from '../../components/ProposalItem/ProposalItem';
import type { Directory } from '../../data/hooks/use-directory';
import type { CampaignGroup } from '../../model/proposal-groups';
import { RouterLink } from '../../router/RouterLink';
import { paths } from '../../router/routes';

const useStyles = makeStyles({
  records: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  record: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  recordTitle: { ...typographyStyles.subtitle2, margin: 0, display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'baseline' },
  kind: { ...typographyStyles.caption1Strong, color: tokens.colorNeutralForeground2, textTransform: 'uppercase' },
  count: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2 },
  warning: { ...typographyStyles.caption1, color: tokens.colorPaletteDarkOrangeForeground1, margin: 0 },
});

export interface ProposalGroupsProps {
  groups: CampaignGroup[];
  directory: Directory;
  onDecided: (outcome: 'accepted' | 'refused') => void;
  onReload: () => void;
}

/** Proposals by campaign (h2), then by record (h3, linking to the action or the indicator). */
export function ProposalGroups({ groups, directory, onDecided, onReload }: ProposalGroupsProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <>
      {groups.map((g) => (
        <Panel key={g.campaignId} title={g.campaignTitle} aside={<span className={styles.count}>{t('proposals.inCampaign', { count: g.count })}</span>}>
          <div className={styles.records}>
            {g.records.map((r) => (
              <section key={r.key} className={styles.record} aria-label={r.target.label} data-target={r.key}>
                <h3 className={styles.recordTitle}>
                  <span className={styles.kind}>{t(`proposals.target.${r.target.kind}`)}</span>
                  {r.target.exists ? (
                    <RouterLink to={r.target.kind === 'action' ? paths.action(r.target.id) : paths.indicator(r.target.id)}>{r.target.label}</RouterLink>
                  ) : (
                    <span>{r.target.label}</span>
                  )}
                </h3>
                {!r.target.exists && <p className={styles.warning}>{t('proposals.missingTarget')}</p>}
                {r.views.map((view) => (
                  <ProposalItem key={`${view.proposal.id}:${view.proposal.version}`} view={view} directory={directory} onDecided={onDecided} onReload={onReload} />
                ))}
              </section>
            ))}
          </div>
        </Panel>
      ))}
    </>
  );
}
