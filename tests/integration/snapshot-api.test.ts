import type { SnapshotComparisonDto, SnapshotDto } from '../../src/app/bilan/bilan-api.types.js';
import { encodeSnapshot } from '../../src/app/bilan/snapshot/snapshot-codec.js';
import { IntegrityError } from '../../src/domain/errors.js';
import { ENTITY_KINDS, type ChangeContext } from '../../src/domain/entities/index.js';
import { expectApiError, expectFieldErrors } from '../support/api-assertions.js';
import { AS, startBilanTestServer, type BilanTestServer } from '../support/bilan-test-server.js';

const ctx: ChangeContext = { actor: { id: 'fixture', name: 'Fixture' }, source: 'seed', at: '2026-11-27T08:00:00.000Z' };

let server: BilanTestServer;
beforeAll(async () => {
  server = await startBilanTestServer();
});
afterAll(() => server.close());

const take = (title: string, as = AS.pilotage, extra: Record<string, unknown> = {}) => server.api('/snapshots', { method: 'POST', body: { title, ...extra }, as });
const listed = async (): Promise<SnapshotDto[]> => (await server.api('/snapshots')).body.items;

describe('taking a snapshot', () => {
  it('freezes every record of every kind, answers 201 with its header and audits it', async () => {
    const res = await take('Bilan de mi-mandat — mars 2029', AS.pilotage, { asOf: '2026-11-20' });
    expect(res.status).toBe(201);
    const header = res.body as SnapshotDto;
    expect(res.headers.get('location')).toBe(`/api/v1/snapshots/${header.id}`);
    expect(header).toMatchObject({ title: 'Bilan de mi-mandat — mars 2029', asOf: '2026-11-20', takenBy: AS.pilotage, takenAt: '2026-11-27T09:00:00.000Z' });
    expect(header.sha256).toMatch(/^[0-9a-f]{64}$/);
    for (const kind of ENTITY_KINDS) expect([kind, header.counts[kind]]).toEqual([kind, await server.store[kind].count()]);
    const parts = await server.store.operations.snapshot_part.find({ snapshotId: header.id });
    expect(parts).toHaveLength(header.partCount);
    expect(parts.every((p) => p.data.length <= 60_000)).toBe(true);
    const audit = await server.store.operations.audit.find({ action: 'snapshot_taken' });
    expect(audit).toEqual([expect.objectContaining({ actorId: AS.pilotage, actorRole: 'pilotage', targetKind: 'snapshot', targetId: header.id })]);
  });

  it('takes today as the date when none is given', async () => {
    const res = await take('Sans date', AS.administrator);
    expect(res.body.asOf).toBe('2026-11-27');
  });

  it('refuses bad input field by field and writes nothing', async () => {
    const before = (await listed()).length;
    expectFieldErrors(await server.api('/snapshots', { method: 'POST', body: { asOf: '2026-13-01', color: 'x' } }), ['title', 'asOf', 'color']);
    expectFieldErrors(await take('Futur', AS.administrator, { asOf: '2027-01-01' }), ['asOf']);
    expectFieldErrors(await take('   '), ['title']);
    expect(await listed()).toHaveLength(before);
  });

  it.each([['reader'], ['elected'], ['service_head']] as const)('refuses %s (403) and writes nothing', async (role) => {
    const before = (await listed()).length;
    expectApiError(await take('Interdit', AS[role]), 403, 'forbidden');
    expect(await listed()).toHaveLength(before);
    expect(await server.store.operations.audit.find({ actorId: AS[role] })).toEqual([]);
  });
});

