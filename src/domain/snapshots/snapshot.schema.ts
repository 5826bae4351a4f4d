import { z } from 'zod';
import { idSchema, lineText } from '../entities/common.schema.js';

/** A snapshot's content is split into parts of at most this many characters (SharePoint note columns stay small). */
export const SNAPSHOT_PART_CHARS = 60_000;

/**
 * Snapshot (instantané): the whole roadmap frozen at a date. The content (every record, JSON, gzip, base64) lives in
 * numbered parts; `sha256` of the JSON proves it was read back whole. A snapshot never changes once taken.
 */
export const snapshotSchema = z.strictObject({
  id: idSchema,
  title: lineText(200),
  /** The date the snapshot stands for (the bilan's date), and when it was taken. */
  asOf: z.iso.date(),
  takenAt: z.iso.datetime(),
  takenBy: idSchema,
  partCount: z.number().int().min(1).max(10_000),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Record counts by kind, to list snapshots without reading them. */
  counts: z.record(z.string().max(40), z.number().int().min(0)),
});
/** A frozen roadmap (its header). */
export type Snapshot = z.infer<typeof snapshotSchema>;

/** One part of a snapshot's content. */
export const snapshotPartSchema = z.strictObject({
  id: idSchema,
  snapshotId: idSchema,
  index: z.number().int().min(0).max(10_000),
  data: z.string().max(SNAPSHOT_PART_CHARS).regex(/^[A-Za-z0-9+/=]*$/),
});
/** One part of a snapshot's content. */
export type SnapshotPart = z.infer<typeof snapshotPartSchema>;

/** What a client sends to take a snapshot: a title and the date it stands for (today when left out). */
export const snapshotInputSchema = z.strictObject({
  title: lineText(200),
  asOf: z.iso.date().optional(),
});
/** A request to take a snapshot. */
export type SnapshotInput = z.infer<typeof snapshotInputSchema>;
