import type { Fields } from '../schema/field-mapping.js';

/** A list item as Graph returns it (in lists, delta feeds and write answers). */
export interface GraphListItem {
  id: string;
  eTag?: string;
  createdDateTime?: string;
  lastModifiedDateTime?: string;
  fields?: Fields;
  /** Present on deleted items in a delta feed. */
  deleted?: { state?: string };
}

/** A collection page: items and where to go next. */
export interface GraphPage {
  value?: GraphListItem[];
  '@odata.nextLink'?: string;
  '@odata.deltaLink'?: string;
}

/** The item version in an eTag (`"{GUID},7"` → 7), to ignore answers older than what we already hold. */
export function eTagSequence(eTag: string | undefined): number | undefined {
  const match = /,(\d+)"?$/.exec(eTag ?? '');
  return match ? Number(match[1]) : undefined;
}

/** Our version token: the eTag without its quotes, so that it travels in our own HTTP ETag header unchanged. */
export const versionOf = (eTag: string | undefined): string => (eTag ?? '').replace(/^W\//, '').replace(/^"(.*)"$/, '$1');

/** The If-Match value for one of our versions. */
export const ifMatchOf = (version: string): string => `"${version}"`;