describe('reading snapshots back', () => {
  it('lists headers newest first, readable by everyone', async () => {
    const items = (await server.api('/snapshots', { as: AS.reader })).body.items as SnapshotDto[];
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items.map((s) => s.takenAt)).toEqual([...items.map((s) => s.takenAt)].sort().reverse());
  });

  it('reads the content back whole, verified, as it was when taken', async () => {
    const { body: header } = await take('Avant modifications');
    const action = (await server.store.action.get('act-001'))!;
    await server.store.action.update({ ...action, title: 'Titre changé après coup' }, action.version, ctx);
    const res = await server.api(`/snapshots/${header.id}?content=true`, { as: AS.service_head });
    expect(res.status).toBe(200);
    expect(res.body.verified).toBe(true);
    expect(res.body.snapshot).toEqual(header);
    const frozen = res.body.content.records.action.find((a: { id: string }) => a.id === 'act-001');
    expect(frozen.title).toBe(action.title);
    expect(res.body.content.records.measure).toHaveLength(header.counts.measure);
    const light = await server.api(`/snapshots/${header.id}`);
    expect(light.body.content).toBeUndefined();
  });

  it('refuses to serve a snapshot whose content does not match its fingerprint (500 snapshot_corrupt)', async () => {
    const ops = server.store.operations;
    const encoded = await encodeSnapshot({ format: 1, asOf: '2026-11-27', takenAt: '2026-11-27T09:00:00.000Z', records: Object.fromEntries(ENTITY_KINDS.map((k) => [k, []])) as never, campaigns: [], responses: [] });
    await ops.snapshot_part.createMany(encoded.parts.map((data, index) => ({ id: `snap-bad.p${index}`, snapshotId: 'snap-bad', index, data })));
    await ops.snapshot.create({ id: 'snap-bad', title: 'Altéré', asOf: '2026-11-27', takenAt: '2026-11-27T09:00:00.000Z', takenBy: AS.administrator, partCount: encoded.parts.length, sha256: '0'.repeat(64), counts: {} });
    await ops.snapshot.create({ id: 'snap-short', title: 'Incomplet', asOf: '2026-11-27', takenAt: '2026-11-27T09:00:00.000Z', takenBy: AS.administrator, partCount: 3, sha256: encoded.sha256, counts: {} });
    const res = await server.api('/snapshots/snap-bad');
    expectApiError(res, 500, 'snapshot_corrupt');
    expect(res.body.error.message).toMatch(/empreinte/);
    expectApiError(await server.api('/snapshots/snap-short?lang=en'), 500, 'snapshot_corrupt');
    expectApiError(await server.api('/exports/public.html?snapshot=snap-bad'), 500, 'snapshot_corrupt');
    expectApiError(await server.api('/snapshots/snap-nowhere'), 404, 'not_found');
  });
});

describe('a snapshot never changes', () => {
  it('has no route to change or delete one', async () => {
    const [first] = await listed();
    for (const method of ['PUT', 'PATCH', 'DELETE']) expectApiError(await server.api(`/snapshots/${first!.id}`, { method, body: { title: 'Autre' } }), 404, 'route_not_found');
    expect((await server.api(`/snapshots/${first!.id}`)).body.snapshot).toEqual(first);
  });

  it('is refused by the store: header and parts cannot be updated or deleted', async () => {
    const [first] = await listed();
    const ops = server.store.operations;
    const header = (await ops.snapshot.get(first!.id))!;
    const [part] = await ops.snapshot_part.find({ snapshotId: first!.id });
    const { version: _v, createdAt: _c, updatedAt: _u, ...data } = header;
    await expect(ops.snapshot.update({ ...data, title: 'Réécrit' }, header.version)).rejects.toMatchObject({ code: 'immutable' });
    await expect(ops.snapshot.delete(header.id, header.version)).rejects.toBeInstanceOf(IntegrityError);
    await expect(ops.snapshot_part.update({ id: part!.id, snapshotId: part!.snapshotId, index: part!.index, data: 'AAAA' }, part!.version)).rejects.toMatchObject({ code: 'immutable' });
    await expect(ops.snapshot_part.delete(part!.id, part!.version)).rejects.toMatchObject({ code: 'immutable' });
    const read = await server.api(`/snapshots/${first!.id}`);
    expect(read.body).toMatchObject({ verified: true, snapshot: { title: first!.title } });
  });
});

