import { etagOf, expectApiError, expectNothingWritten, folded, idsOf } from '../support/api-assertions.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/** Ids of demo records that new records point at, looked up through the API. */
interface Refs {
  axisId: string;
  commitmentId: string;
  serviceId: string;
  personId: string;
  indicatorId: string;
}

interface CrudCase {
  collection: string;
  kind: string;
  create: (refs: Refs) => Record<string, unknown>;
  /** A field to change and its new value. */
  change: [field: string, value: unknown];
  /** An optional field present at creation that `null` must clear. */
  cleared: string;
}

const CASES: CrudCase[] = [
  {
    collection: 'axes',
    kind: 'axis',
    create: () => ({ title: 'Culture pour tous', description: 'Ouvrir les équipements.', order: 42, color: '#1F6FEB' }),
    change: ['title', 'Culture et patrimoine'],
    cleared: 'description',
  },
  {
    collection: 'commitments',
    kind: 'commitment',
    create: (r) => ({
      axisId: r.axisId,
      reference: '9.1',
      title: 'Ouvrir une médiathèque le dimanche',
      description: 'Trois dimanches par mois.',
      leadPersonId: r.personId,
      status: 'planned',
    }),
    change: ['status', 'in_progress'],
    cleared: 'description',
  },
  {
    collection: 'actions',
    kind: 'action',
    create: (r) => ({
      commitmentId: r.commitmentId,
      title: 'Recruter deux bibliothécaires',
      description: 'Postes ouverts au concours.',
      serviceId: r.serviceId,
      status: 'planned',
      startDate: '2027-01-01',
      dueDate: '2027-06-30',
      progress: 10,
      half: 'first',
    }),
    change: ['progress', 35],
    cleared: 'description',
  },
  {
    collection: 'indicators',
    kind: 'indicator',
    create: (r) => ({
      commitmentId: r.commitmentId,
      name: 'Heures d’ouverture le dimanche',
      description: 'Par mois.',
      unit: 'heures',
      direction: 'increase',
      baselineValue: 0,
      baselineDate: '2026-01-01',
      targetValue: 24,
      targetDate: '2028-01-01',
      frequency: 'monthly',
    }),
    change: ['targetValue', 30],
    cleared: 'description',
  },
  {
    collection: 'measures',
    kind: 'measure',
    create: (r) => ({ indicatorId: r.indicatorId, date: '2026-10-31', value: 12, source: 'manual', comment: 'Relevé provisoire' }),
    change: ['value', 13],
    cleared: 'comment',
  },
  {
    collection: 'services',
    kind: 'service',
    create: (r) => ({ name: 'Service des archives', code: 'ARCH', parentId: r.serviceId }),
    change: ['name', 'Archives municipales'],
    cleared: 'code',
  },
  {
    collection: 'people',
    kind: 'person',
    create: () => ({ displayName: 'Hugo Marchand', jobTitle: 'Archiviste', email: 'hugo.marchand@example.fr', role: 'reader' }),
    change: ['role', 'pilotage'],
    cleared: 'jobTitle',
  },
  {
    collection: 'feedback',
    kind: 'feedback',
    create: () => ({
      kind: 'citizen_workshop',
      title: 'Atelier bibliothèque',
      date: '2026-09-12',
      summary: 'Les habitants demandent des horaires élargis.',
      participants: 35,
    }),
    change: ['title', 'Atelier lecture publique'],
    cleared: 'participants',
  },
];

let server: TestServer;
let refs: Refs;
let me: { personId: string; displayName: string };

async function firstId(path: string): Promise<string> {
  const res = await server.api(path);
  expect(res.status).toBe(200);
  expect(res.body.items.length).toBeGreaterThan(0);
  return res.body.items[0].id as string;
}

async function listAll(collection: string): Promise<Record<string, unknown>[]> {
  const res = await server.api(`/${collection}?limit=5000`);
  expect(res.status).toBe(200);
  return res.body.items as Record<string, unknown>[];
}

beforeAll(async () => {
  server = await startTestServer();
  refs = {
    axisId: await firstId('/axes'),
    commitmentId: await firstId('/commitments'),
    serviceId: await firstId('/services'),
    personId: await firstId('/people?role=elected'),
    indicatorId: await firstId('/indicators'),
  };
  me = (await server.api('/me')).body;
});
afterAll(() => server.close());

