import type { Milestone } from '../../../domain/entities/index.js';
import type { PublicBilan } from '../public/public-bilan.js';
import { PUBLIC_FIELDS, type PublicField, type PublicKind } from '../public/public-fields.js';
import { OPEN_DATA, writeCsv, type CsvCell } from '../../export/csv.js';

/** Version of the open data layout (the JSON Schema's `$id` carries it). */
export const OPEN_DATA_VERSION = '1.0.0';
/** Open data licence of Etalab, the default for French public bodies. */
export const OPEN_DATA_LICENCE = 'Licence Ouverte / Open Licence version 2.0 (Etalab)';

/** The collections of the JSON file, one per public kind (the mandate is an object). */
export const COLLECTION_OF: Record<Exclude<PublicKind, 'mandate'>, string> = {
  axis: 'axes',
  commitment: 'commitments',
  action: 'actions',
  indicator: 'indicators',
  measure: 'measures',
  service: 'services',
  feedback: 'feedback',
};

/** Figures per axis and per commitment, computed from the public records. */
function figures(b: PublicBilan) {
  return {
    elapsed: b.elapsed,
    progress: b.progress,
    commitments: b.commitments,
    actions: b.actions,
    indicators: b.indicators,
    axes: b.axes.map((a) => ({ axisId: a.id, progress: a.progress, commitments: a.commitmentCounts, actions: a.actions, indicators: a.indicators })),
    byCommitment: b.axes.flatMap((a) =>
      a.commitments.map((c) => ({ commitmentId: c.id, progress: c.progress, delivery: c.delivery, actions: c.actions, indicators: c.indicators })),
    ),
  };
}

/** The open data JSON: metadata, figures, then every public record by kind. */
export function openDataJson(b: PublicBilan): Record<string, unknown> {
  const collections = Object.fromEntries(Object.entries(COLLECTION_OF).map(([kind, name]) => [name, b.records[kind as keyof typeof COLLECTION_OF]]));
  return {
    $schema: './opendata.schema.json',
    metadata: {
      title: `Bilan de mi-mandat — ${b.collectivityName}`,
      collectivity: b.collectivityName,
      asOf: b.asOf,
      generatedAt: b.generatedAt,
      licence: OPEN_DATA_LICENCE,
      producer: 'Cap Mandat',
      version: OPEN_DATA_VERSION,
    },
    mandate: b.mandate ?? null,
    figures: figures(b),
    ...collections,
  };
}

function csvValue(field: PublicField, value: unknown): CsvCell {
  if (value === undefined || value === null) return undefined;
  if (field.type === 'milestones') return (value as Milestone[]).map((m) => `${m.date}=${m.value}`).join('|');
  if (field.type === 'idList' || field.type === 'stringList') return (value as string[]).join('|');
  return value as CsvCell;
}

/** The open data CSV of one kind: the public fields as columns (names as in the JSON). */
export function openDataCsv(b: PublicBilan, kind: PublicKind): string {
  const fields = PUBLIC_FIELDS[kind] as readonly PublicField[];
  const records = b.records[kind];
  return writeCsv(
    fields.map((f) => f.name),
    records.map((r) => fields.map((f) => csvValue(f, r[f.name]))),
    OPEN_DATA,
  );
}
