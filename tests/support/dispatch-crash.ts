import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openSqliteStore } from '../../src/adapters/sqlite/sqlite-store.js';
import type { DispatchStats } from '../../src/app/campaigns/dispatch/index.js';
import type { FakeBotConnector } from '../../tools/fake-bot-connector/index.js';
import type { DispatchProcessLine, DispatchProcessSettings } from './dispatch-process.js';
import { massCampaignBody, massRecipients } from './mass-campaign.js';
import { startTestServer } from './test-server.js';

const PILOTAGE = 'pers-laurent-dufresne';
const SCRIPT = path.join(__dirname, 'dispatch-process.ts');
/** The test server's fixed "now": the campaign is launched then, and the dispatch processes' clock starts there. */
const LAUNCHED_AT = '2026-11-27T09:00:00.000Z';

/** A launched campaign on a SQLite file, its outbox waiting for dispatch processes. */
export interface CrashCampaign {
  db: string;
  userIds: string[];
  /** The shifted clock every process reads: LAUNCHED_AT when the campaign was prepared, moving with real time. */
  clockOffsetMs: number;
  remove(): void;
}

/** Seeds the demo commune and `recipients` Teams users on a SQLite file and launches a one-card campaign to them. */
export async function prepareCrashCampaign(fake: FakeBotConnector, recipients: number): Promise<CrashCampaign> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-mandat-crash-'));
  const db = path.join(dir, 'store.sqlite');
  const server = await startTestServer({ store: openSqliteStore(db) });
  try {
    const { personIds, userIds } = await massRecipients(server.store, fake, recipients);
    const created = await server.api('/campaigns', { method: 'POST', as: PILOTAGE, body: massCampaignBody(personIds) });
    const launched = await server.api(`/campaigns/${created.body.id}/launch`, { method: 'POST', as: PILOTAGE, headers: { 'If-Match': created.headers.get('etag')! } });
    if (launched.body?.queued !== recipients) throw new Error(`launch queued ${JSON.stringify(launched.body)}`);
    return { db, userIds, clockOffsetMs: Date.parse(LAUNCHED_AT) - Date.now(), remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
  } finally {
    await server.close();
  }
}

/** A dispatcher process and what it said. */
export interface DispatchProcess {
  child: ChildProcess;
  /** Resolves once the dispatcher is built and started. */
  started(): Promise<void>;
  /** Resolves with the counters of a `drain` process when it is done (rejects if it exits without them). */
  drained(): Promise<DispatchStats>;
  /** SIGKILL: no graceful stop, no last write. Resolves once the process is gone. */
  kill(): Promise<void>;
}

/** Starts `tests/support/dispatch-process.ts` in a Node process of its own (tsx as a loader, so a kill reaches it). */
export function startDispatchProcess(settings: DispatchProcessSettings): DispatchProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, JSON.stringify(settings)], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: DispatchProcessLine[] = [];
  const waiting: (() => void)[] = [];
  let stderr = '';
  let buffer = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    buffer += chunk;
    for (let end = buffer.indexOf('\n'); end >= 0; end = buffer.indexOf('\n')) {
      lines.push(JSON.parse(buffer.slice(0, end)) as DispatchProcessLine);
      buffer = buffer.slice(end + 1);
      waiting.splice(0).forEach((wake) => wake());
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  let gone = false;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      gone = true;
      waiting.splice(0).forEach((wake) => wake());
      resolve();
    }),
  );

  const lineOf = async <T>(pick: (line: DispatchProcessLine) => T | undefined, what: string): Promise<T> => {
    for (;;) {
      for (const line of lines) {
        const found = pick(line);
        if (found !== undefined) return found;
      }
      if (gone) throw new Error(`dispatch process ${settings.instanceId} exited before ${what}: ${stderr.slice(-2_000)}`);
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
  };
  return {
    child,
    started: () => lineOf((l) => ('started' in l ? true : undefined), 'starting').then(() => undefined),
    drained: () => lineOf((l) => ('drained' in l ? l.stats : undefined), 'draining'),
    async kill() {
      if (!gone) child.kill('SIGKILL');
      await exited;
    },
  };
}

/** How many cards each recipient received, and what that says: none lost, how many twice. */
export function deliveryCounts(fake: FakeBotConnector, userIds: readonly string[]): { lost: number; duplicates: number; twice: string[] } {
  const counts = userIds.map((u) => fake.sentTo(u).length);
  return {
    lost: counts.filter((n) => n === 0).length,
    duplicates: counts.reduce((sum, n) => sum + Math.max(0, n - 1), 0),
    twice: userIds.filter((_, i) => counts[i]! > 1),
  };
}
