import { ACTION_STATUSES, COMMITMENT_STATUSES, ENTITY_KINDS, ROLES, WEATHERS } from '../../../src/domain/entities/index.js';
import { OPERATION_INDEXES, OPERATION_KINDS } from '../../../src/ports/operations.port.js';
import { OPERATION_LISTS } from '../../../src/adapters/sharepoint/operations/operation-lists.js';
import { ALL_LISTS, ENTITY_LISTS, HISTORY_LIST, SCHEMA_VERSION } from '../../../src/adapters/sharepoint/schema/list-schema.js';
import { columnDefinition } from '../../../src/adapters/sharepoint/provision/column-definition.js';

const column = (kind: keyof typeof ENTITY_LISTS, field: string) => ENTITY_LISTS[kind].columns.find((c) => c.field === field);

describe('SharePoint list schema', () => {
  it('has one French-named list per kind of record and of operational record, plus history and settings', () => {
    expect(Object.keys(ENTITY_LISTS).sort()).toEqual([...ENTITY_KINDS].sort());
    expect(Object.keys(OPERATION_LISTS).sort()).toEqual([...OPERATION_KINDS].sort());
    expect(ALL_LISTS.map((l) => l.displayName)).toEqual([
      'Mandat', 'Axes', 'Engagements', 'Actions', 'Indicateurs', 'Mesures', 'Services', 'Personnes', 'Retours',
      'Campagnes', 'Envois', 'Boîte d’envoi', 'Réponses', 'Remontées', 'Conversations du bot', 'Journal d’audit', 'Instantanés', 'Parties d’instantanés',
      'Historique', 'Paramètres Cap Mandat',
    ]);
    expect(SCHEMA_VERSION).toBe(3);
  });

  it('keeps each operational record as JSON, with an indexed copy of every field it is found by', () => {
    for (const kind of OPERATION_KINDS) {
      const list = OPERATION_LISTS[kind];
      expect(list.columns.filter((c) => c.name.startsWith('CapRecord')).map((c) => c.type)).toEqual(['note', 'note', 'note', 'note']);
      // Lanes (derived from the record, no field of their own) are indexed too: see operation-partitions.
      const indexed = list.columns.filter((c) => c.indexed && c.name !== 'CapId' && c.field !== undefined).map((c) => c.field);
      expect(indexed).toEqual([...OPERATION_INDEXES[kind]]);
    }
    expect(columnDefinition(OPERATION_LISTS.snapshot_part.columns.find((c) => c.name === 'CapRecord')!)).toMatchObject({ text: { allowMultipleLines: true, textType: 'plain' } });
  });

  it('keeps our id in an indexed, unique, required column of every list (the idempotency key)', () => {
    for (const list of ALL_LISTS) expect(list.columns.find((c) => c.name === 'CapId')).toMatchObject({ unique: true, indexed: true, required: true });
  });

  it('indexes every column the store filters or orders on', () => {
    const filtered: [keyof typeof ENTITY_LISTS, string][] = [
      ['commitment', 'axisId'], ['commitment', 'leadPersonId'], ['commitment', 'status'],
      ['action', 'commitmentId'], ['action', 'serviceId'], ['action', 'ownerPersonId'], ['action', 'status'], ['action', 'weather'],
      ['indicator', 'actionId'], ['indicator', 'commitmentId'], ['indicator', 'serviceId'],
      ['measure', 'indicatorId'], ['measure', 'date'], ['axis', 'order'],
      ['service', 'parentId'], ['service', 'headPersonId'], ['person', 'role'], ['person', 'entraObjectId'],
    ];
    for (const [kind, field] of filtered) expect({ kind, field, indexed: column(kind, field)?.indexed }).toEqual({ kind, field, indexed: true });
    for (const name of ['EntityType', 'EntityId']) expect(HISTORY_LIST.columns.find((c) => c.name === name)?.indexed).toBe(true);
  });

  it('labels every code of the domain in French', () => {
    const labels = (kind: keyof typeof ENTITY_LISTS, field: string) => Object.keys(column(kind, field)?.choices ?? {}).sort();
    expect(labels('action', 'weather')).toEqual([...WEATHERS].sort());
    expect(column('action', 'weather')?.choices).toMatchObject({ sunny: 'Ensoleillé', stormy: 'Orageux' });
    expect(labels('action', 'status')).toEqual([...ACTION_STATUSES].sort());
    expect(labels('commitment', 'status')).toEqual([...COMMITMENT_STATUSES].sort());
    expect(labels('person', 'role')).toEqual([...ROLES].sort());
  });

  it('uses no hyperlink column, keeps lists and objects in multi-line text, and fits SharePoint limits', () => {
    for (const list of ALL_LISTS) {
      const names = list.columns.map((c) => c.name);
      expect(new Set(names).size).toBe(names.length);
      expect(list.columns.filter((c) => c.indexed).length).toBeLessThanOrEqual(20);
      for (const c of list.columns) {
        const def = columnDefinition(c);
        expect(Object.keys(def)).not.toContain('hyperlinkOrPicture');
        expect(c.name).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
        if (c.type === 'text') expect(c.maxLength ?? 255).toBeLessThanOrEqual(255);
        if (c.type === 'json') expect(def).toMatchObject({ text: { allowMultipleLines: true } });
      }
    }
    expect(column('indicator', 'milestones')?.type).toBe('json');
    expect(column('person', 'serviceIds')?.type).toBe('json');
  });
});
