import { Field, MessageBar, MessageBarBody, Select, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROPOSAL_STATES } from '../../api/campaign-enums';
import type { ProposalState } from '../../api/campaigns';
import { EmptyState } from '../../components/EmptyState/EmptyState';
import { ErrorState } from '../../components/ErrorState/ErrorState';
import { LoadingState } from '../../components/LoadingState/LoadingState';
import { PageHeader } from '../../components/PageHeader/PageHeader';
import { useDirectory } from '../../data/hooks/use-directory';
import { useMe } from '../../data/hooks/use-me';
import { useProposals } from '../../data/hooks/use-proposals';
import { proposals as proposalStrings } from '../../i18n/locales/fr/proposals';
import { addPageStrings } from '../../i18n/page-strings';
import { hasCapability } from '../../model/permissions';
import { groupProposals } from '../../model/proposal-groups';
import { useQueryParams } from '../../router/use-location';
import { ProposalGroups } from './ProposalGroups';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  tools: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalL },
  count: { ...typographyStyles.body1, color: tokens.colorNeutralForeground2, margin: 0 },
});

const isState = (value: string | null): value is ProposalState => (PROPOSAL_STATES as readonly (string | null)[]).includes(value);

/** Remontées: answers that would change records, grouped by campaign and record, to accept (corrected or not) or refuse. */
export function ProposalsPage() {
  addPageStrings(proposalStrings);
  const styles = useStyles();
  const { t } = useTranslation();
  const me = useMe();
  const allowed = hasCapability(me.data, 'proposal.decide');
  const directory = useDirectory();
  const [query, setQuery] = useQueryParams();
  const requested = query.get('state');
  const state: ProposalState = isState(requested) ? requested : 'pending';
  const campaignId = query.get('campaign') ?? undefined;
  const proposals = useProposals(state, campaignId);
  const groups = useMemo(() => groupProposals(proposals.data ?? []), [proposals.data]);
  const [outcome, setOutcome] = useState<string | undefined>();
  const status = useRef<HTMLDivElement>(null);

  const onDecided = useCallback(
    (decided: 'accepted' | 'refused') => {
      setOutcome(t(decided === 'accepted' ? 'proposals.accepted' : 'proposals.refused'));
    },
    [t],
  );
  // The decided proposal leaves the list: the focus goes to the message that says what happened.
  useEffect(() => {
    if (outcome) status.current?.focus();
  }, [outcome]);

  const header = <PageHeader title={t('proposals.title')} subtitle={t('proposals.subtitle')} />;
  if (!me.data) return <>{header}<LoadingState label={t('common.loading')} /></>;
  if (!allowed)
    return (
      <>
        {header}
        <MessageBar intent="warning">
          <MessageBarBody>{t('proposals.forbidden')}</MessageBarBody>
        </MessageBar>
      </>
    );
  const campaignTitle = campaignId ? (groups[0]?.campaignTitle ?? campaignId) : undefined;
  return (
    <div className={styles.stack}>
      {header}
      <div className={styles.tools} role="search" aria-label={t('proposals.filters')}>
        <Field label={t('proposals.state')}>
          <Select
            value={state}
            onChange={(_e, d) => {
              setOutcome(undefined);
              setQuery({ state: d.value === 'pending' ? undefined : d.value });
            }}
          >
            {PROPOSAL_STATES.map((s) => (
              <option key={s} value={s}>
                {t(`proposals.states.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
        {campaignId && (
          <Field label={t('proposals.campaign')}>
            <Select value={campaignId} onChange={(_e, d) => setQuery({ campaign: d.value || undefined })}>
              <option value={campaignId}>{campaignTitle}</option>
              <option value="">{t('proposals.allCampaigns')}</option>
            </Select>
          </Field>
        )}
        {proposals.data && (
          <p className={styles.count} role="status">
            {t('proposals.count', { count: proposals.data.length })}
          </p>
        )}
      </div>
      <div ref={status} tabIndex={-1} role="status">
        {outcome && (
          <MessageBar intent="success">
            <MessageBarBody>{outcome}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {proposals.data ? (
        groups.length === 0 ? (
          <EmptyState>{t(`proposals.empty.${state}`)}</EmptyState>
        ) : (
          <ProposalGroups groups={groups} directory={directory} onDecided={onDecided} onReload={proposals.reload} />
        )
      ) : proposals.error ? (
        <ErrorState error={proposals.error} onRetry={proposals.reload} />
      ) : (
        <LoadingState label={t('common.loading')} />
      )}
    </div>
  );
}
