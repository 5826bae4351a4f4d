import { REFERENCES } from '../src/app/records/references.js';
import { ENTITY_SCHEMAS, type EntityMap } from '../src/domain/entities/index.js';
import { DATASET_KINDS, type DatasetKind, type MetropoleDataset } from './generate-metropole.js';

const MAX_REPORTED = 5;

function parseAll<K extends DatasetKind>(kind: K, records: readonly EntityMap[K][], problems: string[]): EntityMap[K][] {
  const schema = ENTITY_SCHEMAS[kind];
  return records.map((record) => {
    const result = schema.safeParse(record);
    if (result.success) return result.data;
    if (problems.length < MAX_REPORTED) problems.push(`${kind} ${record.id}: ${JSON.stringify(result.error.issues)}`);
    return record;
  });
}

/** References that point at no record of the data set, as "kind id.field → target". */
function danglingReferences(dataset: MetropoleDataset): string[] {
  const ids = new Map<string, Set<string>>(DATASET_KINDS.map((kind) => [kind, new Set(dataset[kind].map((r) => r.id))]));
  const problems: string[] = [];
  for (const kind of DATASET_KINDS)
    for (const record of dataset[kind] as unknown as Record<string, unknown>[])
      for (const ref of REFERENCES[kind]) {
        const value = record[ref.field];
        const targets = Array.isArray(value) ? (value as string[]) : typeof value === 'string' ? [value] : [];
        for (const target of targets)
          if (!ids.get(ref.kind)?.has(target) && problems.length < MAX_REPORTED)
            problems.push(`${kind} ${String(record.id)}.${ref.field} → ${ref.kind} ${target}`);
      }
  return problems;
}

/** Parses every record with its zod schema and checks every reference; throws listing the first problems. */
export function validateDataset(dataset: MetropoleDataset): MetropoleDataset {
  const problems: string[] = [];
  const parsed = Object.fromEntries(DATASET_KINDS.map((kind) => [kind, parseAll(kind, dataset[kind], problems)])) as MetropoleDataset;
  problems.push(...danglingReferences(parsed));
  if (problems.length > 0) throw new Error(`Generated data set is not valid:\n  ${problems.join('\n  ')}`);
  return parsed;
}
