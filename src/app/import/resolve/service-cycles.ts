import { RULE_MESSAGES } from '../../../domain/validation/messages.js';
import type { ImportIssue } from '../import-issue.js';
import { IMPORT_MESSAGES } from '../import-messages.js';
import type { BoundSheet } from '../read/bind-sheet.js';
import type { BuiltRecord } from './build-records.js';
import type { Snapshot } from './snapshot.js';

/** Services of the file that would become their own ancestor, once the file's parents replace the stored ones. */
export function serviceCycles(sheet: BoundSheet, built: readonly BuiltRecord[], snapshot: Snapshot): ImportIssue[] {
  const parents = new Map<string, string | undefined>([...snapshot.service.values()].map((s) => [s.id, s.parentId]));
  const services = built.filter((b): b is BuiltRecord<'service'> => b.kind === 'service');
  for (const { record } of services) parents.set(record.id, record.parentId);
  const column = sheet.columns.find((c) => c.def.field === 'parentId');
  return services.flatMap(({ record, row }) => {
    const seen = new Set<string>([record.id]);
    for (let parent = record.parentId; parent !== undefined; parent = parents.get(parent)) {
      if (seen.has(parent))
        return parent === record.id && column
          ? [{ sheet: sheet.title, row, column: column.index, code: 'serviceCycle', message: IMPORT_MESSAGES.inColumn(column.heading, RULE_MESSAGES.serviceCycle) }]
          : [];
      seen.add(parent);
    }
    return [];
  });
}
