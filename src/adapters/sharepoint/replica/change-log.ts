import { randomUUID } from 'node:crypto';
import type { EntityKind } from '../../../domain/entities/index.js';
import type { ChangedRecord } from '../../../ports/store.port.js';

/**
 * The records this process saw change, numbered: the change cursor is `<epoch>.<number>`. The epoch is new for each
 * process, so a cursor from another instance (or from before a restart) is never misread: it just asks for a full read.
 */
export class ChangeLog {
  private readonly epoch = randomUUID().slice(0, 8);
  private seq = 0;
  private entries: { seq: number; kind: EntityKind; id: string }[] = [];

  constructor(private readonly keep = 20_000) {}

  /** Notes that a record changed. */
  record(kind: EntityKind, id: string): void {
    this.seq += 1;
    this.entries.push({ seq: this.seq, kind, id });
    if (this.entries.length > this.keep * 1.5) this.entries = this.entries.slice(-this.keep);
  }

  /** The current position. */
  cursor(): string {
    return `${this.epoch}.${this.seq}`;
  }

  /** Distinct records changed after `cursor`; undefined when the cursor is foreign, too old, or more than `limit` changed. */
  since(cursor: string, limit: number): ChangedRecord[] | undefined {
    const [epoch, text] = cursor.split('.');
    const from = Number(text);
    if (epoch !== this.epoch || !Number.isInteger(from) || from > this.seq) return undefined;
    const oldest = this.entries[0]?.seq ?? this.seq + 1;
    if (from + 1 < oldest) return undefined;
    const seen = new Map<string, ChangedRecord>();
    for (const entry of this.entries) {
      if (entry.seq <= from) continue;
      seen.set(`${entry.kind}\u0000${entry.id}`, { kind: entry.kind, id: entry.id });
      if (seen.size > limit) return undefined;
    }
    return [...seen.values()];
  }
}
