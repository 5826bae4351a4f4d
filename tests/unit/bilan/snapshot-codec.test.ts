import { SnapshotCorruptError } from '../../../src/app/bilan/bilan-errors.js';
import { decodeSnapshot, encodeSnapshot, sha256Of } from '../../../src/app/bilan/snapshot/snapshot-codec.js';
import { SNAPSHOT_PART_CHARS, snapshotPartSchema } from '../../../src/domain/snapshots/snapshot.schema.js';
import { fixtureSet } from './bilan-fixture.js';

describe('snapshot content encoding', () => {
  it('reads back exactly what was written, with the sha256 of the JSON', async () => {
    const content = fixtureSet();
    const encoded = await encodeSnapshot(content);
    expect(encoded.sha256).toBe(sha256Of(JSON.stringify(content)));
    expect(await decodeSnapshot(encoded.parts, encoded.sha256)).toEqual(content);
  });

  it('splits the base64 into parts of at most the limit, each a valid part record, and joins them back in order', async () => {
    const content = fixtureSet();
    // Enough incompressible text to need many parts of 200 characters.
    content.records.feedback[0]!.summary = Array.from({ length: 300 }, (_, i) => sha256Of(String(i))).join(' ');
    const encoded = await encodeSnapshot(content, 200);
    expect(encoded.parts.length).toBeGreaterThan(50);
    expect(encoded.parts.every((p) => p.length <= 200)).toBe(true);
    for (const [index, data] of encoded.parts.entries()) expect(snapshotPartSchema.safeParse({ id: `s.p${index}`, snapshotId: 's', index, data }).success).toBe(true);
    expect(await decodeSnapshot(encoded.parts, encoded.sha256)).toEqual(content);
    const full = await encodeSnapshot(content);
    expect(full.parts.every((p) => p.length <= SNAPSHOT_PART_CHARS)).toBe(true);
  });

  it('refuses content whose fingerprint differs, parts out of order, or bytes that are not gzip', async () => {
    const encoded = await encodeSnapshot(fixtureSet(), 100);
    await expect(decodeSnapshot(encoded.parts, sha256Of('autre chose'))).rejects.toBeInstanceOf(SnapshotCorruptError);
    await expect(decodeSnapshot([...encoded.parts].reverse(), encoded.sha256)).rejects.toBeInstanceOf(SnapshotCorruptError);
    await expect(decodeSnapshot(['AAAA'], encoded.sha256)).rejects.toBeInstanceOf(SnapshotCorruptError);
  });
});
