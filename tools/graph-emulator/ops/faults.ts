import type { FaultOptions } from '../types.js';
import { mulberry32, shuffled } from './prng.js';

export interface ThrottleDecision {
  status: 429 | 503;
  retryAfterSeconds: number;
}

const DEFAULT_SEED = 20261127;

/** Checks fault options and throws a plain Error naming every bad field. */
export function validateFaultOptions(raw: unknown): FaultOptions {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error('faults must be an object');
  const o = raw as Record<string, unknown>;
  const problems: string[] = [];
  const known = ['failureRate', 'retryAfterSeconds', 'latencyMs', 'forceDeltaResync', 'seed', 'throttleStatuses'];
  for (const key of Object.keys(o)) if (!known.includes(key)) problems.push(`unknown option ${key}`);
  const num = (key: string, min: number, max: number): void => {
    const value = o[key];
    if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max)) problems.push(`${key} must be a number in [${min}, ${max}]`);
  };
  num('failureRate', 0, 1);
  num('retryAfterSeconds', 0, 3600);
  num('latencyMs', 0, 60_000);
  num('seed', -(2 ** 53), 2 ** 53);
  if (o['forceDeltaResync'] !== undefined && typeof o['forceDeltaResync'] !== 'boolean') problems.push('forceDeltaResync must be a boolean');
  const statuses = o['throttleStatuses'];
  if (statuses !== undefined && (!Array.isArray(statuses) || statuses.length === 0 || !statuses.every((s) => s === 429 || s === 503))) {
    problems.push('throttleStatuses must be a non-empty array of 429 and/or 503');
  }
  if (problems.length > 0) throw new Error(`Invalid fault options: ${problems.join('; ')}`);
  return o;
}

/** Decides, deterministically from the seed, which requests are throttled; also drives the $batch shuffle. */
export class FaultInjector {
  private options: FaultOptions = {};
  private random: () => number = mulberry32(DEFAULT_SEED);
  private orderRandom: () => number = mulberry32(DEFAULT_SEED + 1);
  /** Bumped by every forceDeltaResync; a list answers 410 once per generation. */
  resyncGeneration = 0;

  constructor(options: FaultOptions = {}) {
    this.set(options);
  }

  /** Replaces the current options (omitted fields fall back to defaults). */
  set(options: FaultOptions): void {
    this.options = validateFaultOptions(options);
    const seed = options.seed ?? DEFAULT_SEED;
    this.random = mulberry32(seed);
    this.orderRandom = mulberry32(seed + 1);
    if (options.forceDeltaResync) this.resyncGeneration += 1;
  }

  current(): FaultOptions {
    return { ...this.options };
  }

  get latencyMs(): number {
    return this.options.latencyMs ?? 0;
  }

  /** Whether this request is answered 429/503 instead of being processed. */
  decide(): ThrottleDecision | undefined {
    const rate = this.options.failureRate ?? 0;
    if (rate <= 0 || this.random() >= rate) return undefined;
    const statuses = this.options.throttleStatuses ?? [429, 503];
    const status = statuses[Math.floor(this.random() * statuses.length)] ?? 429;
    return { status, retryAfterSeconds: this.options.retryAfterSeconds ?? 1 };
  }

  shuffle<T>(items: readonly T[]): T[] {
    return shuffled(items, this.orderRandom);
  }
}
