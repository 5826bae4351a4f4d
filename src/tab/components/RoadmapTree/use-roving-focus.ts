import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/**
 * One focusable row at a time (roving tabindex) in a virtualised list: moving the active index scrolls the row into
 * view and focuses it once it is rendered.
 */
export function useRovingFocus(
  container: RefObject<HTMLElement | null>,
  count: number,
  scrollToIndex: (index: number) => void,
  rowSelector: (index: number) => string,
) {
  const [active, setActiveState] = useState(0);
  // Keys can arrive faster than React renders (key repeat): the next move starts from here, not from the last render.
  const activeRef = useRef(0);
  const pendingFocus = useRef(false);
  const clamp = useCallback((index: number) => Math.max(0, Math.min(count - 1, index)), [count]);
  const clamped = clamp(active);

  const setActive = useCallback((index: number) => {
    activeRef.current = index;
    setActiveState(index);
  }, []);

  const moveTo = useCallback(
    (index: number) => {
      const next = clamp(index);
      pendingFocus.current = true;
      setActive(next);
      scrollToIndex(next);
    },
    [clamp, setActive, scrollToIndex],
  );

  /** The active row as of the last key, even before React has rendered it. */
  const current = useCallback(() => clamp(activeRef.current), [clamp]);

  useEffect(() => {
    if (!pendingFocus.current) return;
    // The row may need one more frame to be rendered after scrolling.
    const frame = requestAnimationFrame(() => {
      const element = container.current?.querySelector<HTMLElement>(rowSelector(clamped));
      if (element) {
        element.focus();
        pendingFocus.current = false;
      }
    });
    return () => cancelAnimationFrame(frame);
  });

  return { active: clamped, current, setActive, moveTo };
}
