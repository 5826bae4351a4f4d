import JSZip from 'jszip';
import {
  ENTITY_SCHEMAS,
  INTERNAL_FIELD_CHOICES,
  MANDATE_ID,
  withoutMeta,
  type ChangeContext,
  type EntityKind,
  type EntityMap,
} from '../../src/domain/entities/index.js';
import { PERSONAL_IDENTIFIERS } from '../../src/app/authorization/read-view.js';
import { repositoryOf, type RoadmapStore } from '../../src/ports/store.port.js';
import { readPdf } from './bilan-test-server.js';

/**
 * Secrets planted in every internal field (the list is internal-fields.ts's: a new choice is planted automatically)
 * and in every person's identifiers (read-view.ts's PERSONAL_IDENTIFIERS), and how to find them in any output.
 */
export const SECRET = 'SECRET-5e7a11';
const ENTRA_PREFIX = '5ec7e700-0000-4000-8000-';
const ctx: ChangeContext = { actor: { id: 'fixture', name: 'Fixture' }, source: 'seed', at: '2026-11-27T08:00:00.000Z' };

/** Every field that must stay hidden from readers, as `kind.field`. */
export const PLANTED_FIELDS: readonly string[] = [...INTERNAL_FIELD_CHOICES, ...PERSONAL_IDENTIFIERS];

/** A tag per planted field: the text secrets carry it, so a find says which field leaked. */
const tagOf = (field: string): string => field.replace('.', '-');
/** The text secret of `field` for the n-th record: `SECRET-5e7a11-action-blockers-7`. */
export const textSecret = (field: string, n: number): string => `${SECRET}-${tagOf(field)}-${n}`;
/** What `?q=` searches for to find any record's secret of `field`. */
export const searchSecret = (field: string): string => `${SECRET}-${tagOf(field)}-`;

/** Numbers no demo record holds, one per numeric field, and the pattern that finds them however they are formatted. */
const NUMBER_CANDIDATES = [7_654_301, 9_876.5, 876_501];
const numbers = new Map<string, number>();

function numberPattern(value: number): RegExp {
  const [whole, fraction] = String(value).split('.');
  const groups = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ' ').split(' ');
  return new RegExp(`(?<!\\d)${groups.join('\\D{0,3}')}${fraction ? `[.,]${fraction}` : ''}(?!\\d)`);
}

/** The value planted in `field` of `record`: text where the schema takes text, else a number it accepts. */
function plantValue(kind: EntityKind, data: Record<string, unknown>, name: string, field: string, n: number): unknown {
  const schema = ENTITY_SCHEMAS[kind];
  const accepts = (value: unknown): boolean => schema.safeParse({ ...data, [name]: value }).success;
  if (name === 'email') return `${textSecret(field, n).toLowerCase()}@example.org`;
  if (name === 'entraObjectId') return `${ENTRA_PREFIX}${String(n).padStart(12, '0')}`;
  if (accepts(textSecret(field, n))) return textSecret(field, n);
  const known = numbers.get(field);
  if (known !== undefined && accepts(known)) return known;
  const used = new Set(numbers.values());
  for (const base of NUMBER_CANDIDATES)
    for (let i = 0; i < 20; i += 1) {
      const candidate = Number.isInteger(base) ? base + i : base + i * 10;
      if (!used.has(candidate) && accepts(candidate)) {
        numbers.set(field, candidate);
        return candidate;
      }
    }
  throw new Error(`no secret fits ${field}`);
}

/** Plants every secret in every record of every kind concerned; the mandate marks every choice internal. */
export async function plantSecrets(store: RoadmapStore, changeOwner?: (kind: EntityKind, index: number) => Record<string, unknown>): Promise<void> {
  const mandate = (await store.mandate.get(MANDATE_ID))!;
  await store.mandate.update({ ...withoutMeta(mandate), internalFields: [...INTERNAL_FIELD_CHOICES] }, mandate.version, ctx);
  const kinds = [...new Set(PLANTED_FIELDS.map((f) => f.split('.')[0] as EntityKind))];
  let n = 0;
  for (const kind of kinds) {
    const repository = repositoryOf(store, kind);
    const fields = PLANTED_FIELDS.filter((f) => f.startsWith(`${kind}.`));
    let index = 0;
    for (const record of await repository.list()) {
      const data = { ...(withoutMeta(record) as Record<string, unknown>), ...(changeOwner?.(kind, index++) ?? {}) };
      for (const field of fields) data[field.split('.')[1]!] = plantValue(kind, data, field.split('.')[1]!, field, ++n);
      await repository.update(data as unknown as EntityMap[typeof kind], record.version, ctx);
    }
  }
}

/** The planted fields whose secret shows in `text` (text, e-mail, Entra id or number, whatever the case). */
export function plantedIn(text: string): Set<string> {
  const found = new Set<string>();
  const lower = text.toLowerCase().replace(/-\s+/g, '-');
  for (const field of PLANTED_FIELDS) {
    if (field === 'person.entraObjectId') {
      if (lower.includes(ENTRA_PREFIX)) found.add(field);
      continue;
    }
    if (lower.includes(searchSecret(field).toLowerCase())) found.add(field);
    const value = numbers.get(field);
    if (value !== undefined && numberPattern(value).test(text)) found.add(field);
  }
  return found;
}

/** Where the first find is, for a readable failure. */
export function around(text: string): string {
  const at = text.toLowerCase().indexOf(SECRET.toLowerCase());
  return at < 0 ? text.slice(0, 120) : text.slice(Math.max(0, at - 80), at + 60);
}

const ZIPPED = /spreadsheetml|wordprocessingml/;

/** Every character an answer carries: each part of a zipped Office file, a PDF's text, anything else as UTF-8. */
export async function outputText(contentType: string, body: Buffer): Promise<string> {
  if (ZIPPED.test(contentType) && body.subarray(0, 2).toString() === 'PK') {
    const zip = await JSZip.loadAsync(body);
    const parts = await Promise.all(Object.values(zip.files).filter((f) => !f.dir).map((f) => f.async('string')));
    return parts.join('\n');
  }
  if (contentType.includes('application/pdf') && body.subarray(0, 4).toString() === '%PDF') return (await readPdf(body)).text;
  return body.toString('utf8');
}
