import { mergeClasses } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { CoverSlide as Cover } from '../../model/meeting-slides';
import { useFormat } from '../../i18n/use-format';
import { WeatherDonutPanel } from '../WeatherDonutPanel/WeatherDonutPanel';
import { useSlideStyles } from './MeetingSlides.styles';

/** The cover: the collectivity, the date, and the headline figures. */
export function CoverSlide({ slide, since }: { slide: Cover; since: string }) {
  const styles = useSlideStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const { roadmap } = slide;
  const figures = [
    { label: t('meeting.figures.progress'), value: format.progress(roadmap.progress), tone: styles.brand },
    { label: t('meeting.figures.late', { count: roadmap.counts.late }), value: format.number(roadmap.counts.late), tone: styles.danger },
    { label: t('meeting.figures.blocked', { count: roadmap.counts.blocked }), value: format.number(roadmap.counts.blocked), tone: styles.danger },
    { label: t('meeting.figures.stormy', { count: roadmap.counts.weather.stormy }), value: format.number(roadmap.counts.weather.stormy), tone: styles.warning },
    { label: t('meeting.figures.indicatorsBehind', { count: slide.indicatorsBehind }), value: format.number(slide.indicatorsBehind), tone: styles.warning },
    { label: t('meeting.figures.changed', { count: slide.changed, date: format.date(since) }), value: format.number(slide.changed), tone: styles.brand },
  ];
  return (
    <>
      <p className={styles.kicker}>{t('meeting.coverKicker', { date: format.date(roadmap.asOf) })}</p>
      <h2 className={styles.title}>{roadmap.mandate?.collectivityName ?? 'Cap Mandat'}</h2>
      <div className={styles.cover}>
        <ul className={styles.figures} aria-label={t('meeting.figuresLabel')}>
          {figures.map((f) => (
            <li key={f.label} className={mergeClasses(styles.figure, f.tone)}>
              <span className={styles.figureValue}>{f.value}</span>
              <span className={styles.figureLabel}>{f.label}</span>
            </li>
          ))}
        </ul>
        <section aria-label={t('meeting.weatherTitle')} className={styles.column}>
          <h3 className={styles.sectionTitle}>{t('meeting.weatherTitle')}</h3>
          <WeatherDonutPanel counts={roadmap.counts.weather} label={t('meeting.weatherTitle')} />
        </section>
      </div>
    </>
  );
}
