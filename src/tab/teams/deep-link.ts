/** The route a Teams deep link opens: `action:act-001` (or a bare action id) → the action, `indicator:…` → the indicator. */
export function routeOfSubPage(subPageId: string | undefined): string | undefined {
  if (!subPageId) return undefined;
  const [kind, ...rest] = subPageId.split(':');
  const id = rest.join(':');
  if (kind === 'action' && id) return `/actions/${encodeURIComponent(id)}`;
  if (kind === 'indicator' && id) return `/indicators/${encodeURIComponent(id)}`;
  if (kind === 'meeting') return '/meeting';
  if (rest.length === 0 && /^[A-Za-z0-9_.-]+$/.test(subPageId)) return `/actions/${encodeURIComponent(subPageId)}`;
  return undefined;
}

/** The subPageId of an action, for Teams deep links. */
export const actionSubPage = (id: string): string => `action:${id}`;
