import type { CellValue } from 'exceljs';
import type { Milestone } from '../../../domain/entities/index.js';
import { choiceLabel, foldCell } from '../cells/choices.js';
import { formatMilestones } from '../cells/milestones.js';
import type { ImportKind } from '../import-kinds.js';
import { keyFromId } from '../resolve/record-ids.js';
import type { Snapshot } from '../resolve/snapshot.js';
import type { Column, RefKind } from '../sheets/column.js';

/** How a stored record is designated in another sheet, so that the import resolves it back to the same record. */
export type RefOf = (kind: RefKind, id: string) => string;

/** References as the import reads them: engagements by programme reference, people by e-mail, services by a unique code. */
export function referencesFor(snapshot: Snapshot): RefOf {
  const services = [...snapshot.service.values()];
  const keys = new Set(services.map((s) => keyFromId('service', s.id)));
  const codeCount = new Map<string, number>();
  for (const s of services) if (s.code) codeCount.set(foldCell(s.code), (codeCount.get(foldCell(s.code)) ?? 0) + 1);
  // A code stands for its service only if no other service has it, nor has it as reference (references are looked up first).
  const usableCode = (code: string | undefined): code is string => !!code && codeCount.get(foldCell(code)) === 1 && !keys.has(code.trim());
  return (kind, id) => {
    switch (kind) {
      case 'commitment':
        return snapshot.commitment.get(id)?.reference ?? keyFromId(kind, id);
      case 'person':
        return snapshot.person.get(id)?.email ?? id;
      case 'service': {
        const code = snapshot.service.get(id)?.code;
        return usableCode(code) ? code.trim() : keyFromId(kind, id);
      }
      default:
        return keyFromId(kind, id);
    }
  };
}

/** A date cell: midnight UTC, which is how exceljs reads a date cell back. */
const dateCell = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);

/** The cell a column shows for a stored record. */
export function exportCell(kind: ImportKind, column: Column, record: Record<string, unknown>, refOf: RefOf): CellValue {
  if (column.stored === false) return keyFromId(kind, String(record.id));
  const value = record[column.field];
  if (value === undefined || value === null) return null;
  // Stored records were validated on the way in: each field has the type its column says.
  const text = value as string;
  switch (column.cell.type) {
    case 'date':
      return dateCell(text);
    case 'choice':
      return choiceLabel(column.cell.choices, text);
    case 'ref':
      return refOf(column.cell.kind, text);
    case 'refList': {
      const target = column.cell.kind;
      return (value as string[]).map((id) => refOf(target, id)).join(' ; ') || null;
    }
    case 'milestones':
      return formatMilestones(value as Milestone[]) || null;
    default:
      return value as string | number;
  }
}
