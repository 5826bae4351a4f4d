import type { EntityKind } from '../../../domain/entities/index.js';
import type { OperationKind } from '../../../ports/operations.port.js';

/** How a value is kept in a SharePoint column. */
export type ColumnType = 'text' | 'note' | 'number' | 'integer' | 'choice' | 'json';

/** One column of a list: its SharePoint definition and the record field it holds. */
export interface ColumnDef {
  /** API name, used in `fields` and `$filter` (ASCII, no spaces: SharePoint derives the internal name from it). */
  name: string;
  /** What business users see in the list (French). */
  displayName: string;
  /** The record property kept here; absent for bookkeeping columns. */
  field?: string;
  type: ColumnType;
  required?: boolean;
  /** Every column the adapter filters or orders on must be indexed, or Graph answers 400 past a few thousand items. */
  indexed?: boolean;
  unique?: boolean;
  /** Single-line text only (SharePoint caps it at 255). */
  maxLength?: number;
  /** For choice columns: our code → the French label stored in SharePoint. */
  choices?: Readonly<Record<string, string>>;
  hidden?: boolean;
  description?: string;
}

/** Lists that are not entity lists. */
export type AuxiliaryListKey = 'history' | 'settings';
/** Every list the store keeps: roadmap records, operational records, history and settings. */
export type ListKey = EntityKind | OperationKind | AuxiliaryListKey;

/** One SharePoint list: its name, description and columns (the built-in Title column included when it holds a field). */
export interface ListDef {
  key: ListKey;
  displayName: string;
  description: string;
  columns: readonly ColumnDef[];
  /** The text shown in the built-in Title column when no record field is kept there. */
  title?: (record: Record<string, unknown>) => string;
  /**
   * The schema version that added columns derived from the record (lanes): upgrading a site from an older version
   * backfills them into the items already there, or the reads that filter on them would miss those items.
   */
  derivedSince?: number;
}

/** The built-in Title column, holding a record field. */
export const titleColumn = (field: string, displayName: string): ColumnDef => ({
  name: 'Title',
  displayName,
  field,
  type: 'text',
  required: true,
  maxLength: 255,
});

/** A single-line text column. */
export const text = (name: string, displayName: string, field: string | undefined, options: Partial<ColumnDef> = {}): ColumnDef => ({
  name,
  displayName,
  field,
  type: 'text',
  maxLength: 255,
  ...options,
});

/** A multi-line plain-text column. */
export const note = (name: string, displayName: string, field: string, options: Partial<ColumnDef> = {}): ColumnDef => ({
  name,
  displayName,
  field,
  type: 'note',
  ...options,
});

/** A number column (decimals allowed, or none with `integer`). */
export const num = (
  name: string,
  displayName: string,
  field: string,
  options: Partial<ColumnDef> & { integer?: boolean } = {},
): ColumnDef => {
  const { integer, ...rest } = options;
  return { name, displayName, field, type: integer ? 'integer' : 'number', ...rest };
};

/** A choice column whose French labels stand for our codes. */
export const choice = (
  name: string,
  displayName: string,
  field: string,
  choices: Readonly<Record<string, string>>,
  options: Partial<ColumnDef> = {},
): ColumnDef => ({ name, displayName, field, type: 'choice', choices, ...options });

/** A list or object kept as JSON in a multi-line text column. */
export const json = (name: string, displayName: string, field: string): ColumnDef => ({
  name,
  displayName,
  field,
  type: 'json',
  description: 'JSON, écrit par Cap Mandat',
});

/**
 * Dates (YYYY-MM-DD) and instants are kept as ISO text: SharePoint date columns shift date-only values by the site's
 * time zone and drop milliseconds, and ISO text still sorts correctly in views.
 */
export const isoDate = (name: string, displayName: string, field: string, options: Partial<ColumnDef> = {}): ColumnDef =>
  text(name, displayName, field, { maxLength: 10, description: 'AAAA-MM-JJ', ...options });

/** Columns every entity list has: our id (the idempotency key), our timestamps and the write token. */
export const BOOKKEEPING_COLUMNS: readonly ColumnDef[] = [
  text('CapId', 'Identifiant', 'id', { required: true, indexed: true, unique: true, maxLength: 64 }),
  text('CapCreatedAt', 'Créé le (Cap Mandat)', undefined, { maxLength: 30 }),
  text('CapUpdatedAt', 'Modifié le (Cap Mandat)', undefined, { maxLength: 30 }),
  text('CapWrite', 'Jeton d’écriture', undefined, {
    maxLength: 40,
    hidden: true,
    description: 'Identifie la dernière écriture de Cap Mandat : une écriture rejouée après une panne réseau se reconnaît.',
  }),
];
