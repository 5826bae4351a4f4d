import type { Middleware } from '@microsoft/microsoft-graph-client';
import type { Action, ChangeContext } from '../../src/domain/entities/index.js';
import { IntegrityError } from '../../src/domain/errors.js';
import { seedCommitment, startProvisionedEmulator, type ProvisionedEmulator } from '../support/sharepoint-emulator-store.js';

const ctx: ChangeContext = { actor: { id: 'pers-test', name: 'Testeuse' }, source: 'api', at: '2026-11-27T09:00:00.000Z' };
const action = (id: string): Action => ({ id, commitmentId: 'eng-a', title: `Action ${id}`, status: 'in_progress', half: 'first' });

interface SentMember {
  id: string;
  dependsOn?: string[];
}

/** Records the members of every `$batch` the store sends, as they leave (resent remainders included). */
function batchRecorder(): Middleware & { batches: SentMember[][] } {
  let next: Middleware | undefined;
  return {
    batches: [],
    async execute(context) {
      const url = typeof context.request === 'string' ? context.request : context.request.url;
      if (url.endsWith('/$batch') && typeof context.options?.body === 'string') {
        this.batches.push((JSON.parse(context.options.body) as { requests: SentMember[] }).requests);
      }
      await next?.execute(context);
    },
    setNext(middleware: Middleware) {
      next = middleware;
    },
  };
}

const parallel = (batch: SentMember[]): boolean => batch.every((m) => !m.dependsOn?.length);

describe('SharePoint store: bulk create sends only $batch shapes Graph accepts', () => {
  let site: ProvisionedEmulator;
  beforeEach(async () => {
    site = await startProvisionedEmulator();
    await seedCommitment(site, ctx);
  });
  afterEach(() => site.close());

  const historyOf = async (prefix: string) => (await site.emulator.inspectList('Historique')).filter((h) => String(h.fields.EntityId).startsWith(prefix));

  it('writes 45 records and their history once each, under 30 % throttling, in parallel batches only', async () => {
    const recorder = batchRecorder();
    const store = await site.open({ innerMiddleware: [recorder] });
    site.emulator.setFaults({ failureRate: 0.3, retryAfterSeconds: 0, seed: 11 });
    await store.action.createMany(Array.from({ length: 45 }, (_, i) => action(`act-${i}`)), ctx);
    site.emulator.setFaults({ failureRate: 0 });
    expect(site.emulator.stats().throttled).toBeGreaterThan(0);
    const ids = (await site.emulator.inspectList('Actions')).map((i) => i.fields.CapId);
    expect(ids).toHaveLength(45);
    expect(new Set(ids).size).toBe(45);
    expect(await historyOf('act-')).toHaveLength(45);
    expect(recorder.batches.length).toBeGreaterThanOrEqual(6);
    expect(recorder.batches.filter((b) => !parallel(b))).toEqual([]);
    expect(Math.max(...recorder.batches.map((b) => b.length))).toBe(20);
    await store.close();
  });

  it('rolls back records and history when one create fails for good (an id already used)', async () => {
    const store = await site.open();
    await store.action.create(action('act-taken'), ctx);
    const records = Array.from({ length: 30 }, (_, i) => action(i === 25 ? 'act-taken' : `act-${i}`));
    await expect(store.action.createMany(records, ctx)).rejects.toBeInstanceOf(IntegrityError);
    expect((await site.emulator.inspectList('Actions')).map((i) => i.fields.CapId)).toEqual(['act-taken']);
    expect((await historyOf('act-')).map((h) => h.fields.EntityId)).toEqual(['act-taken']);
    await store.close();
  });
});
