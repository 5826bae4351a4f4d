import { freeId, idFromKey, keyFromId, slug } from '../../../src/app/import/resolve/record-ids.js';

describe('references and ids', () => {
  it('shows a record by its id without the kind’s prefix, and maps it back', () => {
    const stored = new Set(['act-001', 'custom-id']);
    const exists = (id: string) => stored.has(id);
    expect(keyFromId('action', 'act-001')).toBe('001');
    expect(idFromKey('action', '001', exists)).toBe('act-001');
    // An id without the prefix is shown as it is, and found again.
    expect(keyFromId('action', 'custom-id')).toBe('custom-id');
    expect(idFromKey('action', 'custom-id', exists)).toBe('custom-id');
    // The full id typed as a reference finds the record too.
    expect(idFromKey('action', 'act-001', exists)).toBe('act-001');
    // A new reference gives a new id with the prefix.
    expect(idFromKey('action', 'A-1.3-02', exists)).toBe('act-A-1.3-02');
  });

  it('makes readable id parts out of any text', () => {
    expect(slug('1.3')).toBe('1-3');
    expect(slug('éloïse.martin')).toBe('eloise-martin');
    expect(slug('***')).toMatch(/^[0-9a-f]{12}$/);
  });

  it('finds a free id by numbering, and hashes a base too long to be an id', () => {
    const taken = new Set(['eng-1-3', 'eng-1-3-2']);
    expect(freeId('commitment', 'eng-1-3', (id) => taken.has(id))).toBe('eng-1-3-3');
    expect(freeId('commitment', 'eng-2-1', (id) => taken.has(id))).toBe('eng-2-1');
    expect(freeId('measure', `mes-${'x'.repeat(64)}-2027-01-01`, () => false)).toMatch(/^mes-[0-9a-f]{12}$/);
  });
});
