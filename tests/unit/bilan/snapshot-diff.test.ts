import { diffRecords, slipReasons } from '../../../src/domain/snapshots/snapshot-diff.js';
import type { Action } from '../../../src/domain/entities/index.js';
import { fixtureRecords } from './bilan-fixture.js';

const action = (overrides: Partial<Action>): Action => ({ id: 'a', commitmentId: 'c', title: 'Action', status: 'in_progress', half: 'first', progress: 50, dueDate: '2029-01-01', ...overrides });

describe('comparing two states of the roadmap', () => {
  it('finds nothing between a state and itself, even re-saved (new version and dates)', () => {
    const before = fixtureRecords();
    const after = fixtureRecords();
    after.action[0] = { ...after.action[0]!, version: '9', updatedAt: '2030-01-01T00:00:00.000Z' };
    const diff = diffRecords(before, after);
    expect([diff.added, diff.removed, diff.changed, diff.slipped]).toEqual([[], [], [], []]);
  });

  it('lists records added, removed and changed with each changed field, old and new', () => {
    const before = fixtureRecords();
    const after = fixtureRecords();
    after.commitment[0] = { ...after.commitment[0]!, title: 'Rénover toutes les écoles', description: 'Ajoutée' };
    after.axis.push({ ...after.axis[0]!, id: 'A3', title: 'Culture' });
    after.measure = after.measure.filter((m) => m.id !== 'm4');
    const diff = diffRecords(before, after);
    expect(diff.added).toEqual([{ kind: 'axis', id: 'A3', label: 'Culture' }]);
    expect(diff.removed).toEqual([{ kind: 'measure', id: 'm4', label: '2029-01-01' }]);
    expect(diff.changed).toEqual([
      {
        kind: 'commitment',
        id: 'C1',
        label: 'Rénover toutes les écoles',
        fields: [
          { field: 'description', from: undefined, to: 'Ajoutée' },
          { field: 'title', from: 'Rénover les écoles', to: 'Rénover toutes les écoles' },
        ],
      },
    ]);
    expect(diff.counts.axis).toEqual({ added: 1, removed: 0, changed: 0 });
    expect(diff.counts.commitment).toEqual({ added: 0, removed: 0, changed: 1 });
  });

  it('says why an action slipped: later due date (revised counts), less progress, worse status', () => {
    expect(slipReasons(action({}), action({ revisedDueDate: '2029-06-01' }))).toEqual(['due_date_later']);
    expect(slipReasons(action({}), action({ progress: 40 }))).toEqual(['progress_down']);
    expect(slipReasons(action({}), action({ status: 'blocked' }))).toEqual(['status_worse']);
    expect(slipReasons(action({ status: 'planned' }), action({ status: 'done', progress: 100, dueDate: '2028-01-01' }))).toEqual([]);
  });

  it('reports slipped actions with both states, and caps the lists while keeping counts whole', () => {
    const before = fixtureRecords();
    const after = fixtureRecords();
    after.action = after.action.map((a) => (a.id === 'a1' ? { ...a, progress: 30, revisedDueDate: '2030-01-01' } : a));
    after.measure = [];
    const diff = diffRecords(before, after, 2);
    expect(diff.slipped).toEqual([
      { id: 'a1', title: 'École Jaurès', commitmentId: 'C1', reasons: ['due_date_later', 'progress_down'], from: { status: 'in_progress', progress: 60, dueDate: '2029-06-01' }, to: { status: 'in_progress', progress: 30, dueDate: '2030-01-01' } },
    ]);
    expect(diff.counts.measure.removed).toBe(4);
    expect(diff.removed).toHaveLength(2);
    expect(diff.truncated).toBe(true);
  });
});
