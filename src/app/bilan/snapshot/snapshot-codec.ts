import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { SNAPSHOT_FORMAT, type SnapshotContent } from '../../../domain/snapshots/snapshot-content.js';
import { SNAPSHOT_PART_CHARS } from '../../../domain/snapshots/snapshot.schema.js';
import { SnapshotCorruptError } from '../bilan-errors.js';

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

/** A snapshot's content ready to store: the fingerprint of its JSON and the base64 parts of the gzipped JSON. */
export interface EncodedSnapshot {
  sha256: string;
  parts: string[];
}

/** SHA-256 of a text (UTF-8), in hexadecimal. */
export const sha256Of = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** Serialises, compresses and splits a content into parts of at most SNAPSHOT_PART_CHARS characters. */
export async function encodeSnapshot(content: SnapshotContent, partChars = SNAPSHOT_PART_CHARS): Promise<EncodedSnapshot> {
  const json = JSON.stringify(content);
  // Compression runs on libuv's thread pool: a metropole's 15 MB do not block the event loop.
  const packed = (await gzipAsync(Buffer.from(json, 'utf8'))).toString('base64');
  const parts: string[] = [];
  for (let start = 0; start < packed.length; start += partChars) parts.push(packed.slice(start, start + partChars));
  return { sha256: sha256Of(json), parts };
}

/** Joins the parts (in order), decompresses and checks the fingerprint; SnapshotCorruptError when anything is off. */
export async function decodeSnapshot(parts: readonly string[], sha256: string): Promise<SnapshotContent> {
  let json: string;
  try {
    json = (await gunzipAsync(Buffer.from(parts.join(''), 'base64'))).toString('utf8');
  } catch (error) {
    throw new SnapshotCorruptError(`snapshot content cannot be decompressed: ${(error as Error).message}`);
  }
  if (sha256Of(json) !== sha256) throw new SnapshotCorruptError('snapshot content does not match its sha256');
  const content = JSON.parse(json) as SnapshotContent;
  if (content.format !== SNAPSHOT_FORMAT) throw new SnapshotCorruptError(`unknown snapshot format ${String(content.format)}`);
  return content;
}
