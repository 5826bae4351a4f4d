import { useFocusFinders } from '@fluentui/react-components';

/** Holds on to Fluent's focus manager for the app's lifetime (see hooks/focus-manager.ts); renders nothing. */
export function FocusManagerKeeper() {
  useFocusFinders();
  return null;
}
