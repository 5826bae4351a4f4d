import { z } from 'zod';
import { hasControlCharacter, hasLoneSurrogate, isInvisible } from '../validation/text-characters.js';

/** Identifier of a record: opaque, URL-safe, at most 64 characters. */
export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_.:-]+$/);

/** Calendar date in ISO form (YYYY-MM-DD). */
export const dateSchema = z.iso.date();

/** False when the text holds half of a character (a lone surrogate), which no store keeps verbatim (it would come back as U+FFFD). */
export const wellFormed = (text: string): boolean => !hasLoneSurrogate(text);

/**
 * The character rules every text field of every record follows, in one place: no half character, no control
 * character (they break the Word and Excel files), and for a single-line field no line break and not only
 * invisible characters (a title of zero-width spaces is an empty title).
 */
const textRules = (schema: z.ZodString, multiline: boolean) => {
  // One message per field: the first broken rule is the one to fix (`abort` stops the later ones, length first).
  const checked = schema
    .refine(wellFormed, { params: { key: 'malformedText' }, abort: true })
    .refine((text) => !hasControlCharacter(text, multiline), { params: { key: 'controlCharacter' }, abort: true });
  if (multiline) return checked;
  return checked
    .refine((text) => !/[\r\n\u2028\u2029]/.test(text), { params: { key: 'lineBreak' }, abort: true })
    .refine((text) => text === '' || !isInvisible(text), { params: { key: 'invisibleOnly' } });
};

/** Single-line text with a length cap; surrounding white space is trimmed, line breaks are refused (SharePoint's single-line columns cannot hold them). */
export const lineText = (max: number) => textRules(z.string().trim().min(1, { abort: true }).max(max, { abort: true }), false);

/** Multi-line text with a length cap; may be empty; tab, line feed and CRLF are its only control characters. */
export const longText = (max: number) => textRules(z.string().max(max, { abort: true }), true);

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
