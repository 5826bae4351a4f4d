import { PUBLIC_FIELDS, PUBLIC_KINDS, publicRecords } from '../../../src/app/bilan/public/public-fields.js';
import { fixtureRecords } from './bilan-fixture.js';

describe('the public field list', () => {
  it('never publishes a person, a budget, a blocker, an owner, a météo or a measure comment', () => {
    const names = Object.fromEntries(PUBLIC_KINDS.map((k) => [k, (PUBLIC_FIELDS[k] as readonly { name: string }[]).map((f) => f.name)]));
    expect(PUBLIC_KINDS).not.toContain('person');
    expect(names.action).not.toEqual(expect.arrayContaining(['blockers']));
    for (const internal of ['blockers', 'nextSteps', 'budgetPlanned', 'budgetSpent', 'staffing', 'ownerPersonId', 'weather', 'trend', 'priority', 'weight'])
      expect(names.action).not.toContain(internal);
    expect(names.commitment).not.toContain('leadPersonId');
    expect(names.service).not.toContain('headPersonId');
    expect(names.measure).not.toContain('comment');
  });

  it('keeps only the listed fields, and only feedback from the population', () => {
    const records = fixtureRecords();
    records.action[0] = { ...records.action[0]!, blockers: 'interne', ownerPersonId: 'P1' };
    const pub = publicRecords(records);
    expect(Object.keys(pub.action[0]!).sort()).toEqual(['commitmentId', 'dueDate', 'half', 'id', 'progress', 'status', 'title']);
    expect(pub.feedback.map((f) => f.id)).toEqual(['f1', 'f2']);
    expect(pub.measure[0]).toEqual({ id: 'm1', indicatorId: 'i1', date: '2029-01-01', value: 80 });
    expect(pub).not.toHaveProperty('person');
  });
});
