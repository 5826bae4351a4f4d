import { Badge, Button, mergeClasses, useId } from '@fluentui/react-components';
import { Checkmark20Regular, Dismiss20Regular, Edit20Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { ProposalView } from '../../api/campaigns';
import { useProposalDecision } from '../../data/editing/use-proposal-decision';
import type { Directory } from '../../data/hooks/use-directory';
import { useFormat } from '../../i18n/use-format';
import { ErrorState } from '../ErrorState/ErrorState';
import { fieldLabel } from '../HistoryTimeline/describe-value';
import { useBadgeStyles } from '../StatusBadge/StatusBadge';
import { ProposalConflict } from './ProposalConflict';
import { ProposalValue } from './ProposalValue';
import { ProposedInput } from './ProposedInput';
import { RefuseDialog } from './RefuseDialog';
import { useProposalItemStyles } from './ProposalItem.styles';

export interface ProposalItemProps {
  view: ProposalView;
  directory: Directory;
  onDecided: (outcome: 'accepted' | 'refused') => void;
  onReload: () => void;
}

const BADGE = { pending: 'warning', accepted: 'success', refused: 'danger' } as const;

/** One proposal: who answered, each field's current → proposed value, and accept, correct then accept, or refuse. */
export function ProposalItem({ view: initial, directory, onDecided, onReload }: ProposalItemProps) {
  const styles = useProposalItemStyles();
  const badge = useBadgeStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const decision = useProposalDecision(initial, onDecided, t('form.number'));
  const { view } = decision;
  const { proposal, target } = view;
  const headingId = useId('proposal');
  const respondent = view.respondent?.displayName;
  const pending = proposal.state === 'pending';
  const head = mergeClasses(styles.cell, styles.headCell);
  return (
    <article className={styles.root} aria-labelledby={headingId} data-proposal={proposal.id}>
      <div className={styles.head}>
        <h4 id={headingId} className={styles.who}>
          {respondent ? t('proposals.from', { name: respondent }) : t('proposals.unknownRespondent')}
        </h4>
        <span className={styles.meta}>{t('proposals.receivedAt', { date: format.dateTime(proposal.proposedAt) })}</span>
        <Badge className={badge.badge} appearance="tint" shape="rounded" color={BADGE[proposal.state]}>
          {t(`proposals.stateBadge.${proposal.state}`)}
        </Badge>
      </div>
      <table className={styles.table}>
        <caption className={styles.caption}>{proposal.operation === 'add_measure' ? t('proposals.newMeasure') : t('proposals.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(head, styles.fieldColumn)}>{t('proposals.columns.field')}</th>
            <th scope="col" className={mergeClasses(head, styles.valueColumn)}>{t('proposals.columns.current')}</th>
            <th scope="col" className={mergeClasses(head, styles.valueColumn)}>{t('proposals.columns.proposed')}</th>
          </tr>
        </thead>
        <tbody>
          {proposal.changes.map((c) => (
            <tr key={c.field} data-field={c.field}>
              <th scope="row" className={styles.cell}>{fieldLabel(t, c.field)}</th>
              <td className={styles.cell}>
                <ProposalValue field={c.field} value={view.current[c.field] ?? null} unit={target.unit} />
              </td>
              <td className={styles.cell}>
                {decision.editing ? (
                  <>
                    <ProposedInput
                      field={c.field}
                      value={decision.typed[c.field] ?? ''}
                      label={t('proposals.proposedValue', { field: fieldLabel(t, c.field) })}
                      onChange={(value) => decision.type(c.field, value)}
                    />
                    {decision.errors[c.field] && <span className={styles.error}>{decision.errors[c.field]}</span>}
                  </>
                ) : (
                  <ProposalValue field={c.field} value={c.new} unit={target.unit} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!pending && (
        <p className={styles.decided}>
          {t('proposals.decidedBy', {
            state: t(`proposals.stateBadge.${proposal.state}`),
            name: directory.personName(proposal.decidedBy) ?? proposal.decidedBy ?? '',
            date: proposal.decidedAt ? format.dateTime(proposal.decidedAt) : '',
          })}
          {proposal.reason && (
            <>
              <br />
              {t('proposals.reason', { reason: proposal.reason })}
            </>
          )}
        </p>
      )}
      {decision.conflict && <ProposalConflict current={decision.conflict} directory={directory} onRetry={decision.retryOnCurrent} onReload={onReload} />}
      {decision.failure && <ErrorState error={decision.failure} />}
      {pending && !decision.conflict && (
        <div className={styles.actions}>
          <Button appearance="primary" icon={<Checkmark20Regular />} disabled={decision.busy || !target.exists} onClick={() => void decision.accept()}>
            {decision.editing ? t('proposals.acceptEdited') : t('proposals.accept')}
          </Button>
          {decision.editing ? (
            <Button onClick={decision.cancelEdit} disabled={decision.busy}>
              {t('proposals.cancelEdit')}
            </Button>
          ) : (
            <Button icon={<Edit20Regular />} onClick={decision.startEdit} disabled={decision.busy || !target.exists}>
              {t('proposals.edit')}
            </Button>
          )}
          <Button icon={<Dismiss20Regular />} onClick={() => decision.setRefusing(true)} disabled={decision.busy}>
            {t('proposals.refuse')}
          </Button>
        </div>
      )}
      {pending && (
        <RefuseDialog
          open={decision.refusing}
          respondent={respondent ?? t('proposals.unknownRespondent')}
          busy={decision.busy}
          error={decision.reasonError}
          onRefuse={(reason) => void decision.refuse(reason)}
          onCancel={() => decision.setRefusing(false)}
        />
      )}
    </article>
  );
}
