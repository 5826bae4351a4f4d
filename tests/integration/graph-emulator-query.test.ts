import { PageIterator } from '@microsoft/microsoft-graph-client';
import { parseFilter } from '../../tools/graph-emulator/odata/filter-parser.js';
import { tokenize } from '../../tools/graph-emulator/odata/filter-lexer.js';
import { createList, graphClient, startTestEmulator, type TestEmulator } from '../support/graph-emulator-client.js';

describe('$filter parser', () => {
  it("reads doubled quotes, numbers, datetimes, booleans and null", () => {
    expect(tokenize("fields/Name eq 'O''Brien'")).toEqual([
      { kind: 'word', value: 'fields/Name' }, { kind: 'word', value: 'eq' }, { kind: 'string', value: "O'Brien" },
    ]);
    expect(tokenize('-1.5 2026-11-27T08:00:00Z true null').map((t) => t.kind)).toEqual(['number', 'datetime', 'word', 'word']);
  });

  it('gives and precedence over or, and honours parentheses', () => {
    const ungrouped = parseFilter("fields/A eq 'x' or fields/B eq 'y' and fields/C eq 'z'");
    expect(ungrouped).toMatchObject({ kind: 'or', right: { kind: 'and' } });
    const grouped = parseFilter("(fields/A eq 'x' or fields/B eq 'y') and fields/C eq 'z'");
    expect(grouped).toMatchObject({ kind: 'and', left: { kind: 'or' } });
    expect(parseFilter("startswith(fields/Title, 'Cr')")).toEqual({ kind: 'startswith', path: 'fields/Title', value: 'Cr' });
  });

  it.each([
    ["fields/A eq 'unterminated"],
    ['fields/A eq'],
    ["(fields/A eq 'x'"],
    ["fields/A eq 'x' fields/B"],
    ["not fields/A eq 'x'"],
    ["'x' eq fields/A"],
    ['fields/A ~ 1'],
  ])('answers 400 BadRequest for %s', (text) => {
    expect(() => parseFilter(text)).toThrow(expect.objectContaining({ status: 400, code: 'BadRequest' }));
  });
});

