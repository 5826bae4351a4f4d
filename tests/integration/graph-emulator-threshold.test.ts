import { startGraphEmulator } from '../../tools/graph-emulator/index.js';
import { createList, startTestEmulator, type AnyJson, type TestEmulator } from '../support/graph-emulator-client.js';

const HONOR = { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' };

/** A list of `size` items: Kind is indexed and holds 'big' on all but every 10th item; Note is not indexed. */
async function seededList(t: TestEmulator, name: string, size: number): Promise<string> {
  const listId = await createList(t, name, [
    { name: 'Kind', text: {}, indexed: true },
    { name: 'Ref', text: {}, indexed: true },
    { name: 'Note', text: {} },
  ]);
  await t.emulator.seedItems(
    name,
    Array.from({ length: size }, (_, i) => ({ Title: `Item ${i}`, Kind: i % 10 === 0 ? 'rare' : 'big', Ref: `ref-${i}`, Note: `n${i % 3}` })),
  );
  return listId;
}

const query = (t: TestEmulator, listId: string, params: string, headers: Record<string, string> = {}): ReturnType<TestEmulator['call']> =>
  t.call('GET', `/sites/${t.emulator.siteId}/lists/${listId}/items?$expand=fields&${params}`, { headers });

function expectThresholdRefusal(response: AnyJson): void {
  expect(response.status).toBe(422);
  expect(response.body.error).toMatchObject({ code: 'notSupported', message: 'The request is unprocessable because it uses too many resources', innerError: { code: 'tooManyResources' } });
}

describe('list view threshold (lowered to 50 for speed)', () => {
  let t: TestEmulator;
  let big: string;
  let small: string;
  beforeAll(async () => {
    t = await startTestEmulator({ listViewThreshold: 50 });
    big = await seededList(t, 'Grande', 200);
    small = await seededList(t, 'Petite', 50);
  });
  afterAll(() => t.close());

  it('pages a large list without a filter, whatever its size', async () => {
    const response = await query(t, big, '$top=150');
    expect(response.status).toBe(200);
    expect(response.body.value).toHaveLength(150);
    expect(response.body['@odata.nextLink']).toEqual(expect.any(String));
  });

  it('answers a filter whose first clause is indexed and narrows under the threshold, whatever follows', async () => {
    const first = await query(t, big, `$filter=fields/Ref eq 'ref-7' and fields/Kind eq 'big'`);
    expect(first.status).toBe(200);
    expect(first.body.value.map((i: AnyJson) => i.fields.Ref)).toEqual(['ref-7']);
    const rare = await query(t, big, `$filter=fields/Kind eq 'rare' and fields/Note eq 'n0'`, HONOR);
    expect(rare.status).toBe(200);
    expect(rare.body.value.length).toBeGreaterThan(0);
  });

  it('refuses a first clause that still matches more items than the threshold, even with $top', async () => {
    expectThresholdRefusal(await query(t, big, `$filter=fields/Kind eq 'big'&$top=5`));
    expectThresholdRefusal(await query(t, big, `$filter=fields/Kind eq 'big' and fields/Ref eq 'ref-7'`));
    expectThresholdRefusal(await query(t, big, `$filter=fields/Ref ne 'ref-7'`));
  });

  it('refuses a non-indexed first clause on a large list even with the Prefer header, and allows it on a small one', async () => {
    expectThresholdRefusal(await query(t, big, `$filter=fields/Note eq 'n1' and fields/Ref eq 'ref-1'`, HONOR));
    const onSmall = await query(t, small, `$filter=fields/Note eq 'n1'`, HONOR);
    expect(onSmall.status).toBe(200);
    expect(onSmall.body.value.length).toBeGreaterThan(0);
    // Without the header the non-indexed column is a 400 on any list, as before.
    expect((await query(t, big, `$filter=fields/Note eq 'n1'`)).status).toBe(400);
  });

  it('counts an OR as one clause: every branch indexed, and all of them together under the threshold', async () => {
    expect((await query(t, big, `$filter=(fields/Ref eq 'ref-1' or fields/Ref eq 'ref-2') and fields/Kind eq 'big'`)).status).toBe(200);
    expectThresholdRefusal(await query(t, big, `$filter=fields/Ref eq 'ref-1' or fields/Kind eq 'big'`));
  });

  it('refuses $orderby on a large list unless a narrowing filter comes first and the column is indexed', async () => {
    expectThresholdRefusal(await query(t, big, '$orderby=fields/ID desc&$top=10'));
    expectThresholdRefusal(await query(t, big, `$filter=fields/Kind eq 'rare'&$orderby=fields/Note`, HONOR));
    const sorted = await query(t, big, `$filter=fields/Kind eq 'rare'&$orderby=fields/Ref desc`);
    expect(sorted.status).toBe(200);
    expect(sorted.body.value).toHaveLength(20);
    expect((await query(t, small, '$orderby=fields/ID desc&$top=10')).status).toBe(200);
  });

  it('refuses only once the list, and the first clause, hold more than the threshold', async () => {
    const listId = await createList(t, 'Limite', [{ name: 'Kind', text: {}, indexed: true }]);
    await t.emulator.seedItems('Limite', Array.from({ length: 50 }, () => ({ Title: 'x', Kind: 'big' })));
    expect((await query(t, listId, `$filter=fields/Kind eq 'big'`)).status).toBe(200);
    await t.emulator.seedItems('Limite', [{ Title: 'other', Kind: 'other' }]);
    expect((await query(t, listId, `$filter=fields/Kind eq 'big'`)).status).toBe(200);
    await t.emulator.seedItems('Limite', [{ Title: 'one more', Kind: 'big' }]);
    expectThresholdRefusal(await query(t, listId, `$filter=fields/Kind eq 'big'`));
  });

  it('refuses the same inside a $batch, as a member answer', async () => {
    const response = await t.call('POST', '/$batch', {
      body: { requests: [{ id: '1', method: 'GET', url: `/sites/${t.emulator.siteId}/lists/${big}/items?$filter=fields/Kind eq 'big'` }] },
    });
    expect(response.status).toBe(200);
    expect(response.body.responses[0]).toMatchObject({ status: 422, body: { error: { code: 'notSupported' } } });
  });
});

describe('list view threshold at its real value', () => {
  it('defaults to 5,000: 5,000 matches answer, 5,001 are refused', async () => {
    const t = await startTestEmulator();
    try {
      const listId = await createList(t, 'Réelle', [{ name: 'Kind', text: {}, indexed: true }]);
      await t.emulator.seedItems('Réelle', Array.from({ length: 5000 }, () => ({ Title: 'x', Kind: 'same' })));
      const at = await query(t, listId, `$filter=fields/Kind eq 'same'&$top=1`);
      expect(at.status).toBe(200);
      await t.emulator.seedItems('Réelle', [{ Title: 'y', Kind: 'same' }]);
      expectThresholdRefusal(await query(t, listId, `$filter=fields/Kind eq 'same'&$top=1`));
    } finally {
      await t.close();
    }
  });

  it('cannot be raised above 5,000, nor set to nonsense', async () => {
    await expect(startGraphEmulator({ listViewThreshold: 5001 })).rejects.toThrow(/listViewThreshold/);
    await expect(startGraphEmulator({ listViewThreshold: 0 })).rejects.toThrow(/listViewThreshold/);
  });

  it('seeds nothing when one row is invalid', async () => {
    const t = await startTestEmulator();
    try {
      await createList(t, 'Stricte', [{ name: 'Key', text: {}, indexed: true, enforceUniqueValues: true }]);
      await expect(t.emulator.seedItems('Stricte', [{ Title: 'a', Key: 'k' }, { Title: 'b', Key: 'K' }])).rejects.toThrow(/unique/);
      await expect(t.emulator.seedItems('Stricte', [{ Title: 'a', Unknown: 1 }])).rejects.toThrow(/not recognized/);
      expect(await t.emulator.inspectList('Stricte')).toEqual([]);
    } finally {
      await t.close();
    }
  });
});
