import type { EntityMap, Stored } from '../../../domain/entities/index.js';
import type { LocalizedText } from '../../../domain/validation/messages.js';
import { parseDate } from '../cells/parse-date.js';
import { cellText } from '../cells/raw-cell.js';
import type { ImportIssue } from '../import-issue.js';
import { ID_PREFIX, type ImportKind } from '../import-kinds.js';
import { IMPORT_MESSAGES } from '../import-messages.js';
import type { BoundColumn, BoundSheet } from '../read/bind-sheet.js';
import type { RawRow } from '../read/raw-table.js';
import { Directory } from './directory.js';
import { KEY_PATTERN, freeId, idFromKey, slug } from './record-ids.js';

/** A data row and the record it stands for; `id` is missing when the row's key is unusable (already reported). */
export interface IdentifiedRow {
  row: RawRow;
  id?: string;
  /** Columns of this row already reported, so that later checks do not say the same thing twice. */
  reported: Set<number>;
}

type Identity = { id: string } | { problem: { code: string; message: LocalizedText } } | undefined;

const textOf = (row: RawRow, column: BoundColumn | undefined): string | undefined =>
  column === undefined ? undefined : cellText(row.cells[column.index])?.trim() || undefined;

/** The one stored record that matches, a fresh id when none does, a problem when several do. */
const single = <T extends { id: string }>(kind: ImportKind, matches: T[], key: string, fresh: () => string): Identity =>
  matches.length > 1
    ? { problem: { code: 'ambiguous_reference', message: IMPORT_MESSAGES.ambiguousReference(kind, key) } }
    : { id: matches[0]?.id ?? fresh() };

/** The identity of a row of a sheet keyed by a reference (axes, engagements, actions, indicators, services, people). */
function keyedIdentity(sheet: BoundSheet, key: string, dir: Directory): Identity {
  const kind = sheet.def.kind;
  const taken = (id: string) => dir.idTaken(kind, id);
  switch (kind) {
    case 'commitment': {
      const matches = [...dir.snapshot.commitment.values()].filter((c) => c.reference === key);
      return single(kind, matches, key, () => freeId(kind, `${ID_PREFIX.commitment}-${slug(key)}`, taken));
    }
    case 'person': {
      const matches = [...dir.snapshot.person.values()].filter((p) => p.email?.toLowerCase() === key);
      const local = key.split('@')[0] ?? key;
      return single(kind, matches, key, () => freeId(kind, `${ID_PREFIX.person}-${slug(local)}`, taken));
    }
    default:
      if (!KEY_PATTERN.test(key)) return { problem: { code: 'invalid_reference', message: IMPORT_MESSAGES.invalidKey(key) } };
      return { id: idFromKey(kind, key, (id) => dir.snapshot[kind].has(id)) };
  }
}

/** Measures have no reference: the indicator and the date identify them. Unreadable cells are reported when the row is read. */
function measureKey(sheet: BoundSheet, row: RawRow, dir: Directory): { key: string; indicatorId: string; date: string } | undefined {
  const indicator = sheet.columns.find((c) => c.def.field === 'indicatorId');
  const dateColumn = sheet.columns.find((c) => c.def.field === 'date');
  const indicatorText = textOf(row, indicator);
  const date = dateColumn ? parseDate(row.cells[dateColumn.index]) : undefined;
  if (!indicatorText || !date?.ok || !date.value) return undefined;
  const lookup = dir.lookup('indicator', indicatorText);
  return lookup.ok ? { key: `${lookup.id}|${date.value}`, indicatorId: lookup.id, date: date.value } : undefined;
}

function storedMeasuresByKey(dir: Directory): Map<string, Stored<EntityMap['measure']>[]> {
  const byKey: Map<string, Stored<EntityMap['measure']>[]> = new Map();
  for (const m of dir.snapshot.measure.values()) {
    const key = `${m.indicatorId}|${m.date}`;
    byKey.set(key, [...(byKey.get(key) ?? []), m]);
  }
  return byKey;
}

/** A row's key, the identity it gives, and the column to blame for a problem with it; 'empty' when the key cell is. */
type RowKey = { key: string; identity: Identity; at: BoundColumn | undefined } | 'empty' | undefined;

type StoredMeasures = Map<string, Stored<EntityMap['measure']>[]>;

function rowKey(sheet: BoundSheet, row: RawRow, dir: Directory, storedMeasures: StoredMeasures | undefined): RowKey {
  const kind = sheet.def.kind;
  if (storedMeasures) {
    const measure = measureKey(sheet, row, dir);
    if (!measure) return undefined;
    const at = sheet.columns.find((c) => c.def.field === 'date');
    const fresh = () => freeId(kind, `${ID_PREFIX.measure}-${measure.indicatorId}-${measure.date}`, (id) => dir.idTaken(kind, id));
    return { key: measure.key, at, identity: single(kind, storedMeasures.get(measure.key) ?? [], textOf(row, at) ?? measure.date, fresh) };
  }
  const at = sheet.columns.find((c) => c.def.key);
  const typed = textOf(row, at);
  if (typed === undefined) return 'empty';
  const key = Directory.normaliseKey(kind, typed);
  return { key, at, identity: keyedIdentity(sheet, key, dir) };
}

/**
 * Gives every row of a sheet the id of the record it stands for (stored or new, derived from its key), registers it
 * in the directory so other sheets can point at it, and reports empty, malformed and repeated keys.
 */
export function identifyRows(sheet: BoundSheet, dir: Directory): { rows: IdentifiedRow[]; issues: ImportIssue[] } {
  const kind = sheet.def.kind;
  const issues: ImportIssue[] = [];
  const storedMeasures = kind === 'measure' ? storedMeasuresByKey(dir) : undefined;
  // Without its key column a sheet is already reported (missing column); its rows have no identity to look for.
  if (!storedMeasures && !sheet.columns.some((c) => c.def.key)) return { rows: sheet.rows.map((row) => ({ row, reported: new Set() })), issues };
  const rows = sheet.rows.map((row): IdentifiedRow => {
    const reported = new Set<number>();
    const report = (column: BoundColumn | undefined, code: string, message: LocalizedText) => {
      const text = column ? IMPORT_MESSAGES.inColumn(column.heading, message) : message;
      issues.push({ sheet: sheet.title, row: row.number, column: column?.index, code, message: text });
      if (column) reported.add(column.index);
    };
    const found = rowKey(sheet, row, dir, storedMeasures);
    if (found === 'empty') report(sheet.columns.find((c) => c.def.key), 'required', IMPORT_MESSAGES.required());
    if (found === 'empty' || found?.identity === undefined) return { row, reported };
    const { key, identity, at } = found;
    if ('problem' in identity) {
      report(at, identity.problem.code, identity.problem.message);
      return { row, reported };
    }
    const earlier = dir.claim(kind, key, identity.id, row.number);
    if (earlier !== undefined) {
      report(at, 'duplicate_key', IMPORT_MESSAGES.duplicateKey(textOf(row, at) ?? key, earlier));
      return { row, reported };
    }
    if (kind === 'service') {
      const cell = (field: string) => textOf(row, sheet.columns.find((c) => c.def.field === field));
      dir.nameService(identity.id, cell('code'), cell('name'));
    }
    return { row, id: identity.id, reported };
  });
  return { rows, issues };
}
