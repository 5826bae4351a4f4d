function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

/**
 * What a user sees of a message (type, text, summary, attachments), as canonical JSON: two deliveries with the
 * same key are the same message twice, whatever their ids, timestamps or addressing.
 */
export function contentKey(activity: Record<string, unknown>): string {
  const { type, text, summary, attachments, textFormat } = activity;
  return JSON.stringify(canonical({ type, text, summary, textFormat, attachments }));
}
