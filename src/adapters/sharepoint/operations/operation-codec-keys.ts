import { createHash } from 'node:crypto';

// Single-line text holds 255 characters, no control characters, and may be trimmed: other values are indexed by hash.
const INDEX_MAX = 255;
const CONTROL = /\p{Cc}/u;

/**
 * What an index column holds for a value: the value itself, readable in the list, or `#` and its SHA-256 when it
 * does not fit a single-line column. Graph compares text without case, so matches are checked again on the record.
 */
export function indexKey(value: string): string {
  const plain = value.length <= INDEX_MAX && !CONTROL.test(value) && value.trim() === value && !value.startsWith('#');
  if (plain && value !== '') return value;
  return `#${createHash('sha256').update(value).digest('hex')}`;
}
