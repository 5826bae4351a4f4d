import { Button, Input, mergeClasses, useId } from '@fluentui/react-components';
import { ArrowLeft20Regular, ChevronLeft20Regular, ChevronRight20Regular, FullScreenMaximize20Regular } from '@fluentui/react-icons';
import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Roadmap } from '../../api/read-models';
import type { Directory } from '../../data/hooks/use-directory';
import { buildSlides, weekBefore } from '../../model/meeting-slides';
import { hrefOf, paths } from '../../router/routes';
import { navigate, useQueryParams } from '../../router/use-location';
import { AxisSlide } from '../MeetingSlides/AxisSlide';
import { CoverSlide } from '../MeetingSlides/CoverSlide';
import { useSlideStyles } from '../MeetingSlides/MeetingSlides.styles';
import { VisuallyHidden } from '../VisuallyHidden/VisuallyHidden';
import { slideMoveOf } from './slide-keys';
import { useMeetingPresentationStyles } from './MeetingPresentation.styles';

export interface MeetingPresentationProps {
  roadmap: Roadmap;
  directory: Directory;
  /** On the meeting stage: no way out, no full-screen button (Teams owns the frame). */
  onStage: boolean;
}

/** The management meeting's slides: a cover, then one slide per axis; arrows, PageUp/PageDown, space, Home/End. */
export function MeetingPresentation({ roadmap, directory, onStage }: MeetingPresentationProps) {
  const styles = useMeetingPresentationStyles();
  const slideStyles = useSlideStyles();
  const { t } = useTranslation();
  const [query, setQuery] = useQueryParams();
  const since = query.get('since') ?? weekBefore(roadmap.asOf);
  const slides = useMemo(() => buildSlides(roadmap, since), [roadmap, since]);
  const requested = Number(query.get('slide') ?? '1');
  const current = Math.min(Math.max(Number.isFinite(requested) ? requested : 1, 1), slides.length);
  const slide = slides[current - 1];
  const sinceId = useId('since');

  const go = useCallback((n: number) => setQuery({ slide: String(Math.min(Math.max(n, 1), slides.length)) }), [setQuery, slides.length]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const move = slideMoveOf(event);
      if (!move) return;
      if (move === 'exit') {
        if (onStage || document.fullscreenElement) return;
        navigate(paths.dashboard);
        return;
      }
      event.preventDefault();
      if (move === 'next') go(current + 1);
      else if (move === 'previous') go(current - 1);
      else if (move === 'first') go(1);
      else go(slides.length);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [current, go, onStage, slides.length]);

  useEffect(() => {
    document.title = `${t('meeting.title')} · Cap Mandat`;
  }, [t]);

  const fullScreen = () => {
    void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };
  const label = slide?.kind === 'axis' ? slide.axis.title : t('meeting.cover');
  return (
    <div className={styles.root}>
      <header className={styles.toolbar}>
        <h1 className={styles.heading}>{t('meeting.title')}</h1>
        {!onStage && (
          <Button as="a" href={hrefOf(paths.dashboard)} appearance="subtle" icon={<ArrowLeft20Regular />}>
            {t('meeting.exit')}
          </Button>
        )}
        <span className={styles.since}>
          <label htmlFor={sinceId}>{t('meeting.since')}</label>
          <Input id={sinceId} type="date" size="small" value={since} onChange={(_e, d) => setQuery({ since: d.value || undefined })} />
        </span>
        {!onStage && (
          <Button appearance="subtle" icon={<FullScreenMaximize20Regular />} onClick={fullScreen}>
            {t('meeting.fullScreen')}
          </Button>
        )}
        <Button appearance="subtle" icon={<ChevronLeft20Regular />} onClick={() => go(current - 1)} disabled={current <= 1} aria-label={t('meeting.previous')} />
        <span className={styles.counter} aria-hidden>{`${current} / ${slides.length}`}</span>
        <Button appearance="subtle" icon={<ChevronRight20Regular />} onClick={() => go(current + 1)} disabled={current >= slides.length} aria-label={t('meeting.next')} />
      </header>
      <main className={styles.stage}>
        <section
          key={slide?.key}
          className={slideStyles.slide}
          // Focusable so that a slide taller than a small screen can still be read and scrolled.
          tabIndex={0}
          aria-roledescription={t('meeting.slideRole')}
          aria-label={t('meeting.slideLabel', { current, total: slides.length, title: label })}
          data-slide={current}
        >
          {slide?.kind === 'cover' && <CoverSlide slide={slide} since={since} />}
          {slide?.kind === 'axis' && <AxisSlide slide={slide} directory={directory} />}
        </section>
        <div className={styles.dots} aria-hidden>
          {slides.map((s, i) => (
            <span key={s.key} className={mergeClasses(styles.dot, i + 1 === current && styles.dotCurrent)} />
          ))}
        </div>
        <div role="status" aria-live="polite" aria-atomic>
          <VisuallyHidden>{t('meeting.slideLabel', { current, total: slides.length, title: label })}</VisuallyHidden>
        </div>
      </main>
    </div>
  );
}
