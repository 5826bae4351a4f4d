import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';

/** One file of the app package. */
export interface PackageEntry {
  name: string;
  data: Buffer | string;
}

// A fixed date keeps the zip byte-identical for identical inputs (reproducible packages, meaningful diffs).
const FIXED_DATE = new Date(Date.UTC(2026, 0, 1));

/** Writes the entries, flat at the zip's root as Teams expects, and returns the zip path. */
export async function writeZip(file: string, entries: readonly PackageEntry[]): Promise<string> {
  const zip = new JSZip();
  for (const entry of entries) zip.file(entry.name, entry.data, { date: FIXED_DATE });
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
  return file;
}
