import { type EntityKind, withoutMeta } from '../../../domain/entities/index.js';
import type { EntityRecords } from '../../../domain/snapshots/snapshot-content.js';
import { exportCell, referencesFor, type RefOf } from '../../import/export/export-values.js';
import { headingOf } from '../../import/export/data-sheet.js';
import { IMPORT_KINDS, type ImportKind } from '../../import/import-kinds.js';
import type { Snapshot } from '../../import/resolve/snapshot.js';
import type { SheetDef } from '../../import/sheets/column.js';
import { SHEET_OF, SHEETS } from '../../import/sheets/sheets.js';
import { LABELS } from '../document-labels.js';
import { safeCell as neutraliseCell } from '../../export/output-text.js';

/** A cell of the exports: plain values only (exportCell writes no formula, rich text or hyperlink). */
export type DataCell = string | number | boolean | Date | null;

/** All the data of one kind, as a sheet or a CSV file shows it: French headings, one row per record. */
export interface DataTable {
  kind: EntityKind;
  title: string;
  headers: string[];
  rows: DataCell[][];
  /** The import's sheet for the kinds the import reads (same columns, so the file can be imported back). */
  sheet?: SheetDef;
}

const isImportKind = (kind: EntityKind): kind is ImportKind => (IMPORT_KINDS as readonly string[]).includes(kind);

/** The records in the shape the import's writer reads (a map per kind). */
function importSnapshot(records: EntityRecords): Snapshot {
  return Object.fromEntries(IMPORT_KINDS.map((kind) => [kind, new Map(records[kind].map((r) => [r.id, r]))])) as unknown as Snapshot;
}

function importTable(kind: ImportKind, records: EntityRecords, refOf: RefOf): DataTable {
  const sheet = SHEET_OF[kind];
  let list = records[kind].map((r) => withoutMeta<object>(r) as Record<string, unknown>);
  // Measures by indicator then date, as the template lists them.
  if (kind === 'measure') list = list.sort((a, b) => `${String(a.indicatorId)}|${String(a.date)}`.localeCompare(`${String(b.indicatorId)}|${String(b.date)}`));
  return {
    kind,
    title: sheet.name,
    headers: sheet.columns.map(headingOf),
    rows: list.map((r) => sheet.columns.map((c) => neutraliseCell(exportCell(kind, c, r, refOf) as DataCell))),
    sheet,
  };
}

const dateCell = (iso: string | undefined): DataCell => (iso === undefined ? null : new Date(`${iso}T00:00:00.000Z`));

function mandateTable(records: EntityRecords): DataTable {
  return {
    kind: 'mandate',
    title: 'Mandat',
    headers: ['Collectivité', 'Nature', 'Population', 'Début du mandat', 'Fin du mandat', 'Mi-mandat'],
    rows: records.mandate.map((m) => [neutraliseCell(m.collectivityName), m.collectivityKind, m.population ?? null, dateCell(m.startDate), dateCell(m.endDate), dateCell(m.midTermDate)]),
  };
}

function feedbackTable(records: EntityRecords, refOf: RefOf): DataTable {
  return {
    kind: 'feedback',
    title: 'Retours',
    headers: ['Identifiant', 'Nature', 'Titre', 'Date', 'Synthèse', 'Participants', 'Thèmes', 'Engagements'],
    rows: records.feedback.map((f) => [
      f.id,
      LABELS.feedbackKind[f.kind],
      neutraliseCell(f.title),
      dateCell(f.date),
      neutraliseCell(f.summary),
      f.participants ?? null,
      neutraliseCell(f.themes.join(' ; ')),
      neutraliseCell(f.commitmentIds.map((id) => refOf('commitment', id)).join(' ; ')),
    ]),
  };
}

/** One kind's table. */
export function dataTable(records: EntityRecords, kind: EntityKind, refOf: RefOf = referencesFor(importSnapshot(records))): DataTable {
  if (isImportKind(kind)) return importTable(kind, records, refOf);
  return kind === 'mandate' ? mandateTable(records) : feedbackTable(records, refOf);
}

/** Every kind's table: the import's sheets in the template's order, then the mandate and the feedback. */
export function dataTables(records: EntityRecords): DataTable[] {
  const refOf = referencesFor(importSnapshot(records));
  const kinds: EntityKind[] = [...SHEETS.map((s) => s.kind), 'mandate', 'feedback'];
  return kinds.map((kind) => dataTable(records, kind, refOf));
}
