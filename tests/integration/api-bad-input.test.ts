import type { EntityKind } from '../../src/domain/entities/index.js';
import {
  detailMessage,
  etagOf,
  expectApiError,
  expectFieldErrors,
  expectNothingWritten,
} from '../support/api-assertions.js';
import { gzipSync } from 'node:zlib';
import { answerOf, startTestServer, type ApiInit, type ApiResponse, type TestServer } from '../support/test-server.js';

let server: TestServer;
/** Demo records the refused writes aim at. */
let action: Record<string, unknown> & { id: string; version: string };
let commitment: Record<string, unknown> & { id: string; version: string };
let childService: { id: string; parentId: string };
let indicatorId: string;

const COLLECTION_OF: Partial<Record<EntityKind, string>> = {
  action: 'actions',
  commitment: 'commitments',
  service: 'services',
  axis: 'axes',
  person: 'people',
};

/** A valid new action, to spoil one field at a time. */
const newAction = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  commitmentId: commitment.id,
  title: 'Installer des range-vélos devant la mairie',
  status: 'planned',
  half: 'first',
  ...overrides,
});

/** Sends a request that must be refused and checks that nothing at all was written. */
function refused(path: string, init: ApiInit = {}, target?: { kind: EntityKind; id: string }): Promise<ApiResponse> {
  return expectNothingWritten(server.store, () => server.api(path, init), target);
}

/** PATCHes a record with its current ETag; the change must be refused and the record keep its version. */
async function refusedPatch(kind: EntityKind, id: string, body: unknown, headers: Record<string, string> = {}): Promise<ApiResponse> {
  const path = `/${COLLECTION_OF[kind]}/${id}`;
  const current = await server.api(path);
  expect(current.status).toBe(200);
  return refused(path, { method: 'PATCH', body, headers: { 'If-Match': current.headers.get('etag')!, ...headers } }, { kind, id });
}

beforeAll(async () => {
  // With the bot (anonymous local mode): /api/messages refuses bad bodies and paths like the API.
  server = await startTestServer({ bot: { settings: { appId: '', appPassword: '', appType: 'MultiTenant' } } });
  action = (await server.api('/actions?status=in_progress&limit=1')).body.items[0];
  commitment = (await server.api('/commitments?status=in_progress&limit=1')).body.items[0];
  const services = (await server.api('/services')).body.items as { id: string; parentId?: string }[];
  const child = services.find((s) => s.parentId !== undefined)!;
  childService = { id: child.id, parentId: child.parentId! };
  indicatorId = (await server.api('/indicators?limit=1')).body.items[0].id;
});
afterAll(() => server.close());

