import fs from 'node:fs';
import os from 'node:os';
import type { DatasetKind } from './generate-metropole.js';
import type { OperationResult } from './scenarios.js';

/** Everything the bench found, as written to bench/results.json. */
export interface BenchReport {
  at: string;
  machine: { cpus: number; cpuModel: string; node: string; platform: string; memoryGB: number };
  dataset: { seed: number; counts: Record<DatasetKind, number> };
  generateMs: number;
  validateMs: number;
  load: { totalMs: number; byKindMs: Record<DatasetKind, number>; storeFileMB: number; walMB: number };
  roadmapKB: number;
  operations: OperationResult[];
}

/** The machine the figures were taken on. */
export function describeMachine(): BenchReport['machine'] {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    memoryGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
  };
}

const ms = (value: number): string => value.toFixed(1);

/** The report as a plain-text table and a few lines of context. */
export function formatReport(r: BenchReport): string {
  const header = ['operation', 'runs', 'p50 ms', 'p95 ms', 'goal', 'met'];
  const rows = r.operations.map((o) => [
    o.operation,
    String(o.runs),
    ms(o.p50),
    ms(o.p95),
    o.goalP50Ms === undefined ? '—' : `p50 ≤ ${o.goalP50Ms} ms`,
    o.met === undefined ? '—' : o.met ? 'yes' : 'no',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  // Names and goals align left, figures right.
  const cell = (c: string, i: number): string => (i === 0 || i >= 4 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!));
  const line = (cells: string[]): string => cells.map(cell).join('  ').trimEnd();
  const counts = Object.entries(r.dataset.counts).map(([k, n]) => `${n} ${k}`).join(', ');
  const byKind = Object.entries(r.load.byKindMs).map(([k, v]) => `${k} ${Math.round(v)}`).join(', ');
  return [
    `Data set (seed ${r.dataset.seed}): ${counts}`,
    `Generated in ${Math.round(r.generateMs)} ms, validated with the zod schemas in ${Math.round(r.validateMs)} ms`,
    `Load into SQLite: ${(r.load.totalMs / 1000).toFixed(2)} s (ms by kind: ${byKind})`,
    `Store on disk: ${r.load.storeFileMB.toFixed(1)} MB + WAL ${r.load.walMB.toFixed(1)} MB`,
    `Roadmap response: ${r.roadmapKB.toFixed(0)} KB`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    `Machine: ${r.machine.cpus} CPU (${r.machine.cpuModel}), ${r.machine.memoryGB} GB, Node ${r.machine.node}, ${r.machine.platform}`,
  ].join('\n');
}

/** Writes the report as JSON, replacing the previous one. */
export function writeReport(file: string, r: BenchReport): void {
  // Hundredths of a millisecond are already below the noise.
  const rounded = (_key: string, value: unknown): unknown =>
    typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 100) / 100 : value;
  fs.writeFileSync(file, `${JSON.stringify(r, rounded, 2)}\n`);
}
