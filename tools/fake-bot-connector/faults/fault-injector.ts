import { mulberry32 } from '../../graph-emulator/ops/prng.js';
import type { FailNextOptions, FaultOptions, FaultStatus } from '../types.js';

export interface FaultDecision {
  status: FaultStatus;
  retryAfterSeconds?: number;
  deliveredAnyway: boolean;
  source: 'random' | 'injected';
}

interface QueuedFault {
  status: FaultStatus;
  remaining: number;
  options: FailNextOptions;
}

const DEFAULT_SEED = 20261127;
const DEFAULT_STATUSES: FaultStatus[] = [429, 412, 502, 503, 504];
const ALLOWED: readonly number[] = [412, 429, 500, 502, 503, 504];

/** Checks fault options and throws one Error naming every bad field. */
export function validateFaultOptions(options: FaultOptions): FaultOptions {
  const problems: string[] = [];
  if (options.ratio !== undefined && !(options.ratio >= 0 && options.ratio <= 1)) problems.push('ratio must be in [0, 1]');
  if (options.retryAfterSeconds !== undefined && !(Number.isInteger(options.retryAfterSeconds) && options.retryAfterSeconds >= 0)) problems.push('retryAfterSeconds must be a whole number >= 0');
  if (options.statuses !== undefined && (options.statuses.length === 0 || !options.statuses.every((s) => ALLOWED.includes(s)))) problems.push(`statuses must be a non-empty list of ${ALLOWED.join(', ')}`);
  if (problems.length > 0) throw new Error(`Invalid fault options: ${problems.join('; ')}`);
  return options;
}

/** Seeded random faults plus one-shot faults queued for a user or a conversation. */
export class FaultInjector {
  private options: FaultOptions = {};
  private random: () => number = mulberry32(DEFAULT_SEED);
  private readonly queued = new Map<string, QueuedFault[]>();

  constructor(options: FaultOptions = {}) {
    this.set(options);
  }

  /** Replaces the random-fault options and restarts the seeded sequence. */
  set(options: FaultOptions): void {
    this.options = validateFaultOptions(options);
    this.random = mulberry32(options.seed ?? DEFAULT_SEED);
  }

  /** The next `times` calls that target `userOrConversation` fail with `status`. */
  failNext(userOrConversation: string, status: FaultStatus, times = 1, options: FailNextOptions = {}): void {
    if (!ALLOWED.includes(status)) throw new Error(`Unsupported fault status ${String(status)}`);
    if (!Number.isInteger(times) || times < 1) throw new Error('times must be a positive integer');
    const list = this.queued.get(userOrConversation) ?? [];
    list.push({ status, remaining: times, options });
    this.queued.set(userOrConversation, list);
  }

  clearQueued(): void {
    this.queued.clear();
  }

  /** The fault of a call about these targets (conversation id, user id), queued ones first. */
  decide(targets: readonly string[]): FaultDecision | undefined {
    for (const target of targets) {
      const list = this.queued.get(target);
      const head = list?.[0];
      if (!list || !head) continue;
      head.remaining -= 1;
      if (head.remaining <= 0) list.shift();
      return {
        status: head.status,
        retryAfterSeconds: head.options.retryAfterSeconds ?? (head.status === 429 || head.status === 503 ? 1 : undefined),
        deliveredAnyway: head.options.deliveredAnyway ?? false,
        source: 'injected',
      };
    }
    const ratio = this.options.ratio ?? 0;
    if (ratio <= 0 || this.random() >= ratio) return undefined;
    const statuses = this.options.statuses ?? DEFAULT_STATUSES;
    const status = statuses[Math.floor(this.random() * statuses.length)] ?? 429;
    const retryAfterSeconds = status === 429 || status === 503 ? (this.options.retryAfterSeconds ?? 1) : undefined;
    return { status, retryAfterSeconds, deliveredAnyway: false, source: 'random' };
  }
}
