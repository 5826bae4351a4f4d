import { Button, makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import { Add20Regular, Edit20Regular, Target20Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { IndicatorView, Me } from '../../api/read-models';
import { IndicatorStateBadge } from '../../components/AchievementValue/AchievementValue';
import { useBilanTableStyles } from '../../components/BilanTable/bilan-table.styles';
import { EmptyState } from '../../components/EmptyState/EmptyState';
import { MidTermBadge } from '../../components/MidTermBadge/MidTermBadge';
import { ActionStatusBadge } from '../../components/StatusBadge/StatusBadge';
import { useFormat } from '../../i18n/use-format';
import { changeKey, type MidTermChanges } from '../../model/midterm-changes';
import { canEditAction } from '../../model/permissions';
import type { PlannedCommitment } from '../../model/second-half';
import { RouterLink } from '../../router/RouterLink';
import { hrefOf, paths } from '../../router/routes';
import type { SecondHalfDialog } from './SecondHalfDialogs';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalL, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  head: { display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'center', gap: tokens.spacingHorizontalM },
  title: { ...typographyStyles.subtitle2, margin: 0 },
  tools: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

export interface CommitmentPlanProps {
  plan: PlannedCommitment;
  changes: MidTermChanges | undefined;
  me: Me | undefined;
  /** Pilotage and administrators: add actions and indicators, revise targets. */
  planner: boolean;
  open: (dialog: SecondHalfDialog) => void;
}

/** One commitment of the second half: its actions (priority, half, budget, staffing, due date) and its indicators' targets. */
export function CommitmentPlan({ plan, changes, me, planner, open }: CommitmentPlanProps) {
  const styles = useStyles();
  const table = useBilanTableStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const { commitment: c, actions } = plan;
  const head = mergeClasses(table.cell, table.head);
  const indicators: IndicatorView[] = [...c.indicators, ...c.actions.flatMap((a) => a.indicators)];
  const headingId = `plan-${c.id}`;
  return (
    <section className={styles.root} aria-labelledby={headingId} data-plan={c.id}>
      <div className={styles.head}>
        <div className={styles.tools}>
          <h3 id={headingId} className={styles.title}>{`${c.reference} ${c.title}`}</h3>
          <MidTermBadge fields={changes?.get(changeKey('commitment', c.id))} />
        </div>
        {planner && (
          <div className={styles.tools}>
            <Button as="a" size="small" icon={<Edit20Regular />} href={hrefOf(paths.commitments, { edit: c.id })} aria-label={t('secondHalf.editCommitmentLabel', { reference: c.reference })}>
              {t('secondHalf.editCommitment')}
            </Button>
            <Button size="small" icon={<Add20Regular />} onClick={() => open({ kind: 'newAction', commitment: c })} aria-label={t('secondHalf.addActionLabel', { reference: c.reference })}>
              {t('secondHalf.addAction')}
            </Button>
            <Button size="small" icon={<Add20Regular />} onClick={() => open({ kind: 'newIndicator', commitment: c })} aria-label={t('secondHalf.addIndicatorLabel', { reference: c.reference })}>
              {t('secondHalf.addIndicator')}
            </Button>
          </div>
        )}
      </div>
      {actions.length === 0 ? (
        <EmptyState>{t('secondHalf.noActions')}</EmptyState>
      ) : (
        <table className={table.table}>
          <caption className={table.caption}>{t('secondHalf.actionsCaption', { reference: c.reference })}</caption>
          <thead>
            <tr>
              <th scope="col" className={head}>{t('secondHalf.columns.action')}</th>
              <th scope="col" className={head}>{t('secondHalf.columns.priority')}</th>
              <th scope="col" className={head}>{t('secondHalf.columns.half')}</th>
              <th scope="col" className={mergeClasses(head, table.number)}>{t('secondHalf.columns.budget')}</th>
              <th scope="col" className={mergeClasses(head, table.number)}>{t('secondHalf.columns.staffing')}</th>
              <th scope="col" className={head}>{t('secondHalf.columns.due')}</th>
              <th scope="col" className={mergeClasses(head, table.tools)}>{t('secondHalf.columns.tools')}</th>
            </tr>
          </thead>
          <tbody>
            {actions.map((a) => (
              <tr key={a.id} data-action={a.id}>
                <th scope="row" className={table.cell}>
                  <RouterLink to={paths.action(a.id)}>{a.title}</RouterLink>
                  <span className={table.badges}>
                    <ActionStatusBadge status={a.status} />
                    <MidTermBadge fields={changes?.get(changeKey('action', a.id))} />
                  </span>
                </th>
                <td className={table.cell} data-priority={a.priority ?? ''}>{a.priority ? t(`priority.${a.priority}`) : t('common.notSet')}</td>
                <td className={table.cell} data-half={a.half}>{t(`half.${a.half}`)}</td>
                <td className={mergeClasses(table.cell, table.number)}>{format.euros(a.budgetPlanned)}</td>
                <td className={mergeClasses(table.cell, table.number)}>{format.number(a.staffing)}</td>
                <td className={table.cell}>{format.date(a.revisedDueDate ?? a.dueDate)}</td>
                <td className={mergeClasses(table.cell, table.tools)}>
                  {canEditAction(me, a) && (
                    <Button size="small" onClick={() => open({ kind: 'steer', action: a })} aria-label={t('secondHalf.steerLabel', { title: a.title })}>
                      {t('secondHalf.steer')}
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {indicators.length > 0 && (
        <table className={table.table}>
          <caption className={table.caption}>{t('secondHalf.indicatorsCaption', { reference: c.reference })}</caption>
          <thead>
            <tr>
              <th scope="col" className={head}>{t('secondHalf.columns.indicator')}</th>
              <th scope="col" className={mergeClasses(head, table.number)}>{t('secondHalf.columns.target')}</th>
              <th scope="col" className={head}>{t('secondHalf.columns.targetDate')}</th>
              {planner && <th scope="col" className={mergeClasses(head, table.tools)}>{t('secondHalf.columns.tools')}</th>}
            </tr>
          </thead>
          <tbody>
            {indicators.map((i) => (
              <tr key={i.id} data-indicator={i.id}>
                <th scope="row" className={table.cell}>
                  <RouterLink to={paths.indicator(i.id)}>{i.name}</RouterLink>
                  <span className={table.badges}>
                    <IndicatorStateBadge state={i.assessment.state} />
                    <MidTermBadge fields={changes?.get(changeKey('indicator', i.id))} />
                  </span>
                </th>
                <td className={mergeClasses(table.cell, table.number)} data-target>{`${format.number(i.targetValue)} ${i.unit}`}</td>
                <td className={table.cell}>{format.date(i.targetDate)}</td>
                {planner && (
                  <td className={mergeClasses(table.cell, table.tools)}>
                    <Button size="small" icon={<Target20Regular />} onClick={() => open({ kind: 'revise', indicator: i })} aria-label={t('secondHalf.reviseLabel', { name: i.name })}>
                      {t('secondHalf.revise')}
                    </Button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