describe('bodies that are not JSON objects', () => {
  it('answers 400 invalid_json to malformed JSON', async () => {
    const res = await refused('/actions', { method: 'POST', rawBody: '{"title": "Vélo", ', headers: { 'Content-Type': 'application/json' } });
    expectApiError(res, 400, 'invalid_json');
    expect(res.body.error.details).toEqual([]);
  });

  it.each([
    ['a JSON array', '[{"title":"Vélo"}]'],
    ['a JSON string', '"Vélo"'],
    ['a JSON number', '42'],
    ['JSON null', 'null'],
  ])('answers 400, not 500, to %s, without a stack trace', async (_label, rawBody) => {
    for (const [path, method] of [
      ['/actions', 'POST'],
      [`/actions/${action.id}`, 'PATCH'],
    ] as const) {
      const res = await refused(path, { method, rawBody, headers: { 'Content-Type': 'application/json', 'If-Match': etagOf(action.version) } });
      expect(res.status).toBe(400);
      expect(['invalid_json', 'validation_failed']).toContain(res.body.error.code);
      expectApiError(res, 400, String(res.body.error.code));
      expect(JSON.stringify(res.body)).not.toMatch(/\s{4}at |node_modules|\.ts:\d+/);
    }
  });

  it('answers 413 payload_too_large to a body over the 256 KB limit', async () => {
    const res = await refused('/actions', { method: 'POST', body: newAction({ description: 'x'.repeat(300 * 1024) }) });
    expectApiError(res, 413, 'payload_too_large');
  });

  it('answers 415 to a write that is not sent as JSON', async () => {
    const text = await refused('/axes', { method: 'POST', rawBody: 'title=Sport', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    expectApiError(text, 415, 'unsupported_media_type');
    const plain = await refused(
      `/actions/${action.id}`,
      { method: 'PATCH', rawBody: '{"progress": 50}', headers: { 'Content-Type': 'text/plain', 'If-Match': etagOf(action.version) } },
      { kind: 'action', id: action.id },
    );
    expectApiError(plain, 415, 'unsupported_media_type');
  });
});

describe('field validation', () => {
  it('names the field of a wrong type', async () => {
    expectFieldErrors(await refusedPatch('action', action.id, { progress: 'abc' }), ['progress']);
    expectFieldErrors(await refused('/actions', { method: 'POST', body: newAction({ progress: 'abc' }) }), ['progress']);
    expectFieldErrors(await refused('/axes', { method: 'POST', body: { title: 'Sport', order: 'first', color: '#123456' } }), ['order']);
  });

  it('refuses null on a required field, since null clears a field', async () => {
    expectFieldErrors(await refusedPatch('action', action.id, { title: null }), ['title']);
  });

  it('names each unknown field by its key', async () => {
    expectFieldErrors(await refusedPatch('action', action.id, { colour: 'red' }), ['colour']);
    expectFieldErrors(await refused('/actions', { method: 'POST', body: newAction({ budget: 10, owner: 'moi' }) }), ['budget', 'owner']);
  });

  it.each([
    ['actions', 'title', 201, (extra: Record<string, unknown>) => newAction(extra)],
    ['actions', 'description', 4001, (extra: Record<string, unknown>) => newAction(extra)],
    ['actions', 'blockers', 2001, (extra: Record<string, unknown>) => newAction(extra)],
    ['axes', 'title', 121, (extra: Record<string, unknown>) => ({ title: 'Sport', order: 1, color: '#123456', ...extra })],
    ['commitments', 'reference', 21, (extra: Record<string, unknown>) => ({ axisId: commitment.axisId, reference: '9.9', title: 'T', status: 'planned', ...extra })],
    ['services', 'name', 121, (extra: Record<string, unknown>) => ({ name: 'Service', ...extra })],
    ['people', 'displayName', 121, (extra: Record<string, unknown>) => ({ displayName: 'Léon Petit', role: 'reader', ...extra })],
    ['measures', 'comment', 1001, (extra: Record<string, unknown>) => ({ indicatorId, date: '2026-11-01', value: 1, source: 'manual', ...extra })],
    ['feedback', 'summary', 4001, (extra: Record<string, unknown>) => ({ kind: 'other', title: 'Réunion', date: '2026-11-01', summary: 'ok', ...extra })],
  ])('refuses %s with a %s of %i characters, one over the limit', async (collection, field, length, body) => {
    const res = await refused(`/${collection}`, { method: 'POST', body: body({ [field]: 'é'.repeat(length) }) });
    expectFieldErrors(res, [field]);
  });

  it('accepts an action title of exactly 200 characters (the limit itself)', async () => {
    const res = await server.api('/actions', { method: 'POST', body: newAction({ title: 'é'.repeat(200) }) });
    expect(res.status).toBe(201);
  });

  it('refuses a due date before the start date, on create and on update', async () => {
    const created = await refused('/actions', { method: 'POST', body: newAction({ startDate: '2027-03-01', dueDate: '2027-02-28' }) });
    expectFieldErrors(created, ['dueDate']);
    const patched = await refusedPatch('action', action.id, { startDate: '2020-01-01', dueDate: '2019-12-31' });
    expectFieldErrors(patched, ['dueDate']);
  });

  it.each([-1, 101, 140])('refuses a progress of %i', async (progress) => {
    expectFieldErrors(await refusedPatch('action', action.id, { progress }), ['progress']);
  });

  it('refuses a revised commitment without a justification of the gap', async () => {
    expectFieldErrors(await refusedPatch('commitment', commitment.id, { status: 'revised' }), ['gapJustification']);
    expectFieldErrors(await refusedPatch('commitment', commitment.id, { status: 'abandoned', gapJustification: '   ' }), ['gapJustification']);
  });

  it('refuses to change the id of a record', async () => {
    expectFieldErrors(await refusedPatch('action', action.id, { id: 'act-autre' }), ['id']);
    expect((await server.api('/actions/act-autre')).status).toBe(404);
  });
});

describe('references', () => {
  it('refuses a measure for an indicator that does not exist', async () => {
    const res = await refused('/measures', { method: 'POST', body: { indicatorId: 'ind-inconnu', date: '2026-11-01', value: 3, source: 'manual' } });
    expectFieldErrors(res, ['indicatorId']);
    expect(detailMessage(res, 'indicatorId')).toBe('Aucun enregistrement ne porte cet identifiant.');
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'indicatorId', code: 'unknownReference' })]);
  });

  it('refuses a commitment under an axis that does not exist', async () => {
    const res = await refused('/commitments', {
      method: 'POST',
      body: { axisId: 'axe-inconnu', reference: '9.9', title: 'Engagement orphelin', status: 'planned' },
    });
    expectFieldErrors(res, ['axisId']);
  });

  it('refuses a service under a parent that does not exist', async () => {
    expectFieldErrors(await refused('/services', { method: 'POST', body: { name: 'Service orphelin', parentId: 'svc-inconnu' } }), ['parentId']);
  });

  it('refuses to make a service its own ancestor', async () => {
    const res = await refusedPatch('service', childService.parentId, { parentId: childService.id });
    expectFieldErrors(res, ['parentId']);
    expect(detailMessage(res, 'parentId')).toMatch(/lui-même/);
    expectFieldErrors(await refusedPatch('service', childService.id, { parentId: childService.id }), ['parentId']);
  });
});