describe.each(CASES)('$collection: create, read, update, delete, history', ({ collection, kind, create, change, cleared }) => {
  it('goes through the whole life of a record and keeps its history after deletion', async () => {
    const input = create(refs);
    const [field, value] = change;

    const created = await server.api(`/${collection}`, { method: 'POST', body: input });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject(input);
    const id = created.body.id as string;
    expect(id).toMatch(/^[A-Za-z0-9_.:-]+$/);
    expect(created.headers.get('location')).toBe(`/api/v1/${collection}/${encodeURIComponent(id)}`);
    expect(created.headers.get('etag')).toBe(etagOf(created.body.version));

    const read = await server.api(`/${collection}/${id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(created.body);
    expect(read.headers.get('etag')).toBe(created.headers.get('etag'));

    const patched = await server.api(`/${collection}/${id}`, {
      method: 'PATCH',
      body: { [field]: value, [cleared]: null },
      headers: { 'If-Match': read.headers.get('etag')! },
    });
    expect(patched.status).toBe(200);
    expect(patched.body[field]).toEqual(value);
    expect(patched.body).not.toHaveProperty(cleared);
    expect(patched.headers.get('etag')).toBe(etagOf(patched.body.version));
    expect(patched.headers.get('etag')).not.toBe(read.headers.get('etag'));
    const reread = await server.api(`/${collection}/${id}`);
    expect(reread.body).toEqual(patched.body);

    const deleted = await server.api(`/${collection}/${id}`, { method: 'DELETE', headers: { 'If-Match': patched.headers.get('etag')! } });
    expect(deleted.status).toBe(204);
    expectApiError(await server.api(`/${collection}/${id}`), 404, 'not_found');

    const history = await server.api(`/${collection}/${id}/history`);
    expect(history.status).toBe(200);
    const entries = history.body.items as Record<string, unknown>[];
    expect(entries.map((e) => e.operation)).toEqual(['delete', 'update', 'create']);
    for (const entry of entries)
      expect(entry).toMatchObject({ entityType: kind, entityId: id, source: 'api', actor: { id: me.personId, name: me.displayName } });
    const [del, upd, cre] = entries as { changes: { field: string; old: unknown; new: unknown }[] }[];
    expect(cre!.changes).toEqual(expect.arrayContaining([{ field, old: null, new: input[field] }, { field: cleared, old: null, new: input[cleared] }]));
    expect(upd!.changes).toEqual(
      expect.arrayContaining([
        { field, old: input[field], new: value },
        { field: cleared, old: input[cleared], new: null },
      ]),
    );
    expect(upd!.changes).toHaveLength(2);
    expect(del!.changes).toEqual(expect.arrayContaining([{ field, old: value, new: null }]));
  });
});

describe('list filters', () => {
  it('lists actions of one service, and only those', async () => {
    const all = await listAll('actions');
    const serviceId = all.find((a) => a.serviceId)!.serviceId as string;
    const res = await server.api(`/actions?serviceId=${serviceId}`);
    expect(res.status).toBe(200);
    const expected = all.filter((a) => a.serviceId === serviceId);
    expect(expected.length).toBeLessThan(all.length);
    expect(idsOf(res.body.items)).toEqual(idsOf(expected));
    expect(res.body.total).toBe(expected.length);
  });

  it('lists actions by several statuses and by weather', async () => {
    const all = await listAll('actions');
    const byStatus = await server.api('/actions?status=blocked,done');
    const expectedStatus = all.filter((a) => a.status === 'blocked' || a.status === 'done');
    expect(expectedStatus.length).toBeGreaterThan(0);
    expect(expectedStatus.length).toBeLessThan(all.length);
    expect(idsOf(byStatus.body.items)).toEqual(idsOf(expectedStatus));

    const byWeather = await server.api('/actions?weather=stormy');
    const expectedWeather = all.filter((a) => a.weather === 'stormy');
    expect(expectedWeather.length).toBeGreaterThan(0);
    expect(idsOf(byWeather.body.items)).toEqual(idsOf(expectedWeather));
  });

  it('finds actions about "école" when searching "ecole" or "ÉCOLE", whatever the accents and case', async () => {
    const all = await listAll('actions');
    const text = (a: Record<string, unknown>): string =>
      [a.title, a.description, a.blockers, a.nextSteps].map((t) => (typeof t === 'string' ? t : '')).join(' ');
    const expected = all.filter((a) => folded(text(a)).includes('ecole'));
    expect(expected.some((a) => text(a).toLowerCase().includes('école'))).toBe(true);
    expect(expected.length).toBeLessThan(all.length);
    for (const q of ['ecole', 'ÉCOLE', 'école']) {
      const res = await server.api(`/actions?q=${encodeURIComponent(q)}`);
      expect(res.status).toBe(200);
      expect(idsOf(res.body.items)).toEqual(idsOf(expected));
    }
  });

  it('lists commitments by axis and by status', async () => {
    const all = await listAll('commitments');
    const axisId = all[all.length - 1]!.axisId as string;
    const byAxis = await server.api(`/commitments?axisId=${axisId}`);
    const expectedAxis = all.filter((c) => c.axisId === axisId);
    expect(expectedAxis.length).toBeLessThan(all.length);
    expect(idsOf(byAxis.body.items)).toEqual(idsOf(expectedAxis));

    const revised = await server.api('/commitments?status=revised,abandoned');
    const expectedRevised = all.filter((c) => c.status === 'revised' || c.status === 'abandoned');
    expect(expectedRevised.length).toBeGreaterThan(0);
    expect(idsOf(revised.body.items)).toEqual(idsOf(expectedRevised));
    for (const c of revised.body.items) expect(c.gapJustification).toEqual(expect.any(String));

    const both = await server.api(`/commitments?axisId=${axisId}&status=in_progress`);
    expect(idsOf(both.body.items)).toEqual(idsOf(expectedAxis.filter((c) => c.status === 'in_progress')));
  });

  it.each([
    ['services', 'parentId', 'parentId'],
    ['indicators', 'actionId', 'actionId'],
    ['indicators', 'serviceId', 'serviceId'],
    ['feedback', 'commitmentId', 'commitmentIds'],
    ['people', 'serviceId', 'serviceIds'],
  ])('lists %s by %s', async (collection, param, field) => {
    const all = await listAll(collection);
    const matches = (record: Record<string, unknown>, value: unknown): boolean => {
      const held = record[field];
      return Array.isArray(held) ? held.includes(value) : held === value;
    };
    const value = all.map((r) => r[field]).flat().find((v): v is string => typeof v === 'string');
    expect(value).toBeDefined();
    const res = await server.api(`/${collection}?${param}=${value!}`);
    expect(res.status).toBe(200);
    const expected = all.filter((r) => matches(r, value));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.length);
    expect(idsOf(res.body.items)).toEqual(idsOf(expected));
  });

  it('lists people by role', async () => {
    const all = await listAll('people');
    const res = await server.api('/people?role=service_head');
    const expected = all.filter((p) => p.role === 'service_head');
    expect(expected.length).toBeGreaterThan(0);
    expect(idsOf(res.body.items)).toEqual(idsOf(expected));
    const two = await server.api('/people?role=reader,administrator');
    expect(idsOf(two.body.items)).toEqual(idsOf(all.filter((p) => p.role === 'reader' || p.role === 'administrator')));
  });

  it('lists the measures of one indicator between two dates, both included', async () => {
    const all = await listAll('measures');
    const indicatorId = all[0]!.indicatorId as string;
    const ofIndicator = all.filter((m) => m.indicatorId === indicatorId);
    expect(ofIndicator.length).toBeGreaterThanOrEqual(3);
    const res = await server.api(`/measures?indicatorId=${indicatorId}`);
    expect(idsOf(res.body.items)).toEqual(idsOf(ofIndicator));

    const dates = ofIndicator.map((m) => m.date as string).sort();
    const from = dates[1]!;
    const to = dates[dates.length - 2]!;
    const window = await server.api(`/measures?indicatorId=${indicatorId}&from=${from}&to=${to}`);
    const expected = ofIndicator.filter((m) => (m.date as string) >= from && (m.date as string) <= to);
    expect(expected.length).toBeLessThan(ofIndicator.length);
    expect(idsOf(window.body.items)).toEqual(idsOf(expected));
    expect((window.body.items as { date: string }[]).map((m) => m.date)).toContain(from);
    expect((window.body.items as { date: string }[]).map((m) => m.date)).toContain(to);
  });
});

describe('paging', () => {
  it('returns a page of `limit` records from `offset`, with the total', async () => {
    const all = await listAll('actions');
    expect(all.length).toBeGreaterThan(5);
    const page = await server.api('/actions?limit=2&offset=3');
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ total: all.length, limit: 2, offset: 3 });
    expect(idsOf(page.body.items)).toEqual(idsOf(all.slice(3, 5)));

    const last = await server.api(`/actions?limit=10&offset=${all.length - 1}`);
    expect(idsOf(last.body.items)).toEqual([all[all.length - 1]!.id]);
    expect(last.body.total).toBe(all.length);
  });

  it('pages within a filter and counts the filtered total', async () => {
    const all = (await listAll('people')).filter((p) => p.role === 'elected');
    const page = await server.api('/people?role=elected&limit=3&offset=1');
    expect(page.body).toMatchObject({ total: all.length, limit: 3, offset: 1 });
    expect(idsOf(page.body.items)).toEqual(idsOf(all.slice(1, 4)));
  });
});

describe('the mandate', () => {
  it('reads the mandate and changes it with If-Match', async () => {
    const read = await server.api('/mandate');
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: 'mandate', collectivityName: expect.any(String), startDate: expect.any(String) });
    expect(read.headers.get('etag')).toBe(etagOf(read.body.version));

    const patched = await server.api('/mandate', {
      method: 'PATCH',
      body: { collectivityName: 'Commune nouvelle de Valmont', population: 25_102 },
      headers: { 'If-Match': read.headers.get('etag')! },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ collectivityName: 'Commune nouvelle de Valmont', population: 25_102 });
    expect(patched.headers.get('etag')).not.toBe(read.headers.get('etag'));
    expect((await server.api('/mandate')).body).toEqual(patched.body);

    const history = await server.api('/mandate/history');
    expect(history.body.items[0]).toMatchObject({
      operation: 'update',
      source: 'api',
      actor: { id: me.personId },
      changes: expect.arrayContaining([{ field: 'collectivityName', old: read.body.collectivityName, new: 'Commune nouvelle de Valmont' }]),
    });
  });
});

describe('recent history', () => {
  it('returns the latest changes, newest first', async () => {
    const a = await server.api('/axes', { method: 'POST', body: { title: 'Premier', order: 50, color: '#00695C' } });
    const b = await server.api('/axes', { method: 'POST', body: { title: 'Second', order: 51, color: '#00695C' } });
    const res = await server.api('/history?limit=5');
    expect(res.status).toBe(200);
    const items = res.body.items as { id: string; entityId: string; operation: string }[];
    expect(items).toHaveLength(5);
    expect(items.slice(0, 2).map((e) => [e.entityId, e.operation])).toEqual([
      [b.body.id, 'create'],
      [a.body.id, 'create'],
    ]);
    const ids = items.map((e) => Number(e.id));
    expect([...ids].sort((x, y) => y - x)).toEqual(ids);
  });
});

describe('deleting a record that others point at', () => {
  it('refuses to delete an axis that still has commitments (409 has_dependents), deleting nothing', async () => {
    const axis = await server.api(`/axes/${refs.axisId}`);
    const res = await expectNothingWritten(
      server.store,
      () => server.api(`/axes/${refs.axisId}`, { method: 'DELETE', headers: { 'If-Match': axis.headers.get('etag')! } }),
      { kind: 'axis', id: refs.axisId },
    );
    expectApiError(res, 409, 'has_dependents');
  });

  it('refuses to delete a service that still has actions or sub-services', async () => {
    const service = await server.api(`/services/${refs.serviceId}`);
    const res = await expectNothingWritten(
      server.store,
      () => server.api(`/services/${refs.serviceId}`, { method: 'DELETE', headers: { 'If-Match': service.headers.get('etag')! } }),
      { kind: 'service', id: refs.serviceId },
    );
    expectApiError(res, 409, 'has_dependents');
  });

  it('refuses to delete an elected official who leads commitments', async () => {
    const person = await server.api(`/people/${refs.personId}`);
    const res = await expectNothingWritten(
      server.store,
      () => server.api(`/people/${refs.personId}`, { method: 'DELETE', headers: { 'If-Match': person.headers.get('etag')! } }),
      { kind: 'person', id: refs.personId },
    );
    expectApiError(res, 409, 'has_dependents');
  });

  it('refuses to delete an indicator that has measures', async () => {
    const indicator = await server.api(`/indicators/${refs.indicatorId}`);
    const res = await expectNothingWritten(
      server.store,
      () => server.api(`/indicators/${refs.indicatorId}`, { method: 'DELETE', headers: { 'If-Match': indicator.headers.get('etag')! } }),
      { kind: 'indicator', id: refs.indicatorId },
    );
    expectApiError(res, 409, 'has_dependents');
  });
});
