import { Badge, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { GapDto } from '../../api/bilan';
import { useFormat } from '../../i18n/use-format';
import { RouterLink } from '../../router/RouterLink';
import { paths } from '../../router/routes';
import { EmptyState } from '../EmptyState/EmptyState';
import { useBadgeStyles } from '../StatusBadge/StatusBadge';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { ...typographyStyles.body1Strong, margin: 0 },
  meta: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, margin: 0, display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  justification: { ...typographyStyles.body1, margin: `${tokens.spacingVerticalXXS} 0 0`, color: tokens.colorNeutralForeground2 },
  details: { ...typographyStyles.body1 },
  summary: { cursor: 'pointer', ...typographyStyles.body1Strong, padding: `${tokens.spacingVerticalXS} 0` },
});

const REASON_COLORS = { revised: 'warning', abandoned: 'danger', far_behind: 'severe' } as const;

/** Gaps still owing a justification, each with the link where it is entered; below, the gaps already justified. */
export function GapList({ toExplain, justified, linkable }: { toExplain: GapDto[]; justified: GapDto[]; linkable: boolean }) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <>
      {toExplain.length === 0 ? (
        <EmptyState>{t('bilan.gaps.none')}</EmptyState>
      ) : (
        <ul className={styles.list} aria-label={t('bilan.gaps.caption')}>
          {toExplain.map((gap) => (
            <li key={gap.commitmentId} className={styles.item} data-gap={gap.commitmentId}>
              <GapText gap={gap} />
              {linkable && (
                <RouterLink to={paths.commitments} query={{ edit: gap.commitmentId }} aria-label={t('bilan.gaps.justifyLabel', { reference: gap.reference })}>
                  {t('bilan.gaps.justify')}
                </RouterLink>
              )}
            </li>
          ))}
        </ul>
      )}
      {justified.length > 0 && (
        <details className={styles.details}>
          <summary className={styles.summary}>{t('bilan.gaps.justified', { count: justified.length })}</summary>
          <ul className={styles.list}>
            {justified.map((gap) => (
              <li key={gap.commitmentId} className={styles.item} data-justified={gap.commitmentId}>
                <div>
                  <GapText gap={gap} />
                  <p className={styles.justification}>
                    {gap.justification ? t('bilan.gaps.justification', { text: gap.justification }) : t('bilan.gaps.hidden')}
                  </p>
                </div>
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

function GapText({ gap }: { gap: GapDto }) {
  const styles = useStyles();
  const badge = useBadgeStyles();
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div>
      <p className={styles.title}>{`${gap.reference} ${gap.title}`}</p>
      <p className={styles.meta}>
        <Badge className={badge.badge} appearance="tint" shape="rounded" color={REASON_COLORS[gap.reason]}>
          {t(`bilan.gaps.reason.${gap.reason}`)}
        </Badge>
        <span>{`${t('fields.progress')}${t('history.colon')}${format.progress(gap.progress)}`}</span>
        {gap.lag !== undefined && gap.lag > 0 && <span>{t('bilan.promised.lagBehind', { points: format.number(gap.lag, 0) })}</span>}
      </p>
    </div>
  );
}