describe('versions', () => {
  it('answers 412 with the current record when If-Match is stale, and writes nothing', async () => {
    const read = await server.api(`/actions/${action.id}`);
    const staleETag = read.headers.get('etag')!;
    const other = await server.api(`/actions/${action.id}`, {
      method: 'PATCH',
      body: { nextSteps: 'Relancer le prestataire' },
      headers: { 'If-Match': staleETag },
    });
    expect(other.status).toBe(200);

    const res = await refused(
      `/actions/${action.id}`,
      { method: 'PATCH', body: { nextSteps: 'Autre chose' }, headers: { 'If-Match': staleETag } },
      { kind: 'action', id: action.id },
    );
    expectApiError(res, 412, 'version_conflict');
    expect(res.body.error.current).toEqual(other.body);
    expect(res.headers.get('etag')).toBe(etagOf(other.body.version));

    const del = await refused(`/actions/${action.id}`, { method: 'DELETE', headers: { 'If-Match': staleETag } }, { kind: 'action', id: action.id });
    expectApiError(del, 412, 'version_conflict');
    expect(del.body.error.current.version).toBe(other.body.version);
  });

  it('answers 428 when a PATCH or a DELETE comes without If-Match', async () => {
    const target = { kind: 'action' as const, id: action.id };
    expectApiError(await refused(`/actions/${action.id}`, { method: 'PATCH', body: { progress: 50 } }, target), 428, 'precondition_required');
    expectApiError(await refused(`/actions/${action.id}`, { method: 'DELETE' }, target), 428, 'precondition_required');
  });
});

describe('query strings', () => {
  it('refuses an unknown filter, naming it', async () => {
    const res = await server.api('/actions?colour=red');
    expectFieldErrors(res, ['colour']);
  });

  it('refuses a status that does not exist', async () => {
    const res = await server.api('/actions?status=foo');
    expectApiError(res, 400, 'validation_failed');
    expect(res.body.error.details.length).toBeGreaterThan(0);
    for (const detail of res.body.error.details) expect(detail.path).toMatch(/^status/);
    expectApiError(await server.api('/commitments?status=late'), 400, 'validation_failed');
  });

  it('refuses a limit that is not a positive number', async () => {
    expectApiError(await server.api('/actions?limit=abc'), 400, 'validation_failed');
    expectApiError(await server.api('/actions?limit=0'), 400, 'validation_failed');
    expectApiError(await server.api('/actions?offset=-1'), 400, 'validation_failed');
  });

  it('does not take lang for a filter', async () => {
    const res = await server.api('/actions?lang=en&limit=1');
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(1);
  });
});

