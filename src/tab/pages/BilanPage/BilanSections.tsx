import { useTranslation } from 'react-i18next';
import type { BilanDto } from '../../api/bilan';
import { EmptyState } from '../../components/EmptyState/EmptyState';
import { KpiTile } from '../../components/KpiTile/KpiTile';
import { Panel } from '../../components/Panel/Panel';
import { PerceptionGapTable } from '../../components/PerceptionGapTable/PerceptionGapTable';
import { WorkingTimeTable } from '../../components/WorkingTimeTable/WorkingTimeTable';
import { useFormat } from '../../i18n/use-format';
import { isStrongDisagreement, STRONG_DISAGREEMENT } from '../../model/perception';
import { useBilanPageStyles } from './BilanPage.styles';

/** The elected officials' self-assessment confronted with the administration's view. */
export function TwoViews({ bilan }: { bilan: BilanDto }) {
  const styles = useBilanPageStyles();
  const { t } = useTranslation();
  const { views } = bilan;
  const strong = views.gaps.filter(isStrongDisagreement).length;
  return (
    <Panel title={t('bilan.views.title')}>
      <p className={styles.intro}>{t('bilan.views.intro')}</p>
      {views.elected ? (
        <>
          <p className={styles.refs}>
            <span>{t('bilan.views.elected', { title: views.elected.title, count: views.elected.respondents })}</span>
            <span>{views.review ? t('bilan.views.review', { title: views.review.title, count: views.review.respondents }) : t('bilan.views.noReview')}</span>
          </p>
          <p className={styles.note} data-testid="strong-count">
            {t('bilan.views.strongCount', { count: strong, threshold: STRONG_DISAGREEMENT })}
          </p>
          <PerceptionGapTable views={views} />
        </>
      ) : (
        <EmptyState>{t('bilan.views.empty')}</EmptyState>
      )}
    </Panel>
  );
}

/** The 1,607 hours: overall, per service, and how the freed time was used. */
export function WorkingTime({ bilan }: { bilan: BilanDto }) {
  const styles = useBilanPageStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const { workingTime } = bilan;
  return (
    <Panel title={t('bilan.workingTime.title')}>
      <p className={styles.intro}>{t('bilan.workingTime.intro')}</p>
      {workingTime.campaign ? (
        <>
          <p className={styles.refs}>{t('bilan.workingTime.campaign', { title: workingTime.campaign.title, count: workingTime.total.services })}</p>
          <div className={styles.kpis}>
            <KpiTile
              tone="brand"
              label={t('bilan.workingTime.total')}
              value={<span data-kpi="hours">{t('bilan.workingTime.hours', { hours: format.number(workingTime.total.hoursFreed, 0) })}</span>}
            />
          </div>
          <WorkingTimeTable workingTime={workingTime} />
        </>
      ) : (
        <EmptyState>{t('bilan.workingTime.empty')}</EmptyState>
      )}
    </Panel>
  );
}
