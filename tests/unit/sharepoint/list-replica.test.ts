import { ChangeLog } from '../../../src/adapters/sharepoint/replica/change-log.js';
import { ListReplica } from '../../../src/adapters/sharepoint/replica/list-replica.js';
import type { GraphListItem } from '../../../src/adapters/sharepoint/replica/graph-item.js';

const decode = (item: GraphListItem) =>
  typeof item.fields?.CapId === 'string' ? { key: item.fields.CapId, value: { id: item.fields.CapId, n: item.fields.N } } : undefined;
const item = (id: string, capId: string | undefined, version: number, n = 0): GraphListItem => ({
  id,
  eTag: `"{0000-${id}},${version}"`,
  fields: { ...(capId ? { CapId: capId } : {}), N: n },
});

describe('ListReplica', () => {
  it('applies newer versions, ignores repeats and older ones, and reports changed keys', () => {
    const replica = new ListReplica(decode);
    expect(replica.upsert(item('1', 'a', 1))).toEqual(['a']);
    expect(replica.upsert(item('1', 'a', 1))).toEqual([]);
    expect(replica.upsert(item('1', 'a', 3, 30))).toEqual(['a']);
    expect(replica.upsert(item('1', 'a', 2, 20))).toEqual([]);
    expect(replica.get('a')?.value).toEqual({ id: 'a', n: 30 });
  });

  it('keeps creation order whatever order items arrive in', () => {
    const replica = new ListReplica(decode);
    for (const id of ['5', '2', '9', '1']) replica.upsert(item(id, `k${id}`, 1));
    expect(replica.values().map((v) => v.id)).toEqual(['k1', 'k2', 'k5', 'k9']);
    replica.upsert(item('2', 'k2', 2, 7));
    expect(replica.values().map((v) => v.id)).toEqual(['k1', 'k2', 'k5', 'k9']);
  });

  it('removes deleted items, and sets aside items that are not records', () => {
    const replica = new ListReplica(decode);
    replica.upsert(item('1', 'a', 1));
    expect(replica.remove('1')).toEqual(['a']);
    expect(replica.remove('1')).toEqual([]);
    expect(replica.upsert(item('2', undefined, 1))).toEqual([]);
    expect(replica.rejectedItems().map((i) => i.id)).toEqual(['2']);
    // An item that stops being readable disappears from reads, and that is a change.
    replica.upsert(item('3', 'c', 1));
    expect(replica.upsert(item('3', undefined, 2))).toEqual(['c']);
    expect(replica.get('c')).toBeUndefined();
  });

  it('replaces everything after a resync and reports exactly what differs', () => {
    const replica = new ListReplica(decode);
    for (const id of ['1', '2', '3']) replica.upsert(item(id, `k${id}`, 1));
    const changed = replica.replaceAll([item('1', 'k1', 1), item('3', 'k3', 2, 9), item('4', 'k4', 1)]);
    expect(changed.sort()).toEqual(['k2', 'k3', 'k4']);
    expect(replica.values().map((v) => v.id)).toEqual(['k1', 'k3', 'k4']);
  });

  it('keeps only the newest items when bounded', () => {
    const replica = new ListReplica(decode, 4);
    for (let i = 1; i <= 10; i += 1) replica.upsert(item(String(i), `k${i}`, 1));
    expect(replica.size).toBeLessThanOrEqual(5);
    expect(replica.values().at(-1)?.id).toBe('k10');
    expect(replica.get('k1')).toBeUndefined();
  });
});

describe('ChangeLog', () => {
  it('moves its cursor on each change and lists distinct records changed since a cursor', () => {
    const log = new ChangeLog();
    const c0 = log.cursor();
    log.record('action', 'a1');
    log.record('action', 'a1');
    log.record('measure', 'm1');
    expect(log.cursor()).not.toBe(c0);
    expect(log.since(c0, 10)).toEqual([{ kind: 'action', id: 'a1' }, { kind: 'measure', id: 'm1' }]);
    expect(log.since(log.cursor(), 10)).toEqual([]);
    expect(log.since(c0, 1)).toBeUndefined();
  });

  it('refuses cursors of another process, from the future, or older than what it keeps', () => {
    const log = new ChangeLog(3);
    const c0 = log.cursor();
    expect(new ChangeLog().since(c0, 10)).toBeUndefined();
    expect(log.since(c0.replace(/\.\d+$/, '.99'), 10)).toBeUndefined();
    expect(log.since('garbage', 10)).toBeUndefined();
    for (let i = 0; i < 10; i += 1) log.record('action', `a${i}`);
    expect(log.since(c0, 100)).toBeUndefined();
  });
});
