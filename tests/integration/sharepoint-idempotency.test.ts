import type { Action, ChangeContext } from '../../src/domain/entities/index.js';
import { ConflictError } from '../../src/domain/errors.js';
import { loseFirstAnswer, startProvisionedEmulator, type ProvisionedEmulator } from '../support/sharepoint-emulator-store.js';

const ctx: ChangeContext = { actor: { id: 'pers-test', name: 'Testeuse' }, source: 'api', at: '2026-11-27T09:00:00.000Z' };
const action = (extra: Partial<Action> = {}): Action => ({ id: 'act-1', commitmentId: 'eng-a', title: 'Rénover', status: 'in_progress', half: 'first', ...extra });

/** A $batch that writes (POST, PATCH or DELETE inside). */
const writingBatch = (verb: string) => (method: string, url: string, body: string) =>
  method === 'POST' && url.endsWith('/$batch') && body.includes(`"method":"${verb}"`);

describe('SharePoint store: replayed writes after a lost answer', () => {
  let site: ProvisionedEmulator;
  beforeEach(async () => {
    site = await startProvisionedEmulator();
    const setup = await site.open();
    await setup.axis.create({ id: 'axe-a', title: 'Axe', order: 1, color: '#2E7D32' }, ctx);
    await setup.commitment.create({ id: 'eng-a', axisId: 'axe-a', reference: '1.1', title: 'Écoles', status: 'in_progress' }, ctx);
  });
  afterEach(() => site.close());

  const itemsOf = async (list: string, id: string) => (await site.emulator.inspectList(list)).filter((i) => i.fields.CapId === id);
  const historyOf = async (id: string, operation: string) =>
    (await site.emulator.inspectList('Historique')).filter((i) => i.fields.EntityId === id && i.fields.Operation === operation);

  it('a create whose answer is lost after SharePoint wrote it is not duplicated, nor is its history', async () => {
    const lose = loseFirstAnswer(writingBatch('POST'));
    const store = await site.open({ innerMiddleware: [lose] });
    const created = await store.action.create(action(), ctx);
    expect(lose.lost).toBe(1);
    expect(created).toMatchObject({ id: 'act-1', title: 'Rénover' });
    expect(await itemsOf('Actions', 'act-1')).toHaveLength(1);
    expect(await historyOf('act-1', 'Création')).toHaveLength(1);
  });

  it('a bulk create whose answer is lost writes every record once', async () => {
    const lose = loseFirstAnswer(writingBatch('POST'));
    const store = await site.open({ innerMiddleware: [lose] });
    await store.action.createMany(
      Array.from({ length: 25 }, (_, i) => action({ id: `act-${i}`, title: `Action ${i}` })),
      ctx,
    );
    expect(lose.lost).toBe(1);
    const ids = (await site.emulator.inspectList('Actions')).map((i) => i.fields.CapId);
    expect(ids).toHaveLength(25);
    expect(new Set(ids).size).toBe(25);
    expect((await site.emulator.inspectList('Historique')).filter((h) => String(h.fields.EntityId).startsWith('act-'))).toHaveLength(25);
  });

  it('an update whose answer is lost succeeds once, with one history entry, not a false conflict', async () => {
    const store = await site.open({ innerMiddleware: [loseFirstAnswer(writingBatch('PATCH'))] });
    const v1 = await store.action.create(action({ progress: 10 }), ctx);
    const v2 = await store.action.update(action({ progress: 60 }), v1.version, ctx);
    expect(v2.progress).toBe(60);
    expect(v2.version).not.toBe(v1.version);
    expect(await historyOf('act-1', 'Modification')).toHaveLength(1);
    expect((await itemsOf('Actions', 'act-1'))[0]?.fields.Progress).toBe(60);
  });

  it('a delete whose answer is lost succeeds once', async () => {
    const store = await site.open({ innerMiddleware: [loseFirstAnswer(writingBatch('DELETE'))] });
    const v1 = await store.action.create(action(), ctx);
    await store.action.delete('act-1', v1.version, ctx);
    expect(await store.action.get('act-1')).toBeUndefined();
    expect(await itemsOf('Actions', 'act-1')).toHaveLength(0);
    expect(await historyOf('act-1', 'Suppression')).toHaveLength(1);
  });

  it('two writers on one item: the second gets a ConflictError holding the first one’s record', async () => {
    // Long freshness: the second instance does not re-read before writing, so SharePoint's 412 has to catch it.
    const first = await site.open();
    const second = await site.open({ freshnessMs: 60_000 });
    const v1 = await first.action.create(action({ progress: 10 }), ctx);
    expect((await second.action.get('act-1'))?.version).toBe(v1.version);
    const won = await first.action.update(action({ progress: 40 }), v1.version, ctx);
    const error = await second.action.update(action({ progress: 90 }), v1.version, ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).current).toMatchObject({ id: 'act-1', progress: 40, version: won.version });
    expect((await itemsOf('Actions', 'act-1'))[0]?.fields.Progress).toBe(40);
    expect(await historyOf('act-1', 'Modification')).toHaveLength(1);
    // The loser now holds the winner's version and can write on top of it.
    expect((await second.action.update(action({ progress: 90 }), won.version, ctx)).progress).toBe(90);
  });
});
