import { actionSchema, axisSchema, commitmentSchema, indicatorSchema } from '../../../src/domain/entities/index.js';
import { makeAction, makeAxis, makeCommitment, makeIndicator } from './factories.js';

describe('test factories', () => {
  it('build records the entity schemas accept', () => {
    expect(actionSchema.safeParse(makeAction()).success).toBe(true);
    expect(commitmentSchema.safeParse(makeCommitment()).success).toBe(true);
    expect(axisSchema.safeParse(makeAxis()).success).toBe(true);
    expect(indicatorSchema.safeParse(makeIndicator()).success).toBe(true);
    expect(indicatorSchema.safeParse(makeIndicator({ milestones: [{ date: '2024-07-01', value: 30 }] })).success).toBe(true);
  });

  it('forbid zero weights, so the roll-up never divides by a zero total', () => {
    expect(actionSchema.safeParse(makeAction({ weight: 0 })).success).toBe(false);
    expect(commitmentSchema.safeParse(makeCommitment({ weight: 0 })).success).toBe(false);
    expect(axisSchema.safeParse(makeAxis({ weight: 0 })).success).toBe(false);
  });
});