describe('comparing', () => {
  it('tells what moved between a snapshot and today: added, removed, changed fields, slipped actions, progress', async () => {
    const { body: header } = await take('Point de départ');
    const action = (await server.store.action.get('act-002'))!;
    await server.store.action.update({ ...action, progress: Math.max(0, (action.progress ?? 50) - 20), status: 'in_progress', revisedDueDate: '2031-12-31' }, action.version, ctx);
    await server.store.axis.create({ id: 'axe-new', title: 'Culture pour tous', order: 7, color: '#6A1B9A' }, ctx);
    const feedback = (await server.store.feedback.get('ret-01'))!;
    await server.store.feedback.delete('ret-01', feedback.version, ctx);

    const res = await server.api(`/snapshots/compare?from=${header.id}&to=today`, { as: AS.elected });
    expect(res.status).toBe(200);
    const cmp = res.body as SnapshotComparisonDto;
    expect(cmp.from).toMatchObject({ kind: 'snapshot', id: header.id, title: 'Point de départ' });
    expect(cmp.to).toEqual({ kind: 'today', asOf: '2026-11-27' });
    expect(cmp.added).toEqual([{ kind: 'axis', id: 'axe-new', label: 'Culture pour tous' }]);
    expect(cmp.removed).toEqual([{ kind: 'feedback', id: 'ret-01', label: feedback.title }]);
    const changed = cmp.changed.find((c) => c.id === 'act-002')!;
    expect(changed.fields.map((f) => f.field)).toEqual(expect.arrayContaining(['progress', 'revisedDueDate']));
    expect(cmp.slipped).toEqual([expect.objectContaining({ id: 'act-002', reasons: expect.arrayContaining(['due_date_later', 'progress_down']) })]);
    expect(cmp.counts.axis).toEqual({ added: 1, removed: 0, changed: 0 });
    expect(cmp.progress.axes.map((a) => a.id)).toContain('axe-new');
    expect(cmp.truncated).toBe(false);
  });

  it('compares two snapshots, and a snapshot with itself finds nothing', async () => {
    const [newest, older] = await listed();
    const same = (await server.api(`/snapshots/compare?from=${newest!.id}&to=${newest!.id}`)).body as SnapshotComparisonDto;
    expect([same.added, same.removed, same.changed, same.slipped]).toEqual([[], [], [], []]);
    const res = await server.api(`/snapshots/compare?from=${older!.id}&to=${newest!.id}`);
    expect(res.status).toBe(200);
    expect(res.body.to).toMatchObject({ kind: 'snapshot', id: newest!.id });
  });

  it('needs both sides and known snapshots', async () => {
    expectFieldErrors(await server.api('/snapshots/compare?from=x'), ['to']);
    expectApiError(await server.api('/snapshots/compare?from=snap-nowhere&to=today'), 404, 'not_found');
  });
});

describe('the answers frozen in a snapshot', () => {
  it('are read back by those who may read internal fields, not by readers', async () => {
    await server.store.operations.campaign.create({ id: 'camp-gel', kind: 'elected_self_assessment', title: 'Auto-évaluation', audience: { kind: 'elected_officials' }, openingDate: '2026-11-01', deadline: '2026-11-20', reminderOffsets: [], applyMode: 'proposals', state: 'closed', launchedAt: '2026-11-01T08:00:00.000Z' });
    await server.store.operations.response.create({ id: 'resp-gel', campaignId: 'camp-gel', deliveryId: 'del-gel', personId: AS.elected, submittedAt: '2026-11-02T08:00:00.000Z', answers: { kind: 'elected_self_assessment', bySubject: { 'eng-1-1': { score: 3, difficulties: 'Calendrier serré' } } } });
    const { body: header } = await take('Avec réponses');
    expect(header.counts).toMatchObject({ campaign: 1, response: 1 });
    const elected = await server.api(`/snapshots/${header.id}?content=true`, { as: AS.elected });
    expect(elected.body.content.responses).toHaveLength(1);
    expectApiError(await server.api(`/snapshots/${header.id}?content=true`, { as: AS.reader }), 403, 'forbidden');
    expect((await server.api(`/snapshots/${header.id}`, { as: AS.reader })).body).toMatchObject({ verified: true, snapshot: { id: header.id } });
    expectApiError(await server.api(`/snapshots/compare?from=${header.id}&to=today`, { as: AS.reader }), 403, 'forbidden');
  });
});
