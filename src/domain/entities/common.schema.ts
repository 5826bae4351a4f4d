import { z } from 'zod';

/** Identifier of a record: opaque, URL-safe, at most 64 characters. */
export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_.:-]+$/);

/** Calendar date in ISO form (YYYY-MM-DD). */
export const dateSchema = z.iso.date();

/** A lone UTF-16 surrogate: text that no store can keep verbatim (it would come back as U+FFFD). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** False when the text holds half of a character (a lone surrogate), which no store keeps verbatim. */
export const wellFormed = (text: string): boolean => !LONE_SURROGATE.test(text);

/** Single-line text with a length cap; surrounding white space is trimmed, line breaks are refused (SharePoint's single-line columns cannot hold them). */
export const lineText = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine(wellFormed, { params: { key: 'malformedText' } })
    .refine((text) => !/[\r\n\u2028\u2029]/.test(text), { params: { key: 'lineBreak' } });

/** Multi-line text with a length cap; may be empty. */
export const longText = (max: number) => z.string().max(max).refine(wellFormed, { params: { key: 'malformedText' } });

/** Optional relative weight for roll-ups: a positive number. */
export const weightSchema = z.number().positive().max(1000);

/** A record's version token (ETag): opaque to everyone but the store that issued it. */
export type Version = string;

/** Metadata every stored record carries. */
export interface RecordMeta {
  version: Version;
  createdAt: string;
  updatedAt: string;
}

/** A record as read from a store. */
export type Stored<T> = T & RecordMeta;

/** The record a stored one holds, without the store's metadata (to write it back, changed). */
export function withoutMeta<T extends object>(stored: Stored<T>): T {
  const { version: _v, createdAt: _c, updatedAt: _u, ...data } = stored as Stored<T> & Record<string, unknown>;
  return data as unknown as T;
}