describe('item queries', () => {
  let t: TestEmulator;
  let items: string;
  beforeAll(async () => {
    t = await startTestEmulator({ pageSize: 4 });
    const listId = await createList(t, 'Actions', [
      { name: 'Owner', text: {}, indexed: true },
      { name: 'Progress', number: {}, indexed: true },
      { name: 'DueDate', dateTime: { format: 'dateOnly' }, indexed: true },
      { name: 'Done', boolean: {}, indexed: true },
      { name: 'Notes', text: {} },
    ]);
    items = t.sitePath(`/lists/${listId}/items`);
    const rows = [
      { Title: 'Voirie', Owner: "O'Brien", Progress: 10, DueDate: '2027-01-15', Done: false, Notes: 'a' },
      { Title: 'Crèche', Owner: 'Martin', Progress: 80, DueDate: '2026-06-30', Done: true, Notes: 'b' },
      { Title: 'Cantine', Owner: 'martin', Progress: 50, DueDate: '2027-09-01', Done: false },
      { Title: 'Parc', Owner: 'Durand', Progress: 0, Done: false, Notes: 'c' },
      { Title: 'Piscine', Owner: 'Durand', Progress: 100, DueDate: '2026-12-31', Done: true },
      { Title: 'Médiathèque', Owner: 'Leroy', Progress: 30, DueDate: '2027-05-01', Done: false },
    ];
    for (const fields of rows) expect((await t.call('POST', items, { body: { fields } })).status).toBe(201);
  });
  afterAll(() => t.close());

  const titles = async (query: string, headers: Record<string, string> = {}): Promise<string[]> => {
    const response = await t.call('GET', `${items}?$expand=fields($select=Title)&$top=50&${query}`, { headers });
    if (response.status !== 200) throw new Error(JSON.stringify(response.body));
    return response.body.value.map((item: { fields: { Title: string } }) => item.fields.Title);
  };

  it('filters with quotes, comparisons, and/or and parentheses (text compares without case)', async () => {
    expect(await titles(`$filter=fields/Owner eq 'O''Brien'`)).toEqual(['Voirie']);
    expect(await titles(`$filter=fields/Owner eq 'MARTIN'`)).toEqual(['Crèche', 'Cantine']);
    expect(await titles('$filter=fields/Progress ge 50 and fields/Progress lt 100')).toEqual(['Crèche', 'Cantine']);
    expect(await titles(`$filter=(fields/Owner eq 'Durand' or fields/Owner eq 'Leroy') and fields/Done eq false`)).toEqual(['Parc', 'Médiathèque']);
    expect(await titles(`$filter=fields/Owner eq 'Durand' or fields/Owner eq 'Leroy' and fields/Done eq true`)).toEqual(['Parc', 'Piscine']);
    expect(await titles('$filter=fields/DueDate lt 2027-01-01T00:00:00Z')).toEqual(['Crèche', 'Piscine']);
    expect(await titles(`$filter=fields/DueDate eq null`)).toEqual(['Parc']);
    expect(await titles(`$filter=startswith(fields/Owner,'dur')`)).toEqual(['Parc', 'Piscine']);
    expect(await titles(`$filter=fields/Owner ne 'Durand'`)).toEqual(['Voirie', 'Crèche', 'Cantine', 'Médiathèque']);
  });

  it('answers 400 invalidRequest for a non-indexed column unless Prefer: HonorNonIndexedQueriesWarningMayFailRandomly', async () => {
    const refused = await t.call('GET', `${items}?$filter=fields/Notes eq 'a'`);
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({
      code: 'invalidRequest',
      message: expect.stringMatching(/^Field 'Notes' cannot be referenced in filter or orderby as it is not indexed\. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header/),
    });
    expect((await t.call('GET', `${items}?$orderby=fields/Notes`)).status).toBe(400);
    expect(await titles(`$filter=fields/Notes eq 'a'`, { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' })).toEqual(['Voirie']);
  });

  it('answers 400 for unknown columns, type mismatches and $skip', async () => {
    expect((await t.call('GET', `${items}?$filter=fields/Nope eq 1`)).body.error.message).toBe("Field 'Nope' is not recognized");
    expect((await t.call('GET', `${items}?$filter=fields/Progress eq 'ten'`)).status).toBe(400);
    expect((await t.call('GET', `${items}?$skip=2`)).status).toBe(400);
    expect((await t.call('GET', `${items}?$expand=children`)).status).toBe(400);
  });

  it('orders by fields/X asc|desc, then by id', async () => {
    expect(await titles('$orderby=fields/Progress desc')).toEqual(['Piscine', 'Crèche', 'Cantine', 'Médiathèque', 'Voirie', 'Parc']);
    expect(await titles('$orderby=fields/Owner,fields/Progress desc')).toEqual(['Piscine', 'Parc', 'Médiathèque', 'Crèche', 'Cantine', 'Voirie']);
  });

  it('pages with absolute @odata.nextLink URLs carrying an opaque $skiptoken (default page = pageSize)', async () => {
    const first = await t.call('GET', `${items}?$expand=fields($select=Title)&$orderby=fields/Progress`);
    expect(first.body.value).toHaveLength(4);
    const next: string = first.body['@odata.nextLink'];
    expect(next.startsWith(`${t.emulator.graphBaseUrl}/sites/`)).toBe(true);
    expect(next).toMatch(/\$skiptoken=[\w-]+/);
    expect(next).toContain('$orderby=fields/Progress');
    // An item added before the page boundary does not shift the next page (keyset paging).
    await t.call('POST', items, { body: { fields: { Title: 'Stade', Owner: 'Petit', Progress: 5 } } });
    const second = await t.call('GET', next);
    expect(second.body.value.map((i: { fields: { Title: string } }) => i.fields.Title)).toEqual(['Crèche', 'Piscine']);
    expect(second.body['@odata.nextLink']).toBeUndefined();
    expect((await t.call('GET', next.replace(/\$skiptoken=[\w-]+/, '$skiptoken=garbage'))).status).toBe(400);
  });

  it('lets the real Graph client page through every item with PageIterator', async () => {
    const client = graphClient(t.emulator);
    const firstPage = await client.api(items).expand('fields($select=Title)').top(2).get();
    const seen: string[] = [];
    await new PageIterator(client, firstPage, (item: { fields: { Title: string } }) => { seen.push(item.fields.Title); return true; }).iterate();
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
  });
});
