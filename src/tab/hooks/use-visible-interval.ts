import { useEffect, useRef } from 'react';

/**
 * Calls `tick` every `ms` while the page is visible and `enabled` holds; once more as soon as the page becomes visible
 * again (a hidden tab, a minimised Teams window cost the server nothing).
 */
export function useVisibleInterval(tick: () => void, ms: number, enabled: boolean): void {
  const latest = useRef(tick);
  latest.current = tick;
  useEffect(() => {
    if (!enabled) return undefined;
    const visible = () => document.visibilityState === 'visible';
    const timer = window.setInterval(() => {
      if (visible()) latest.current();
    }, ms);
    const onVisibility = () => {
      if (visible()) latest.current();
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [ms, enabled]);
}
