import { Directory } from '../../../src/app/import/resolve/directory.js';
import { PROGRAMME, makeSnapshot } from './support/snapshot.js';

describe('resolving references between sheets and the store', () => {
  const fresh = () => new Directory(makeSnapshot(PROGRAMME));

  it('finds stored records by reference: axes and actions by id without prefix, engagements by programme reference', () => {
    const dir = fresh();
    expect(dir.lookup('axis', '1')).toEqual({ ok: true, id: 'axe-1' });
    expect(dir.lookup('action', '001')).toEqual({ ok: true, id: 'act-001' });
    expect(dir.lookup('commitment', ' 1.3 ')).toEqual({ ok: true, id: 'eng-1-3' });
    expect(dir.lookup('commitment', '1-3')).toEqual({ ok: false, code: 'unknown_reference' });
  });

  it('finds services by reference, code or name (any case or accents), people by e-mail (any case)', () => {
    const dir = fresh();
    expect(dir.lookup('service', 'espaces-publics')).toEqual({ ok: true, id: 'svc-espaces-publics' });
    expect(dir.lookup('service', 'vep')).toEqual({ ok: true, id: 'svc-espaces-publics' });
    expect(dir.lookup('service', 'service VOIRIE, espaces verts et proprete')).toEqual({ ok: true, id: 'svc-espaces-publics' });
    expect(dir.lookup('person', 'paul.martin@VILLE.fr')).toEqual({ ok: true, id: 'pers-paul' });
    expect(dir.lookup('person', 'pers-paul')).toEqual({ ok: true, id: 'pers-paul' });
    expect(dir.lookup('person', 'inconnu@ville.fr')).toEqual({ ok: false, code: 'unknown_reference' });
  });

  it('prefers the file’s rows, including a service’s new code, over what is stored', () => {
    const dir = fresh();
    expect(dir.claim('axis', '2', 'axe-2', 3)).toBeUndefined();
    expect(dir.lookup('axis', '2')).toEqual({ ok: true, id: 'axe-2' });
    dir.claim('service', 'espaces-publics', 'svc-espaces-publics', 4);
    dir.nameService('svc-espaces-publics', 'EV', 'Espaces verts');
    expect(dir.lookup('service', 'EV')).toEqual({ ok: true, id: 'svc-espaces-publics' });
    // The stored code is replaced by the file's: it designates nothing any more.
    expect(dir.lookup('service', 'VEP')).toEqual({ ok: false, code: 'unknown_reference' });
  });

  it('says when a code or a name designates several services', () => {
    const dir = new Directory(makeSnapshot({ service: [{ id: 'svc-a', name: 'Jeunesse', code: 'J' }, { id: 'svc-b', name: 'Jeunesse', code: 'JS' }] }));
    expect(dir.lookup('service', 'Jeunesse')).toEqual({ ok: false, code: 'ambiguous_reference' });
    expect(dir.lookup('service', 'js')).toEqual({ ok: true, id: 'svc-b' });
  });

  it('refuses a second row with the same key or the same id, naming the first row', () => {
    const dir = fresh();
    expect(dir.claim('action', '002', 'act-002', 3)).toBeUndefined();
    expect(dir.claim('action', '002', 'act-002', 7)).toBe(3);
    expect(dir.claim('action', 'act-002', 'act-002', 8)).toBe(3);
  });
});