describe('not found', () => {
  it('answers 404 route_not_found in JSON for an unknown route', async () => {
    expectApiError(await server.api('/nowhere'), 404, 'route_not_found');
    expectApiError(await refused('/nowhere', { method: 'POST', body: { a: 1 } }), 404, 'route_not_found');
  });

  it('answers 404 not_found for a record that does not exist', async () => {
    expectApiError(await server.api('/actions/act-inconnue'), 404, 'not_found');
    expectApiError(await server.api('/actions/act-inconnue/history'), 404, 'not_found');
    expectApiError(await refused('/actions/act-inconnue', { method: 'PATCH', body: { progress: 5 }, headers: { 'If-Match': '"1"' } }), 404, 'not_found');
    expectApiError(await refused('/actions/act-inconnue', { method: 'DELETE', headers: { 'If-Match': '"1"' } }), 404, 'not_found');
  });
});

describe('language of the messages', () => {
  it('speaks French by default and English on request', async () => {
    const fr = await refusedPatch('action', action.id, { progress: 140 });
    expect(fr.body.error.message).toBe('Certaines valeurs ne conviennent pas.');
    expect(detailMessage(fr, 'progress')).toMatch(/^Trop grand/);
    expect(detailMessage(fr, 'progress')).toContain('100');

    const byHeader = await refusedPatch('action', action.id, { progress: 140 }, { 'Accept-Language': 'en-GB,en;q=0.9' });
    expect(byHeader.body.error.message).toBe('Some values are not valid.');
    expect(detailMessage(byHeader, 'progress')).toMatch(/^Too big/);

    const current = await server.api(`/actions/${action.id}`);
    const byQuery = await refused(
      `/actions/${action.id}?lang=en`,
      { method: 'PATCH', body: { progress: 140 }, headers: { 'If-Match': current.headers.get('etag')! } },
      { kind: 'action', id: action.id },
    );
    expect(detailMessage(byQuery, 'progress')).toMatch(/^Too big/);
  });

  it('translates rule messages and HTTP errors too', async () => {
    const fr = await refused('/actions', { method: 'POST', body: newAction({ startDate: '2027-03-01', dueDate: '2027-02-01' }) });
    expect(detailMessage(fr, 'dueDate')).toBe('L’échéance ne peut pas précéder la date de début.');
    const en = await refused('/actions?lang=en', { method: 'POST', body: newAction({ startDate: '2027-03-01', dueDate: '2027-02-01' }) });
    expect(detailMessage(en, 'dueDate')).toBe('The due date cannot be before the start date.');

    const missing = await server.api('/actions/act-inconnue', { headers: { 'Accept-Language': 'en' } });
    expect(missing.body.error.message).toBe('Record not found.');
    expect((await server.api('/actions/act-inconnue')).body.error.message).toBe('Enregistrement introuvable.');
  });
});

/** A request with a body of raw bytes, answered in the test server's shape (JSON parsed). */
async function rawRequest(path: string, init: { method?: string; headers?: Record<string, string>; body?: Buffer | string } = {}): Promise<ApiResponse> {
  const body = Buffer.isBuffer(init.body) ? new Uint8Array(init.body) : init.body;
  return answerOf(await fetch(`${server.url}${path}`, { method: init.method ?? 'POST', headers: init.headers, body }));
}

/** Bytes that are not UTF-8 (0xFF never appears in UTF-8; 0xC3 starts a pair that never ends). */
const notUtf8 = (before: string, after: string): Buffer => Buffer.concat([Buffer.from(before), Buffer.from([0xff, 0xc3]), Buffer.from(after)]);
const activity = (text: string) => `{"type":"message","serviceUrl":"http://127.0.0.1:9/","channelId":"msteams","text":"${text}`;

