import { DEFAULT_RETRY_POLICY } from '../../../src/adapters/sharepoint/graph/retry-policy.js';
import { DeltaSync, type SyncTarget } from '../../../src/adapters/sharepoint/replica/delta-sync.js';
import type { GraphListItem } from '../../../src/adapters/sharepoint/replica/graph-item.js';
import { ListReplica } from '../../../src/adapters/sharepoint/replica/list-replica.js';
import { fakeEnvironment, fakeTransport, type InnerRequest } from '../../support/sharepoint-fake-transport.js';

const decode = (item: GraphListItem) => (typeof item.fields?.CapId === 'string' ? { key: item.fields.CapId, value: item.fields } : undefined);
const item = (id: string, version: number, extra: Record<string, unknown> = {}): GraphListItem => ({
  id,
  eTag: `"{G${id}},${version}"`,
  fields: { CapId: `k${id}`, ...extra },
});
const gone = (id: string): GraphListItem => ({ id, deleted: { state: 'deleted' } });

function target(key: 'action' | 'measure', changed: string[][]): SyncTarget {
  return {
    key,
    initialLink: `/lists/${key}/items/delta`,
    itemLink: (id) => `/lists/${key}/items/${id}`,
    replica: new ListReplica(decode),
    active: true,
    onChanged: (keys) => changed.push(keys),
  };
}

/** Pages of a list's feed by URL. */
type Feed = Record<string, { status?: number; value?: GraphListItem[]; next?: string; delta?: string; location?: string }>;

function graph(feeds: Feed) {
  return fakeTransport((request: InnerRequest) => {
    const page = feeds[request.url];
    if (!page) return { status: 404, body: { error: { code: 'itemNotFound' } } };
    if (page.status === 410) return { status: 410, headers: { Location: page.location! }, body: { error: { code: 'resyncRequired' } } };
    return {
      status: 200,
      body: { value: page.value ?? [], ...(page.next ? { '@odata.nextLink': `https://graph.example/v1.0${page.next}` } : {}), ...(page.delta ? { '@odata.deltaLink': `https://graph.example/v1.0${page.delta}` } : {}) },
    };
  });
}

describe('DeltaSync', () => {
  it('loads every list in batched rounds: one round per page of the longest list', async () => {
    const changed: string[][] = [];
    const actions = target('action', changed);
    const measures = target('measure', changed);
    const transport = graph({
      '/lists/action/items/delta': { value: [item('1', 1)], delta: '/lists/action/items/delta?token=a1' },
      '/lists/measure/items/delta': { value: [item('1', 1)], next: '/lists/measure/items/delta?page=2' },
      '/lists/measure/items/delta?page=2': { value: [item('2', 1)], next: '/lists/measure/items/delta?page=3' },
      '/lists/measure/items/delta?page=3': { value: [item('3', 1)], delta: '/lists/measure/items/delta?token=m1' },
    });
    await new DeltaSync(transport, [actions, measures], DEFAULT_RETRY_POLICY, fakeEnvironment()).sync();
    expect(transport.rounds.map((r) => r.length)).toEqual([2, 1, 1]);
    expect(measures.replica.size).toBe(3);
    expect(actions.replica.deltaLink).toBe('https://graph.example/v1.0/lists/action/items/delta?token=a1');
    expect(changed).toEqual([]); // the first load is not a change
  });

  it('applies changes (deletions, duplicates: the last one wins) and reports them; nothing changed costs one round trip', async () => {
    const changed: string[][] = [];
    const actions = target('action', changed);
    const feeds: Feed = {
      '/lists/action/items/delta': { value: [item('1', 1), item('2', 1)], delta: '/lists/action/items/delta?token=1' },
      '/lists/action/items/delta?token=1': { value: [item('1', 2, { N: 'first' }), gone('2'), item('1', 3, { N: 'last' }), item('3', 1)], delta: '/lists/action/items/delta?token=2' },
      '/lists/action/items/delta?token=2': { value: [], delta: '/lists/action/items/delta?token=2' },
    };
    const transport = graph(feeds);
    const sync = new DeltaSync(transport, [actions], DEFAULT_RETRY_POLICY, fakeEnvironment());
    await sync.sync();
    await sync.sync();
    expect(changed.flat().sort()).toEqual(['k1', 'k2', 'k3']);
    expect(actions.replica.get('k1')?.value).toMatchObject({ N: 'last' });
    expect(actions.replica.get('k2')).toBeUndefined();
    const before = transport.rounds.length;
    await sync.sync();
    expect(transport.rounds.length - before).toBe(1);
  });

  it('on 410 Gone enumerates again from the Location link and reports the differences only', async () => {
    const changed: string[][] = [];
    const actions = target('action', changed);
    const transport = graph({
      '/lists/action/items/delta': { value: [item('1', 1), item('2', 1), item('3', 1)], delta: '/lists/action/items/delta?token=old' },
      '/lists/action/items/delta?token=old': { status: 410, location: 'https://graph.example/v1.0/lists/action/items/delta?restart=1' },
      '/lists/action/items/delta?restart=1': { value: [item('1', 1), item('3', 4), item('3', 5, { N: 'dup' })], next: '/lists/action/items/delta?restart=2' },
      '/lists/action/items/delta?restart=2': { value: [item('4', 1)], delta: '/lists/action/items/delta?token=new' },
    });
    const sync = new DeltaSync(transport, [actions], DEFAULT_RETRY_POLICY, fakeEnvironment());
    await sync.sync();
    await sync.sync();
    expect(changed.flat().sort()).toEqual(['k2', 'k3', 'k4']);
    expect(actions.replica.values().map((v) => (v as { CapId: string }).CapId)).toEqual(['k1', 'k3', 'k4']);
    expect(actions.replica.get('k3')?.value).toMatchObject({ N: 'dup' });
    expect(actions.replica.deltaLink).toContain('token=new');
  });

  it('reads one by one the items a feed sent without fields', async () => {
    const actions = target('action', []);
    const transport = graph({
      '/lists/action/items/delta': { value: [{ id: '1', eTag: '"{G1},1"' }], delta: '/lists/action/items/delta?token=1' },
    });
    const feeds = transport;
    const original = feeds.call.bind(feeds);
    feeds.call = (call) => {
      const requests = (call.body as { requests: InnerRequest[] }).requests;
      if (requests[0]?.url === '/lists/action/items/1')
        return Promise.resolve({ status: 200, headers: new Headers(), attempts: 1, body: { responses: [{ id: requests[0].id, status: 200, body: item('1', 1) }] } as never });
      return original(call);
    };
    await new DeltaSync(transport, [actions], DEFAULT_RETRY_POLICY, fakeEnvironment()).sync();
    expect(actions.replica.get('k1')).toBeDefined();
  });

  it('shares one sync between concurrent callers', async () => {
    const actions = target('action', []);
    const transport = graph({ '/lists/action/items/delta': { value: [], delta: '/lists/action/items/delta?token=1' } });
    const sync = new DeltaSync(transport, [actions], DEFAULT_RETRY_POLICY, fakeEnvironment());
    await Promise.all([sync.sync(), sync.sync(), sync.ensureFresh(1_000)]);
    expect(transport.rounds).toHaveLength(1);
  });
});
