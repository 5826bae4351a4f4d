/** What a key does in the presentation (clickers send PageUp/PageDown or arrows). */
export type SlideMove = 'next' | 'previous' | 'first' | 'last' | 'exit';

const KEYS: Record<string, SlideMove> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Backspace: 'previous',
  Home: 'first',
  End: 'last',
  Escape: 'exit',
};

/** The move of a key, unless the key belongs to a control that has the focus (a field, a button, a link). */
export function slideMoveOf(event: KeyboardEvent): SlideMove | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
  const target = event.target as HTMLElement | null;
  const tag = target?.tagName;
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target?.isContentEditable) return undefined;
  if ((tag === 'BUTTON' || tag === 'A') && (event.key === ' ' || event.key === 'Enter')) return undefined;
  return KEYS[event.key];
}
