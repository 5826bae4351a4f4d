import { groupProposals } from '../../../src/tab/model/proposal-groups.js';
import { makeView } from './support/tab-factories.js';

const ids = (views: readonly { proposal: { id: string } }[]): string[] => views.map((v) => v.proposal.id);

describe('proposals grouped for review', () => {
  it('shows nothing when there is nothing to review', () => {
    expect(groupProposals([])).toEqual([]);
  });

  it('groups by campaign, then by record, in the order the API gave', () => {
    const a1 = makeView('c1', { kind: 'action', id: 'a1' }, 'Revue de printemps');
    const i1 = makeView('c2', { kind: 'indicator', id: 'i1' }, 'Temps de travail');
    const a2 = makeView('c1', { kind: 'action', id: 'a2' });
    const a1Again = makeView('c1', { kind: 'action', id: 'a1' });
    const groups = groupProposals([a1, i1, a2, a1Again]);

    expect(groups.map((g) => [g.campaignId, g.campaignTitle, g.count])).toEqual([
      ['c1', 'Revue de printemps', 3],
      ['c2', 'Temps de travail', 1],
    ]);
    expect(groups[0]!.records.map((r) => [r.key, ids(r.views)])).toEqual([
      ['action:a1', ids([a1, a1Again])],
      ['action:a2', ids([a2])],
    ]);
    expect(groups[1]!.records).toEqual([{ key: 'indicator:i1', target: i1.target, views: [i1] }]);
  });

  it('keeps an action and an indicator with the same id apart', () => {
    const groups = groupProposals([makeView('c1', { kind: 'action', id: 'x1' }), makeView('c1', { kind: 'indicator', id: 'x1' })]);
    expect(groups[0]!.records.map((r) => r.key)).toEqual(['action:x1', 'indicator:x1']);
  });

  it('gives groups only their documented fields', () => {
    const [group] = groupProposals([makeView('c1', { kind: 'action', id: 'a1' })]);
    expect(Object.keys(group!).sort()).toEqual(['campaignId', 'campaignTitle', 'count', 'records']);
  });

  it('counts every proposal of a campaign, many about one record', () => {
    const views = Array.from({ length: 25 }, () => makeView('c1', { kind: 'indicator', id: 'i1' }));
    const [group] = groupProposals(views);
    expect(group!.count).toBe(25);
    expect(group!.records).toHaveLength(1);
    expect(ids(group!.records[0]!.views)).toEqual(ids(views));
  });

  it('shows a hostile campaign title as data, untouched', () => {
    const title = '<img src=x onerror=alert(1)>';
    expect(groupProposals([makeView('c1', { kind: 'action', id: 'a1' }, title)])[0]!.campaignTitle).toBe(title);
  });
});
