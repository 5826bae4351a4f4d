import { exportCell, referencesFor } from '../../../src/app/import/export/export-values.js';
import { Directory } from '../../../src/app/import/resolve/directory.js';
import { ACTION_SHEET } from '../../../src/app/import/sheets/action.sheet.js';
import { PROGRAMME, makeSnapshot } from './support/snapshot.js';

describe('writing a stored record into the workbook', () => {
  it('designates others the way the import reads them back', () => {
    const snapshot = makeSnapshot(PROGRAMME);
    const refOf = referencesFor(snapshot);
    expect(refOf('commitment', 'eng-1-3')).toBe('1.3');
    expect(refOf('person', 'pers-paul')).toBe('Paul.Martin@ville.fr');
    expect(refOf('service', 'svc-espaces-publics')).toBe('VEP');
    expect(refOf('axis', 'axe-1')).toBe('1');
  });

  it('falls back to the reference when a service code is shared or reads as another service’s reference', () => {
    const snapshot = makeSnapshot({
      service: [
        { id: 'svc-a', name: 'A', code: 'J' },
        { id: 'svc-b', name: 'B', code: 'j' },
        { id: 'svc-c', name: 'C', code: 'a' },
      ],
    });
    const refOf = referencesFor(snapshot);
    expect(['svc-a', 'svc-b', 'svc-c'].map((id) => refOf('service', id))).toEqual(['a', 'b', 'c']);
    // And each of those resolves to its own service.
    const dir = new Directory(snapshot);
    expect(['a', 'b', 'c'].map((ref) => dir.lookup('service', ref))).toEqual([
      { ok: true, id: 'svc-a' },
      { ok: true, id: 'svc-b' },
      { ok: true, id: 'svc-c' },
    ]);
  });

  it('writes labels for codes, dates as date cells, and the reference in the key column', () => {
    const action = { id: 'act-001', commitmentId: 'eng-1-3', title: 'Planter', status: 'blocked', half: 'second', startDate: '2027-03-15', weather: 'stormy' };
    const refOf = referencesFor(makeSnapshot(PROGRAMME));
    const cells = Object.fromEntries(ACTION_SHEET.columns.map((c) => [c.field, exportCell('action', c, action, refOf)]));
    expect(cells).toMatchObject({
      reference: '001',
      commitmentId: '1.3',
      status: 'Bloquée',
      half: 'Seconde moitié',
      weather: 'Orageux',
      startDate: new Date('2027-03-15T00:00:00.000Z'),
      dueDate: null,
    });
  });
});
