import { mergeClasses } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Directory } from '../../data/hooks/use-directory';
import { useFormat } from '../../i18n/use-format';
import type { AxisSlide as Axis } from '../../model/meeting-slides';
import { useSlideStyles } from './MeetingSlides.styles';

const MAX_EXCEPTIONS = 5;
const MAX_INDICATORS = 3;

/** One axis: its progress, then its exceptions (blocked, stormy, late, changed), then indicators behind. */
export function AxisSlide({ slide, directory }: { slide: Axis; directory: Directory }) {
  const styles = useSlideStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const { axis, exceptions, indicatorsBehind } = slide;
  return (
    <>
      <div className={styles.axisTitle}>
        <span className={styles.axisBar} style={{ backgroundColor: axis.color }} aria-hidden />
        <div>
          <p className={styles.kicker}>{t('meeting.axisKicker', { count: slide.followed })}</p>
          <h2 className={styles.title}>{axis.title}</h2>
        </div>
      </div>
      <div className={styles.progressRow}>
        <span>{t('fields.progress')}</span>
        <span className={styles.progressTrack} aria-hidden>
          <span className={styles.progressFill} style={{ width: `${axis.progress ?? 0}%`, display: 'block' }} />
        </span>
        <strong>{format.progress(axis.progress)}</strong>
      </div>
      <div className={styles.columns}>
        <section className={styles.column} aria-label={t('meeting.exceptions')}>
          <h3 className={styles.sectionTitle}>{t('meeting.exceptionsCount', { count: exceptions.length })}</h3>
          {exceptions.length === 0 ? (
            <p className={styles.calm}>{t('meeting.noException')}</p>
          ) : (
            <ul className={styles.list}>
              {exceptions.slice(0, MAX_EXCEPTIONS).map(({ action, reasons }) => (
                <li key={action.id} className={styles.item}>
                  <span className={styles.itemTitle}>{action.title}</span>
                  <span className={styles.reasons}>
                    {reasons.map((r) => (
                      <span key={r} className={mergeClasses(styles.reason, styles[r])}>
                        {r === 'late' ? t('late.short', { count: action.daysLate }) : t(`meeting.reasons.${r}`)}
                      </span>
                    ))}
                  </span>
                  <span className={styles.detail}>
                    {[directory.serviceName(action.serviceId), action.blockers].filter(Boolean).join(' — ')}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {exceptions.length > MAX_EXCEPTIONS && <p className={styles.more}>{t('meeting.moreExceptions', { count: exceptions.length - MAX_EXCEPTIONS })}</p>}
        </section>
        <section className={styles.column} aria-label={t('meeting.indicatorsBehind')}>
          <h3 className={styles.sectionTitle}>{t('meeting.indicatorsBehindCount', { count: indicatorsBehind.length })}</h3>
          {indicatorsBehind.length === 0 ? (
            <p className={styles.calm}>{t('meeting.noIndicatorBehind')}</p>
          ) : (
            <ul className={styles.list}>
              {indicatorsBehind.slice(0, MAX_INDICATORS).map((i) => (
                <li key={i.id} className={mergeClasses(styles.item, styles.secondaryItem)}>
                  <span className={styles.itemTitle}>{i.name}</span>
                  <span className={styles.detail}>
                    {t('indicators.latestVsExpected', {
                      latest: `${format.number(i.assessment.latest?.value)} ${i.unit}`,
                      expected: `${format.number(i.assessment.expected, 1)} ${i.unit}`,
                    })}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {indicatorsBehind.length > MAX_INDICATORS && <p className={styles.more}>{t('meeting.moreIndicators', { count: indicatorsBehind.length - MAX_INDICATORS })}</p>}
        </section>
      </div>
    </>
  );
}
