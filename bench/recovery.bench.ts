import { openSqliteStore } from '../src/adapters/sqlite/sqlite-store.js';
import { DEFAULT_DISPATCH_OPTIONS, renewalIntervalOf } from '../src/app/campaigns/dispatch/dispatch-options.js';
import { startFakeBotConnector } from '../tools/fake-bot-connector/index.js';
import { deliveryCounts, prepareCrashCampaign, startDispatchProcess } from '../tests/support/dispatch-crash.js';

/** What the crash-recovery bench measured, with the dispatcher's default lease. */
export interface RecoveryBenchReport {
  recipients: number;
  leaseMs: number;
  renewEveryMs: number;
  /** Sends in flight (answers held by the fake Teams) when the first process was killed. */
  inFlightAtKill: number;
  /** From the SIGKILL to the replacement process started (Node + tsx + the app: what a restart costs). */
  restartMs: number;
  /** How long the leases of the sends in flight still ran at the kill (the longest). */
  leaseLeftMs: number;
  /** From the SIGKILL to the first card in flight sent again, and to the outbox drained. */
  firstResendMs: number;
  drainedMs: number;
  goalMs: number;
  /** drainedMs / goalMs (≤ 1: within the goal). */
  ratio: number;
  lost: number;
  duplicates: number;
}

const RECIPIENTS = 200;
const IN_FLIGHT = DEFAULT_DISPATCH_OPTIONS.concurrency;
/** Recovery after a crash should start and end within 30 s. */
export const RECOVERY_GOAL_MS = 30_000;

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A dispatcher process with the default options has its sends in flight (the fake Teams delivers them and holds the
 * answers) and is killed with SIGKILL just after it renewed all their leases, the worst instant: the leases then
 * run a whole lease. A replacement process starts at once; the figures are read from the kill.
 */
export async function runRecoveryBench(progress: (line: string) => void = () => undefined): Promise<RecoveryBenchReport> {
  const fake = await startFakeBotConnector({ rateLimits: { tenantPerSecond: 1_000 } });
  const campaign = await prepareCrashCampaign(fake, RECIPIENTS);
  const reader = openSqliteStore(campaign.db);
  const base = { db: campaign.db, concurrency: IN_FLIGHT, ratePerSecond: 100, clockOffsetMs: campaign.clockOffsetMs };
  fake.holdAnswers(IN_FLIGHT);
  const first = startDispatchProcess({ ...base, instanceId: 'web-a', mode: 'run' });
  try {
    await first.started();
    while (fake.heldAnswers() < IN_FLIGHT) await pause(20);
    progress(`${IN_FLIGHT} sends in flight; waiting for a renewal of their leases…`);
    const versions = async (): Promise<string[]> => (await reader.operations.outbox.find({ state: 'sending' })).map((i) => i.version);
    const claimed = await versions();
    // Every lease renewed: killed now, they run a whole lease more (the last send started at the kill would too).
    while ((await versions()).some((v, i) => v === claimed[i])) await pause(20);

    const leases = (await reader.operations.outbox.find({ state: 'sending' })).map((i) => Date.parse(i.leaseUntil!));
    const inFlightAtKill = fake.heldAnswers();
    const killedAt = Date.now();
    await first.kill();
    const replacement = startDispatchProcess({ ...base, instanceId: 'web-c', mode: 'drain', withinMs: 2 * DEFAULT_DISPATCH_OPTIONS.leaseMs });
    fake.releaseAnswers();
    await replacement.started();
    const restartMs = Date.now() - killedAt;
    const leaseLeftMs = Math.max(...leases) - (killedAt + campaign.clockOffsetMs);
    progress(`killed; replacement started after ${(restartMs / 1000).toFixed(1)} s, waiting for the leases to run out…`);
    await replacement.drained();
    const drainedMs = Date.now() - killedAt;

    const counts = deliveryCounts(fake, campaign.userIds);
    const resends = counts.twice.map((u) => fake.sentTo(u)[1]!.at);
    return {
      recipients: RECIPIENTS,
      leaseMs: DEFAULT_DISPATCH_OPTIONS.leaseMs,
      renewEveryMs: renewalIntervalOf(DEFAULT_DISPATCH_OPTIONS),
      inFlightAtKill,
      restartMs,
      leaseLeftMs,
      firstResendMs: resends.length ? Math.min(...resends) - killedAt : NaN,
      drainedMs,
      goalMs: RECOVERY_GOAL_MS,
      ratio: drainedMs / RECOVERY_GOAL_MS,
      lost: counts.lost,
      duplicates: counts.duplicates,
    };
  } finally {
    await first.kill();
    await reader.close();
    await fake.stop();
    campaign.remove();
  }
}

/** The figures as the bench prints them. */
export function formatRecoveryReport(r: RecoveryBenchReport): string {
  const s = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
  return [
    `Recovery after a hard kill (SIGKILL), default lease ${s(r.leaseMs)} renewed every ${s(r.renewEveryMs)}, ${r.recipients} recipients:`,
    `  sends in flight at the kill: ${r.inFlightAtKill}`,
    `  replacement process started: ${s(r.restartMs)} after the kill; leases still running at the kill: ${s(r.leaseLeftMs)}`,
    `  first card in flight sent again: ${s(r.firstResendMs)} after the kill (${(r.firstResendMs / r.goalMs).toFixed(2)} × the ${s(r.goalMs)} goal)`,
    `  outbox drained: ${s(r.drainedMs)} after the kill (${r.ratio.toFixed(2)} × the ${s(r.goalMs)} goal)${r.drainedMs > r.goalMs ? ' — over the goal' : ''}`,
    `  lost ${r.lost}, duplicates ${r.duplicates} (bound: ${r.inFlightAtKill}, the sends in flight)`,
  ].join('\n');
}
