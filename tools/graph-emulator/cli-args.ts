import type { FaultOptions } from './types.js';

export interface CliOptions {
  port: number;
  host: string;
  dataDir: string;
  pageSize?: number;
  faults: FaultOptions;
}

const USAGE = `Usage: npm run graph:emulator -- [--port 8443] [--host 127.0.0.1] [--data-dir data/graph-emulator]
  [--faults 0.15] [--retry-after 1] [--latency 0] [--seed 42] [--page-size 200] [--force-delta-resync]`;

function numberArg(name: string, raw: string | undefined, min: number, max: number): number {
  const value = Number(raw);
  if (raw === undefined || !Number.isFinite(value) || value < min || value > max) throw new Error(`${name} expects a number between ${min} and ${max}\n${USAGE}`);
  return value;
}

/** Parses the CLI flags; throws an Error carrying the usage text on anything unknown. */
export function parseCliArgs(argv: string[]): CliOptions {
  const options: CliOptions = { port: 8443, host: '127.0.0.1', dataDir: 'data/graph-emulator', faults: {} };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = (): string | undefined => argv[++i];
    switch (flag) {
      case '--port': options.port = numberArg('--port', value(), 0, 65535); break;
      case '--host': options.host = value() ?? options.host; break;
      case '--data-dir': options.dataDir = value() ?? options.dataDir; break;
      case '--page-size': options.pageSize = numberArg('--page-size', value(), 1, 5000); break;
      case '--faults': options.faults.failureRate = numberArg('--faults', value(), 0, 1); break;
      case '--retry-after': options.faults.retryAfterSeconds = numberArg('--retry-after', value(), 0, 3600); break;
      case '--latency': options.faults.latencyMs = numberArg('--latency', value(), 0, 60_000); break;
      case '--seed': options.faults.seed = numberArg('--seed', value(), 0, 2 ** 32); break;
      case '--force-delta-resync': options.faults.forceDeltaResync = true; break;
      case '--help': case '-h': throw new Error(USAGE);
      default: throw new Error(`Unknown option ${flag}\n${USAGE}`);
    }
  }
  return options;
}
