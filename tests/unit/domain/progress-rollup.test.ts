import { rollUpProgress, weightedProgress } from '../../../src/domain/rules/index.js';
import { makeAction, makeAxis, makeCommitment } from './factories.js';

describe('weightedProgress', () => {
  it('is undefined when nothing has a progress', () => {
    expect(weightedProgress([])).toBeUndefined();
    expect(weightedProgress([{}, { weight: 3 }])).toBeUndefined();
  });

  it('ignores items without progress instead of counting them as 0', () => {
    expect(weightedProgress([{ progress: 80 }, {}, { weight: 5 }])).toBe(80);
  });

  it('weights default to 1 and set weights count', () => {
    expect(weightedProgress([{ progress: 20 }, { progress: 60 }])).toBe(40);
    expect(weightedProgress([{ progress: 20, weight: 3 }, { progress: 60 }])).toBe(30);
  });

  it('rounds to one decimal', () => {
    expect(weightedProgress([{ progress: 0 }, { progress: 0 }, { progress: 100 }])).toBe(33.3);
    expect(weightedProgress([{ progress: 100 }, { progress: 100 }, { progress: 0 }])).toBe(66.7);
  });

  it('counts a real 0 % as 0', () => {
    expect(weightedProgress([{ progress: 0 }, { progress: 100 }])).toBe(50);
  });
});

describe('rollUpProgress', () => {
  it('leaves every level undefined when no action has a progress', () => {
    const rollup = rollUpProgress({
      axes: [makeAxis()],
      commitments: [makeCommitment()],
      actions: [makeAction(), makeAction({ id: 'act-2' })],
    });
    expect(rollup.mandate).toBeUndefined();
    expect(rollup.axes.get('axis-1')).toBeUndefined();
    expect(rollup.commitments.get('com-1')).toBeUndefined();
    expect([...rollup.axes.keys()]).toEqual(['axis-1']);
    expect([...rollup.commitments.keys()]).toEqual(['com-1']);
  });

  it('rolls weighted actions up to commitment, axis and mandate', () => {
    const rollup = rollUpProgress({
      axes: [makeAxis({ id: 'a1', weight: 3 }), makeAxis({ id: 'a2' })],
      commitments: [
        makeCommitment({ id: 'c1', axisId: 'a1', weight: 2 }),
        makeCommitment({ id: 'c2', axisId: 'a1' }),
        makeCommitment({ id: 'c3', axisId: 'a2' }),
      ],
      actions: [
        makeAction({ id: 'x1', commitmentId: 'c1', progress: 100, weight: 3 }),
        makeAction({ id: 'x2', commitmentId: 'c1', progress: 20 }),
        makeAction({ id: 'x3', commitmentId: 'c2', progress: 50 }),
        makeAction({ id: 'x4', commitmentId: 'c3', progress: 10 }),
      ],
    });
    expect(rollup.commitments.get('c1')).toBe(80); // (100×3 + 20) / 4
    expect(rollup.commitments.get('c2')).toBe(50);
    expect(rollup.commitments.get('c3')).toBe(10);
    expect(rollup.axes.get('a1')).toBe(70); // (80×2 + 50) / 3
    expect(rollup.axes.get('a2')).toBe(10);
    expect(rollup.mandate).toBe(55); // (70×3 + 10) / 4
  });

  it('ignores cancelled actions and actions without progress', () => {
    const rollup = rollUpProgress({
      axes: [makeAxis()],
      commitments: [makeCommitment()],
      actions: [
        makeAction({ id: 'x1', progress: 60 }),
        makeAction({ id: 'x2', progress: 0, status: 'cancelled' }),
        makeAction({ id: 'x3' }),
      ],
    });
    expect(rollup.commitments.get('com-1')).toBe(60);
    expect(rollup.mandate).toBe(60);
  });

  it('a commitment whose only actions are cancelled has no value', () => {
    const rollup = rollUpProgress({
      axes: [makeAxis()],
      commitments: [makeCommitment()],
      actions: [makeAction({ progress: 40, status: 'cancelled' })],
    });
    expect(rollup.commitments.get('com-1')).toBeUndefined();
    expect(rollup.mandate).toBeUndefined();
  });

  it('counts a done commitment without tracked actions as 100', () => {
    const rollup = rollUpProgress({
      axes: [makeAxis()],
      commitments: [makeCommitment({ id: 'c1', status: 'done' }), makeCommitment({ id: 'c2' })],
      actions: [makeAction({ id: 'x1', commitmentId: 'c2', progress: 40 }), makeAction({ id: 'x2', commitmentId: 'c1' })],
    });
    expect(rollup.commitments.get('c1')).toBe(100);
    expect(rollup.axes.get('axis-1')).toBe(70);
  });

  it('a done commitment with tracked actions keeps their figure', () => {
    const rollup = rollUpProgress({
      axes: [makeAxis()],
      commitments: [makeCommitment({ status: 'done' })],
      actions: [makeAction({ progress: 90 })],
    });
    expect(rollup.commitments.get('com-1')).toBe(90);
  });

  it('keeps an abandoned commitment out of its axis but still reports its own value', () => {
    const rollup = rollUpProgress({
      axes: [makeAxis()],
      commitments: [
        makeCommitment({ id: 'c1', status: 'abandoned', gapJustification: 'Projet repris par la région.' }),
        makeCommitment({ id: 'c2' }),
      ],
      actions: [makeAction({ id: 'x1', commitmentId: 'c1', progress: 10 }), makeAction({ id: 'x2', commitmentId: 'c2', progress: 90 })],
    });
    expect(rollup.commitments.get('c1')).toBe(10);
    expect(rollup.axes.get('axis-1')).toBe(90);
    expect(rollup.mandate).toBe(90);
  });

  it('an axis with no progress does not drag the mandate down', () => {
    const rollup = rollUpProgress({
      axes: [makeAxis({ id: 'a1' }), makeAxis({ id: 'a2', weight: 10 })],
      commitments: [makeCommitment({ id: 'c1', axisId: 'a1' }), makeCommitment({ id: 'c2', axisId: 'a2' })],
      actions: [makeAction({ id: 'x1', commitmentId: 'c1', progress: 30 }), makeAction({ id: 'x2', commitmentId: 'c2' })],
    });
    expect(rollup.axes.get('a2')).toBeUndefined();
    expect(rollup.mandate).toBe(30);
  });

  it('ignores actions of unknown commitments and commitments of unknown axes', () => {
    const rollup = rollUpProgress({
      axes: [makeAxis()],
      commitments: [makeCommitment({ id: 'c1' }), makeCommitment({ id: 'orphan', axisId: 'gone' })],
      actions: [
        makeAction({ id: 'x1', commitmentId: 'c1', progress: 50 }),
        makeAction({ id: 'x2', commitmentId: 'missing', progress: 0 }),
        makeAction({ id: 'x3', commitmentId: 'orphan', progress: 0 }),
      ],
    });
    expect(rollup.commitments.get('orphan')).toBe(0);
    expect(rollup.axes.get('axis-1')).toBe(50);
    expect(rollup.mandate).toBe(50);
  });
});
