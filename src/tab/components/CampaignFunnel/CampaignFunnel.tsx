import { mergeClasses } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { DELIVERY_FAILURES } from '../../api/campaign-enums';
import type { CampaignFunnel as Funnel } from '../../api/campaigns';
import { useFormat } from '../../i18n/use-format';
import { useCampaignFunnelStyles } from './CampaignFunnel.styles';

type Step = 'total' | 'queued' | 'sent' | 'opened' | 'answered' | 'late' | 'failed';
const STEPS: Step[] = ['total', 'queued', 'sent', 'opened', 'answered', 'late', 'failed'];
const TONE: Partial<Record<Step, 'good' | 'bad' | 'warn'>> = { answered: 'good', late: 'warn', failed: 'bad' };

/** Where a campaign's recipients stand, step by step, with the failures by reason (never only a total). */
export function CampaignFunnel({ funnel }: { funnel: Funnel }) {
  const styles = useCampaignFunnelStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const reasons = DELIVERY_FAILURES.filter((f) => funnel.failedBy[f] > 0);
  return (
    <>
      <dl className={styles.figures}>
        {STEPS.map((step) => {
          const tone = TONE[step];
          return (
            <div key={step} className={mergeClasses(styles.figure, tone && styles[tone])} data-funnel={step}>
              <dt className={styles.label}>{t(`funnel.${step}`)}</dt>
              <dd className={styles.value}>{format.number(funnel[step])}</dd>
            </div>
          );
        })}
        <div className={mergeClasses(styles.figure, styles.good)} data-funnel="responseRate">
          <dt className={styles.label}>{t('funnel.responseRate')}</dt>
          <dd className={styles.value}>{format.percent(funnel.responseRate / 100, 1)}</dd>
        </div>
      </dl>
      <div className={styles.reasons}>
        <h3 className={styles.reasonsTitle}>{t('funnel.failedBy')}</h3>
        {reasons.length === 0 ? (
          <p className={styles.note}>{t('funnel.noFailure')}</p>
        ) : (
          <dl className={styles.reasonList}>
            {reasons.map((f) => (
              <div key={f} className={styles.reasonRow} data-failure={f}>
                <dt>{t(`deliveryFailure.${f}`)}</dt>
                <dd className={styles.reasonCount}>{format.number(funnel.failedBy[f])}</dd>
              </div>
            ))}
          </dl>
        )}
      </div>
    </>
  );
}

/** The funnel in one line, for the list of campaigns: sent, answers, late, failed and the response rate. */
export function FunnelSummary({ funnel }: { funnel: Funnel }) {
  const styles = useCampaignFunnelStyles();
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <span className={styles.compact}>
      <span className={styles.rate}>{`${t('funnel.responseRate')} ${format.percent(funnel.responseRate / 100, 1)}`}</span>
      <span>{t('funnel.compact', { sent: funnel.sent, answered: funnel.answered, late: funnel.late, failed: funnel.failed })}</span>
    </span>
  );
}
