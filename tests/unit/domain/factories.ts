import type { Action, Axis, Commitment, Indicator } from '../../../src/domain/entities/index.js';

/** A valid action; override any field. */
export function makeAction(overrides: Partial<Action> = {}): Action {
  return { id: 'act-1', commitmentId: 'com-1', title: 'Rénover le gymnase', status: 'in_progress', half: 'first', ...overrides };
}

/** A valid commitment; override any field. */
export function makeCommitment(overrides: Partial<Commitment> = {}): Commitment {
  return { id: 'com-1', axisId: 'axis-1', reference: 'E1', title: 'Des équipements sportifs rénovés', status: 'in_progress', ...overrides };
}

/** A valid axis; override any field. */
export function makeAxis(overrides: Partial<Axis> = {}): Axis {
  return { id: 'axis-1', title: 'Sport pour tous', order: 0, color: '#1F6FEB', ...overrides };
}

/** A valid indicator (increase 0 → 100 over 2024); override any field. */
export function makeIndicator(overrides: Partial<Indicator> = {}): Indicator {
  return {
    id: 'ind-1',
    actionId: 'act-1',
    name: 'Places en crèche',
    unit: 'places',
    direction: 'increase',
    baselineValue: 0,
    baselineDate: '2024-01-01',
    targetValue: 100,
    targetDate: '2025-01-01',
    milestones: [],
    frequency: 'quarterly',
    ...overrides,
  };
}
