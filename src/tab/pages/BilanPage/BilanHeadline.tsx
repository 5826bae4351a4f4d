import { useTranslation } from 'react-i18next';
import type { BilanDto } from '../../api/bilan';
import { KpiTile } from '../../components/KpiTile/KpiTile';
import { useFormat } from '../../i18n/use-format';
import { useBilanPageStyles } from './BilanPage.styles';

/** The headline figures: progress against time elapsed, commitments kept, actions, indicators, budget, gaps. */
export function BilanHeadline({ bilan }: { bilan: BilanDto }) {
  const styles = useBilanPageStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const { commitments: c, actions: a, indicators: i, budget: b } = bilan;
  return (
    <div className={styles.kpis} data-testid="bilan-headline">
      <KpiTile
        tone="brand"
        label={t('bilan.kpi.progress')}
        value={<span data-kpi="progress">{format.progress(bilan.progress)}</span>}
        caption={t('bilan.kpi.progressCaption', { elapsed: format.progress(bilan.elapsed) })}
      />
      <KpiTile
        tone="success"
        label={t('bilan.kpi.commitments')}
        value={<span data-kpi="commitments">{t('bilan.kpi.ofTotal', { value: c.byStatus.done, total: c.total })}</span>}
        caption={t('bilan.kpi.commitmentsCaption', { inProgress: c.byStatus.in_progress, revised: c.byStatus.revised, abandoned: c.byStatus.abandoned })}
      />
      <KpiTile
        label={t('bilan.kpi.actions')}
        value={<span data-kpi="actions">{t('bilan.kpi.ofTotal', { value: a.done, total: a.total })}</span>}
        caption={t('bilan.kpi.actionsCaption', { inProgress: a.inProgress, late: a.late, notStarted: a.notStarted })}
      />
      <KpiTile
        tone={i.behind > i.reached + i.onTrack ? 'warning' : undefined}
        label={t('bilan.kpi.indicators')}
        value={<span data-kpi="indicators">{t('bilan.kpi.ofTotal', { value: i.reached, total: i.total })}</span>}
        caption={t('bilan.kpi.indicatorsCaption', { onTrack: i.onTrack, behind: i.behind })}
      />
      <KpiTile
        label={t('bilan.kpi.budget')}
        value={<span data-kpi="budget">{format.percent(b.consumption === undefined ? undefined : b.consumption / 100)}</span>}
        caption={t('bilan.kpi.budgetCaption', { spent: format.euros(b.spent), planned: format.euros(b.planned) })}
      />
      <KpiTile
        tone={bilan.gapsToExplain.length > 0 ? 'danger' : 'success'}
        label={t('bilan.kpi.gaps')}
        value={<span data-kpi="gaps">{format.number(bilan.gapsToExplain.length)}</span>}
        caption={t('bilan.kpi.gapsCaption', { count: bilan.justifiedGaps.length })}
      />
    </div>
  );
}
