import { TABLES } from '../../../src/adapters/sqlite/tables.js';
import { SEARCH_FIELDS, matchesQuery } from '../../../src/app/authorization/record-search.js';
import { PERSONAL_IDENTIFIERS, readViewFor, restrictedView } from '../../../src/app/authorization/read-view.js';
import { redactHistory, redactRecord } from '../../../src/app/authorization/redaction.js';
import { DEFAULT_INTERNAL_FIELDS, ENTITY_KINDS, type HistoryEntry, type Role } from '../../../src/domain/entities/index.js';

const who = (role: Role) => ({ personId: `p-${role}`, displayName: role, role, serviceIds: [] });

describe('the read view', () => {
  it('hides nothing from those who read internal fields, and the mandate’s choice plus identifiers from readers', () => {
    expect(readViewFor(who('service_head'), { internalFields: ['action.blockers'] }).hidden).toEqual([]);
    const reader = readViewFor(who('reader'), { internalFields: ['commitment.gapJustification'] });
    expect(reader.hidden).toEqual(['commitment.gapJustification', ...PERSONAL_IDENTIFIERS].sort());
    expect(readViewFor(who('reader'), undefined).hidden).toEqual([...DEFAULT_INTERNAL_FIELDS, ...PERSONAL_IDENTIFIERS].sort());
  });

  it('gives each different set of hidden fields its own cache variant', () => {
    const variants = new Set([
      readViewFor(who('administrator'), undefined).variant,
      readViewFor(who('reader'), undefined).variant,
      readViewFor(who('reader'), { internalFields: [] }).variant,
    ]);
    expect(variants.size).toBe(3);
    expect(readViewFor(who('pilotage'), undefined).variant).toBe(readViewFor(who('elected'), undefined).variant);
  });

  it('adds up today’s choice and a snapshot’s for what is published', () => {
    const view = restrictedView({ internalFields: ['action.blockers'] }, { internalFields: ['feedback.summary'] });
    expect(view.hidden).toEqual(expect.arrayContaining(['action.blockers', 'feedback.summary', 'person.email']));
  });

  it('removes people’s identifiers from records and from their history', () => {
    const view = readViewFor(who('reader'), { internalFields: [] });
    expect(redactRecord(view, 'person', { id: 'p', displayName: 'Anne', email: 'a@b.fr', entraObjectId: 'x', role: 'reader' })).toEqual({ id: 'p', displayName: 'Anne', role: 'reader' });
    const entry: HistoryEntry = {
      id: 'h',
      entityType: 'person',
      entityId: 'p',
      operation: 'update',
      at: '2026-01-01T00:00:00.000Z',
      actor: { id: 'a', name: 'A' },
      source: 'api',
      changes: [{ field: 'email', old: 'a@b.fr', new: 'c@d.fr' }],
    };
    expect(redactHistory(view, [entry])).toEqual([]);
  });
});

describe('search on what the caller sees', () => {
  it('searches the very fields the stores search', () => {
    for (const kind of ENTITY_KINDS) expect([kind, SEARCH_FIELDS[kind]]).toEqual([kind, TABLES[kind].searchFields]);
  });

  it('finds nothing in a field the record no longer has', () => {
    const view = readViewFor(who('reader'), undefined);
    const action = { id: 'a', title: 'Rénovation', blockers: 'Marché infructueux' };
    expect(matchesQuery('action', action, 'infructueux')).toBe(true);
    expect(matchesQuery('action', redactRecord(view, 'action', action), 'infructueux')).toBe(false);
    expect(matchesQuery('action', redactRecord(view, 'action', action), 'RENOVATION')).toBe(true);
  });
});
