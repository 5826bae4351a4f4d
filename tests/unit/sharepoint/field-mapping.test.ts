import { fromFields, selectOf, toFields } from '../../../src/adapters/sharepoint/schema/field-mapping.js';
import { ENTITY_LISTS } from '../../../src/adapters/sharepoint/schema/list-schema.js';
import { decodeRecord } from '../../../src/adapters/sharepoint/store/record-codec.js';
import type { Action, Indicator } from '../../../src/domain/entities/index.js';

const action: Action = {
  id: 'act-1',
  commitmentId: 'eng-a',
  title: 'Végétaliser les cours',
  status: 'blocked',
  weather: 'stormy',
  progress: 35,
  dueDate: '2027-06-30',
  half: 'first',
  budgetPlanned: 125_000.5,
};

describe('record ↔ SharePoint fields', () => {
  it('writes French labels for codes, ISO dates as text, the title into Title, and our bookkeeping', () => {
    const fields = toFields(ENTITY_LISTS.action, action, { createdAt: '2026-11-27T09:00:00.000Z', updatedAt: '2026-11-27T09:00:00.000Z', writeToken: 'tok' }, 'create');
    expect(fields).toMatchObject({
      CapId: 'act-1',
      Title: 'Végétaliser les cours',
      Status: 'Bloquée',
      Weather: 'Orageux',
      Progress: 35,
      DueDate: '2027-06-30',
      Half: 'Première moitié',
      BudgetPlanned: 125_000.5,
      CapCreatedAt: '2026-11-27T09:00:00.000Z',
      CapWrite: 'tok',
    });
    expect(fields).not.toHaveProperty('Trend');
  });

  it('clears absent optional fields on update, so that removing a value removes it in SharePoint', () => {
    const fields = toFields(ENTITY_LISTS.action, { ...action, weather: undefined }, { updatedAt: 'now', writeToken: 't2' }, 'update');
    expect(fields.Weather).toBeNull();
    expect(fields.Trend).toBeNull();
    expect(fields).not.toHaveProperty('CapCreatedAt');
  });

  it('reads back what it wrote, mapping labels to codes and parsing JSON columns', () => {
    const indicator: Indicator = {
      id: 'ind-1', commitmentId: 'eng-a', name: 'Énergie', unit: 'MWh', direction: 'decrease', baselineValue: 1000, baselineDate: '2025-01-01',
      targetValue: 700, targetDate: '2032-01-01', milestones: [{ date: '2028-01-01', value: 900 }], frequency: 'annual',
    };
    const fields = toFields(ENTITY_LISTS.indicator, indicator, {}, 'create');
    expect(fields.Milestones).toBe('[{"date":"2028-01-01","value":900}]');
    expect(fields.Direction).toBe('Baisse');
    const decoded = decodeRecord('indicator', { id: '7', eTag: '"{A1},3"', fields: { ...fields, CapCreatedAt: 'c', CapUpdatedAt: 'u' } });
    expect(decoded).toEqual({ ok: true, record: { ...indicator, version: '{A1},3', createdAt: 'c', updatedAt: 'u' } });
  });

  it('accepts what a person types in SharePoint: numbers as text, labels, empty cells', () => {
    const read = fromFields(ENTITY_LISTS.action, { CapId: 'act-1', Title: 'X', Status: 'En cours', Progress: '42', Weather: '', CommitmentId: 'eng-a', Half: 'Seconde moitié' });
    expect(read?.values).toEqual({ id: 'act-1', title: 'X', status: 'in_progress', progress: 42, commitmentId: 'eng-a', half: 'second' });
  });

  it('rejects an item a person broke, and ignores items made by hand without our id', () => {
    expect(decodeRecord('action', { id: '1', eTag: '"x,1"', fields: { CapId: 'act-1', Title: 'X', Status: 'Peut-être', CommitmentId: 'eng-a', Half: 'Première moitié' } })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('status'),
    });
    expect(decodeRecord('action', { id: '2', eTag: '"x,1"', fields: { Title: 'Ligne ajoutée à la main' } })).toEqual({ ok: false, reason: 'no Cap Mandat id' });
  });

  it('selects only our columns', () => {
    expect(selectOf(ENTITY_LISTS.measure).split(',')).toEqual(expect.arrayContaining(['Title', 'CapId', 'IndicatorId', 'MeasureDate', 'Value', 'CapWrite']));
    expect(selectOf(ENTITY_LISTS.measure)).not.toMatch(/ /);
  });
});
