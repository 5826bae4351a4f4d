import { chunkSteps, runBatch, type BatchStep } from '../../../src/adapters/sharepoint/graph/batch.js';
import { DEFAULT_RETRY_POLICY } from '../../../src/adapters/sharepoint/graph/retry-policy.js';
import { fakeEnvironment, fakeTransport } from '../../support/sharepoint-fake-transport.js';

const policy = { ...DEFAULT_RETRY_POLICY, maxAttempts: 4 };
const create: BatchStep = { id: 'c', method: 'POST', url: '/sites/s/lists/l/items', body: { fields: { CapId: 'a' } } };
const history: BatchStep = { id: 'h', method: 'POST', url: '/sites/s/lists/h/items', body: { fields: {} }, dependsOn: ['c'] };
const read: BatchStep = { id: 'r', method: 'GET', url: '/sites/s/lists/l/items/1' };

describe('$batch with inner retries', () => {
  it('sends everything in one round trip, with Content-Type on bodies and dependsOn kept', async () => {
    const transport = fakeTransport(() => ({ status: 200 }));
    const answers = await runBatch(transport, [create, history, read], policy, fakeEnvironment());
    expect(transport.rounds).toHaveLength(1);
    expect(transport.rounds[0]![0]).toMatchObject({ id: 'c', headers: { 'Content-Type': 'application/json' } });
    expect(transport.rounds[0]![1]).toMatchObject({ id: 'h', dependsOn: ['c'] });
    expect(transport.rounds[0]![2]!.headers).toBeUndefined();
    expect([...answers.keys()].sort()).toEqual(['c', 'h', 'r']);
  });

  it('sends again, after the longest Retry-After, a throttled member and the members refused because of it', async () => {
    const env = fakeEnvironment();
    const transport = fakeTransport((request, round) => {
      if (round === 1 && request.id === 'c') return { status: 429, headers: { 'Retry-After': '2' } };
      if (round === 1 && request.id === 'h') return { status: 424 };
      return { status: request.method === 'POST' ? 201 : 200 };
    });
    const answers = await runBatch(transport, [create, history, read], policy, env);
    expect(transport.rounds.map((r) => r.map((x) => x.id))).toEqual([['c', 'h', 'r'], ['c', 'h']]);
    // The dependency is sent again with its dependent, so dependsOn stays.
    expect(transport.rounds[1]![1]!.dependsOn).toEqual(['c']);
    expect(env.slept[0]).toBeGreaterThanOrEqual(2_000);
    expect(answers.get('c')).toMatchObject({ status: 201, attempts: 2 });
    expect(answers.get('r')).toMatchObject({ status: 200, attempts: 1 });
  });

  it('drops a dependency that already succeeded when only the dependent is sent again', async () => {
    const transport = fakeTransport((request, round) => (round === 1 && request.id === 'h' ? { status: 503 } : { status: 201 }));
    await runBatch(transport, [create, history], policy, fakeEnvironment());
    expect(transport.rounds[1]).toEqual([expect.objectContaining({ id: 'h' })]);
    expect(transport.rounds[1]![0]!.dependsOn).toBeUndefined();
  });

  it('keeps a final failure and the 424 of its dependents without sending them again', async () => {
    const transport = fakeTransport((request) => (request.id === 'c' ? { status: 412 } : request.id === 'h' ? { status: 424 } : { status: 200 }));
    const answers = await runBatch(transport, [create, history], policy, fakeEnvironment());
    expect(transport.rounds).toHaveLength(1);
    expect(answers.get('h')?.status).toBe(424);
  });

  it('gives up after the last attempt with the throttled answer', async () => {
    const transport = fakeTransport(() => ({ status: 429, headers: { 'retry-after': '0' } }));
    const answers = await runBatch(transport, [read], policy, fakeEnvironment());
    expect(transport.rounds).toHaveLength(4);
    expect(answers.get('r')?.status).toBe(429);
  });

  it('refuses more than 20 members and chunks groups without splitting them', async () => {
    const steps = (n: number, p: string) => Array.from({ length: n }, (_, i): BatchStep => ({ id: `${p}${i}`, method: 'GET', url: '/x' }));
    await expect(runBatch(fakeTransport(() => ({ status: 200 })), steps(21, 's'), policy, fakeEnvironment())).rejects.toThrow(/at most 20/);
    const chunks = chunkSteps([steps(12, 'a'), steps(6, 'b'), steps(4, 'c')]);
    expect(chunks.map((c) => c.length)).toEqual([18, 4]);
  });
});
