import { describeStep, planProvisioning, type SiteState } from '../../../src/adapters/sharepoint/provision/provision-plan.js';
import { createdColumns, listCreation } from '../../../src/adapters/sharepoint/provision/column-definition.js';
import { ALL_LISTS, ENTITY_LISTS, SCHEMA_VERSION } from '../../../src/adapters/sharepoint/schema/list-schema.js';
import { StoreSchemaError } from '../../../src/adapters/sharepoint/store-errors.js';

/** A site as provisioning leaves it. */
const upToDate = (): SiteState => ({
  lists: ALL_LISTS.map((l, i) => ({ id: `list-${i}`, displayName: l.displayName, columns: createdColumns(l).map((c, j) => ({ id: `col-${j}`, name: c.name, indexed: c.indexed || c.unique })) })),
  schemaVersion: SCHEMA_VERSION,
  versionItemId: '1',
});

describe('provisioning plan', () => {
  it('creates every list, then records the version, on an empty site', () => {
    const steps = planProvisioning({ lists: [] });
    expect(steps.filter((s) => s.kind === 'createList')).toHaveLength(ALL_LISTS.length);
    expect(steps.at(-1)).toEqual({ kind: 'setSchemaVersion', from: undefined, to: SCHEMA_VERSION, itemId: undefined });
  });

  it('does nothing on a site that is up to date', () => {
    expect(planProvisioning(upToDate())).toEqual([]);
  });

  it('adds a missing column and indexes a column that lost its index, without touching anything else', () => {
    const state = upToDate();
    const actions = state.lists.find((l) => l.displayName === 'Actions')!;
    actions.columns = actions.columns.filter((c) => c.name !== 'Weather').map((c) => (c.name === 'ServiceId' ? { ...c, indexed: false } : c));
    const steps = planProvisioning(state);
    expect(steps.map(describeStep)).toEqual([
      'index column « Service pilote » (ServiceId) of « Actions »',
      'add column « Météo » (Weather) to « Actions »',
    ]);
  });

  it('upgrades an older site: new lists and columns, then the new version', () => {
    const state = upToDate();
    state.schemaVersion = SCHEMA_VERSION;
    const newer = [...ALL_LISTS, { ...ENTITY_LISTS.action, key: 'action' as const, displayName: 'Nouvelle liste' }];
    const steps = planProvisioning(state, newer, SCHEMA_VERSION + 1);
    expect(steps.map((s) => s.kind)).toEqual(['createList', 'setSchemaVersion']);
    expect(steps[1]).toMatchObject({ from: SCHEMA_VERSION, to: SCHEMA_VERSION + 1, itemId: '1' });
  });

  it('refuses a site provisioned by a newer release', () => {
    expect(() => planProvisioning({ ...upToDate(), schemaVersion: SCHEMA_VERSION + 1 })).toThrow(StoreSchemaError);
  });

  it('creates lists from the generic template with unique ids indexed', () => {
    const body = listCreation(ENTITY_LISTS.action) as { list: unknown; columns: Record<string, unknown>[] };
    expect(body.list).toEqual({ template: 'genericList' });
    expect(body.columns.find((c) => c.name === 'CapId')).toMatchObject({ indexed: true, enforceUniqueValues: true, required: true });
    expect(body.columns.some((c) => c.name === 'Title')).toBe(false);
  });
});
