import { createHash } from 'node:crypto';
import { idSchema } from '../../../domain/entities/index.js';
import { ID_PREFIX, type ImportKind } from '../import-kinds.js';

/** What a reference may contain, so that the id derived from it is a valid id (64 characters with the prefix). */
export const KEY_PATTERN = /^[A-Za-z0-9_.:-]{1,56}$/;

/** The reference a stored record shows in the workbook: its id without the kind's prefix (`act-001` → `001`). */
export function keyFromId(kind: ImportKind, id: string): string {
  const prefix = `${ID_PREFIX[kind]}-`;
  return id.startsWith(prefix) && id.length > prefix.length ? id.slice(prefix.length) : id;
}

/**
 * The id a reference stands for: the stored record `prefix-reference` if there is one, else a stored record whose id is
 * the reference itself (ids that lack the prefix are exported as they are; a full id typed as reference also works),
 * else the new id `prefix-reference`.
 */
export function idFromKey(kind: ImportKind, key: string, exists: (id: string) => boolean): string {
  const prefixed = `${ID_PREFIX[kind]}-${key}`;
  if (exists(prefixed)) return prefixed;
  if (exists(key)) return key;
  return prefixed;
}

const shortHash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 12);

/** Turns any text into the readable part of an id: "1.3" → "1-3", "Éloïse Martin" → "Eloise-Martin". */
export function slug(text: string): string {
  const ascii = text.normalize('NFD').replace(/\p{M}+/gu, '');
  const cleaned = ascii.replace(/[^A-Za-z0-9_]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 48);
  return cleaned || shortHash(text);
}

/** `base`, or `base-2`, `base-3`… the first one nobody uses; a base too long for an id is replaced by a hash. */
export function freeId(kind: ImportKind, base: string, taken: (id: string) => boolean): string {
  const candidate = idSchema.safeParse(base).success && base.length <= 60 ? base : `${ID_PREFIX[kind]}-${shortHash(base)}`;
  if (!taken(candidate)) return candidate;
  for (let n = 2; ; n += 1) if (!taken(`${candidate}-${n}`)) return `${candidate}-${n}`;
}
