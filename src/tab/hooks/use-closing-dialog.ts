import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { requireFocusManager } from './focus-manager';

/**
 * Fluent's focus manager (tabster) gives the page back to assistive technology 250 ms after a modal dialog goes; the
 * owner hears of the close only after that (should the manager not be kept alive yet, see focus-manager.ts).
 */
const RESTORE_DELAY_MS = 350;
/** How long a closing dialog may animate before its owner hears of the close anyway. */
const CLOSE_FALLBACK_MS = 1_000;

/**
 * A dialog its owner mounts only while needed: it closes through Fluent (open → false), and only once the page is
 * accessible again does it tell the owner, who unmounts it.
 */
export function useClosingDialog(onClose: () => void) {
  const [open, setOpen] = useState(true);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  const [exited, setExited] = useState(false);
  // Without a DialogTrigger, Fluent does not put the focus back where it was: the button that opened the dialog.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : undefined));
  const close = useCallback(() => setOpen(false), []);
  useEffect(requireFocusManager, []);
  useEffect(() => {
    if (open) return undefined;
    const timer = window.setTimeout(
      () => {
        onCloseRef.current();
        if (opener?.isConnected && (document.activeElement === null || document.activeElement === document.body)) opener.focus();
      },
      exited ? RESTORE_DELAY_MS : CLOSE_FALLBACK_MS + RESTORE_DELAY_MS,
    );
    return () => window.clearTimeout(timer);
  }, [open, exited, opener]);
  const surfaceMotion = useMemo(
    () => ({
      onMotionFinish: (_event: null, data: { direction: 'enter' | 'exit' }) => {
        if (data.direction === 'exit') setExited(true);
      },
    }),
    [],
  );
  return { open, close, surfaceMotion };
}
