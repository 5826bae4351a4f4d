import { foldCell } from '../cells/choices.js';
import { IMPORT_KINDS, type ImportKind } from '../import-kinds.js';
import type { RefKind } from '../sheets/column.js';
import { idFromKey } from './record-ids.js';
import type { Snapshot } from './snapshot.js';

/** What a reference in a cell points at: one record's id, or why not. */
export type Lookup = { ok: true; id: string } | { ok: false; code: 'unknown_reference' | 'ambiguous_reference' };

const found = (ids: Iterable<string>): Lookup | undefined => {
  const distinct = [...new Set(ids)];
  if (distinct.length === 1) return { ok: true, id: distinct[0]! };
  return distinct.length > 1 ? { ok: false, code: 'ambiguous_reference' } : undefined;
};

const byKind = <T>(make: () => T): Record<ImportKind, T> =>
  Object.fromEntries(IMPORT_KINDS.map((kind) => [kind, make()])) as Record<ImportKind, T>;

/**
 * The records a file can point at: its own rows (by their stable key) and the stored records, the file's version
 * of a record taking precedence over the stored one. References resolve here, whichever sheet they come from.
 */
export class Directory {
  private readonly keys = byKind(() => new Map<string, { id: string; row: number }>());
  private readonly ids = byKind(() => new Map<string, number>());
  // Services may be designated by code or name too; the file's codes and names replace those of the same service.
  private readonly serviceAliases = new Map<string, { code?: string; name?: string }>();

  constructor(readonly snapshot: Snapshot) {}

  /** Keys compare as typed, but e-mail addresses whatever their case. */
  static normaliseKey(kind: ImportKind, text: string): string {
    return kind === 'person' ? text.trim().toLowerCase() : text.trim();
  }

  /** Records a row's identity; returns the earlier row that already holds this key or id, if any. */
  claim(kind: ImportKind, key: string, id: string, row: number): number | undefined {
    const earlier = this.keys[kind].get(key)?.row ?? this.ids[kind].get(id);
    if (earlier !== undefined) return earlier;
    this.keys[kind].set(key, { id, row });
    this.ids[kind].set(id, row);
    return undefined;
  }

  /** True when a record of this kind has this id, in the store or in the file. */
  idTaken(kind: ImportKind, id: string): boolean {
    return this.snapshot[kind].has(id) || this.ids[kind].has(id);
  }

  /** True when a row of the file stands for this record. */
  inFile(kind: ImportKind, id: string): boolean {
    return this.ids[kind].has(id);
  }

  /** Remembers the code and name a service row of the file gives its service. */
  nameService(id: string, code: string | undefined, name: string | undefined): void {
    this.serviceAliases.set(id, { code: code && foldCell(code), name: name && foldCell(name) });
  }

  /** The record a cell designates: by stable key, and for services also by code then by name. */
  lookup(kind: RefKind, text: string): Lookup {
    const key = Directory.normaliseKey(kind, text);
    const fromFile = this.keys[kind].get(key);
    if (fromFile) return { ok: true, id: fromFile.id };
    return this.fromStore(kind, key, text.trim()) ?? { ok: false, code: 'unknown_reference' };
  }

  /** Stored records the file does not restate, e.g. those whose reference field matches. */
  private stored<K extends ImportKind>(kind: K) {
    return [...this.snapshot[kind].values()].filter((record) => !this.ids[kind].has(record.id));
  }

  private fromStore(kind: RefKind, key: string, typed: string): Lookup | undefined {
    switch (kind) {
      case 'commitment':
        return found(this.stored('commitment').filter((c) => c.reference === key).map((c) => c.id));
      case 'person':
        return (
          found(this.stored('person').filter((p) => p.email?.toLowerCase() === key).map((p) => p.id)) ??
          // People without an e-mail address are exported by id.
          (this.snapshot.person.has(typed) ? { ok: true, id: typed } : undefined)
        );
      case 'service':
        return this.storedByKey('service', key) ?? this.serviceBy('code', key) ?? this.serviceBy('name', key);
      default:
        return this.storedByKey(kind, key);
    }
  }

  private storedByKey(kind: ImportKind, key: string): Lookup | undefined {
    const id = idFromKey(kind, key, (candidate) => this.snapshot[kind].has(candidate));
    return this.snapshot[kind].has(id) ? { ok: true, id } : undefined;
  }

  private serviceBy(field: 'code' | 'name', key: string): Lookup | undefined {
    const wanted = foldCell(key);
    const inFile = [...this.serviceAliases.entries()].filter(([, a]) => a[field] === wanted).map(([id]) => id);
    const stored = this.stored('service').filter((s) => s[field] !== undefined && foldCell(s[field]) === wanted).map((s) => s.id);
    return found([...inFile, ...stored]);
  }
}
