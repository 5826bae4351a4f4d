import type { EntityKind } from '../../domain/entities/index.js';
import { foldText } from '../../domain/rules/text.js';

/**
 * The fields `?q=` searches in each kind of record: the same as the stores' own search (the SQLite and SharePoint
 * adapters; tests/unit/record-search.test.ts keeps them equal), but applied here to the records as the caller sees them.
 */
export const SEARCH_FIELDS: Record<EntityKind, readonly string[]> = {
  mandate: [],
  axis: ['title', 'description'],
  commitment: ['reference', 'title', 'description', 'gapJustification'],
  action: ['title', 'description', 'blockers', 'nextSteps'],
  indicator: ['name', 'description', 'source'],
  measure: [],
  service: ['name', 'code'],
  person: ['displayName', 'email', 'jobTitle'],
  feedback: ['title', 'summary'],
};

/** Whether a record (already redacted) matches `q`: accents and case folded, like the stores. */
export function matchesQuery(kind: EntityKind, record: object, q: string | undefined): boolean {
  const needle = q?.trim();
  if (!needle || SEARCH_FIELDS[kind].length === 0) return true;
  const fields = record as Record<string, unknown>;
  const haystack = SEARCH_FIELDS[kind].map((f) => (typeof fields[f] === 'string' ? fields[f] : '')).join(' ');
  return foldText(haystack).includes(foldText(needle));
}
