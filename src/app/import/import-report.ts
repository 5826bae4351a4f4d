import type { ImportKind, KindCounts } from './import-kinds.js';

/** One record an import creates or updates, and the row it comes from (`Actions!12:12`). */
export interface ImportChange {
  kind: ImportKind;
  id: string;
  row: string;
  operation: 'create' | 'update';
  /** For an update: the fields that change. */
  fields?: string[];
}

/** What an import did, or would do on a dry run. */
export interface ImportReport {
  dryRun: boolean;
  created: KindCounts;
  updated: KindCounts;
  unchanged: KindCounts;
  /** Stored records of the kinds in the file that the file leaves out: they are kept, never deleted. */
  notInFile: KindCounts;
  changes: ImportChange[];
}
