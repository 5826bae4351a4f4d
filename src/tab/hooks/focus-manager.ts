import { useSyncExternalStore } from 'react';

// Fluent's focus manager (tabster) is created by the components that need it and disposed when the last one goes. A
// dialog is often the last one: disposed with it, the manager never gives the page back to assistive technology
// (the page stays aria-hidden). Once a dialog has been shown, the app keeps one user of the manager for good.
let needed = false;
const listeners = new Set<() => void>();

/** Asks the app to keep the focus manager alive from now on (called when a dialog first shows). */
export function requireFocusManager(): void {
  if (needed) return;
  needed = true;
  for (const listener of listeners) listener();
}

/** Whether the app should keep the focus manager alive. */
export function useFocusManagerNeeded(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => needed,
  );
}