/** The three doors that take a body: the API, the import and the bot. Each with a JSON-ish body of its kind. */
const DOORS = [
  { door: 'the API', path: '/api/v1/axes', type: 'application/json', body: (v: string) => `{"title":"${v}","order":9,"color":"#123456"}` },
  { door: 'the import', path: '/api/v1/import?sheet=axes&dryRun=true', type: 'text/csv; charset=utf-8', body: (v: string) => `Référence;Titre;Ordre;Couleur\r\nax-9;${v};9;#123456\r\n` },
  { door: '/api/messages', path: '/api/messages', type: 'application/json', body: (v: string) => `${activity(v)}"}` },
] as const;

describe('what the HTTP layer refuses before any route', () => {
  it.each([
    ['GET', '/api/v1/actions/%E0%A4%A'],
    ['PATCH', '/api/v1/actions/%ZZ'],
    ['POST', '/api/v1/import/%ZZ'],
    ['POST', '/api/messages/%'],
    ['GET', '/%C0%AF'],
  ])('answers 400 malformed_path, not 500, to %s %s', async (method, path) => {
    const res = await expectNothingWritten(server.store, () => rawRequest(path, { method, headers: { 'Content-Type': 'application/json' }, body: method === 'GET' ? undefined : '{}' }));
    expectApiError(res, 400, 'malformed_path');
  });

  it.each(DOORS)('answers 400 invalid_body_encoding, not 500, to a body that is not what its Content-Encoding says, on $door', async ({ path, type, body }) => {
    for (const coding of ['gzip', 'deflate', 'br']) {
      const res = await expectNothingWritten(server.store, () => rawRequest(path, { headers: { 'Content-Type': type, 'Content-Encoding': coding }, body: body('Sport') }));
      expectApiError(res, 400, 'invalid_body_encoding');
    }
  });

  it.each(DOORS)('answers 415 with Accept-Encoding to an unknown Content-Encoding (RFC 9110), on $door', async ({ path, type, body }) => {
    const res = await expectNothingWritten(server.store, () => rawRequest(path, { headers: { 'Content-Type': type, 'Content-Encoding': 'x-bogus' }, body: body('Sport') }));
    expectApiError(res, 415, 'unsupported_encoding');
    expect(res.headers.get('accept-encoding')).toBe('gzip, deflate, br, identity');
  });

  it('still reads a body that really is gzip', async () => {
    const res = await rawRequest('/api/v1/axes', { headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' }, body: gzipSync(DOORS[0].body('Sport et loisirs')) });
    expect(res.status).toBe(201);
    expect(res.body.title).toBe('Sport et loisirs');
  });

  it.each(DOORS)('answers 400 invalid_utf8 to a body that is not UTF-8, rather than storing U+FFFD, on $door', async ({ path, type, body }) => {
    const [before, after] = body('\u0000').split('\u0000') as [string, string];
    const res = await expectNothingWritten(server.store, () => rawRequest(path, { headers: { 'Content-Type': type }, body: notUtf8(`${before}Sport`, after) }));
    expectApiError(res, 400, 'invalid_utf8');
  });

  it('still reads a CSV without a charset as Windows-1252, which French Excel writes', async () => {
    const latin1 = Buffer.from('R\xe9f\xe9rence;Titre;Ordre;Couleur\r\nax-9;Vie associ\xe9e;9;#123456\r\n', 'latin1');
    const res = await rawRequest('/api/v1/import?sheet=axes&dryRun=true', { headers: { 'Content-Type': 'text/csv' }, body: latin1 });
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).not.toContain('\uFFFD');
  });

  it('refuses a control character in a title beside the field, in French and in English', async () => {
    const fr = await refused('/axes', { method: 'POST', body: { title: 'Sport\u0007', order: 9, color: '#123456' } });
    expectFieldErrors(fr, ['title']);
    expect(detailMessage(fr, 'title')).toMatch(/caractère de contrôle invisible/);
    const en = await refused('/axes?lang=en', { method: 'POST', body: { title: '\u200B\u200D', order: 9, color: '#123456' } });
    expectFieldErrors(en, ['title']);
    expect(detailMessage(en, 'title')).toMatch(/only invisible characters/);
  });
});
