import { CAMPAIGN_STATES, campaignStates, DELIVERY_STATES, deliveryStates, TransitionError } from '../../../../src/domain/campaigns/index.js';

describe('campaign state machine', () => {
  it.each([
    ['draft', 'scheduled'],
    ['draft', 'sending'],
    ['scheduled', 'draft'],
    ['scheduled', 'sending'],
    ['sending', 'open'],
    ['open', 'sending'],
    ['open', 'closed'],
    ['draft', 'closed'],
  ] as const)('allows %s → %s', (from, to) => {
    expect(campaignStates.move(from, to)).toBe(to);
  });

  it.each([
    ['closed', 'open'],
    ['closed', 'draft'],
    ['sending', 'closed'],
    ['open', 'draft'],
    ['sending', 'draft'],
    ['draft', 'open'],
  ] as const)('refuses %s → %s with a TransitionError', (from, to) => {
    expect(campaignStates.canMove(from, to)).toBe(false);
    expect(() => campaignStates.move(from, to)).toThrow(TransitionError);
  });

  it('ends only in closed, and every state can reach closed', () => {
    expect(CAMPAIGN_STATES.filter((s) => campaignStates.isFinal(s))).toEqual(['closed']);
    const reachesClosed = (s: (typeof CAMPAIGN_STATES)[number], seen = new Set<string>()): boolean =>
      s === 'closed' || (!seen.has(s) && campaignStates.next(s).some((n) => reachesClosed(n, new Set([...seen, s]))));
    for (const state of CAMPAIGN_STATES) expect([state, reachesClosed(state)]).toEqual([state, true]);
  });
});

describe('delivery state machine', () => {
  it('follows a card from the outbox to an amended answer', () => {
    let state = deliveryStates.move('queued', 'sent');
    state = deliveryStates.move(state, 'late');
    state = deliveryStates.move(state, 'answered');
    expect(deliveryStates.move(state, 'answered')).toBe('answered');
  });

  it('lets a retry stay queued and a failed delivery be relaunched, never straight to answered', () => {
    expect(deliveryStates.canMove('queued', 'queued')).toBe(true);
    expect(deliveryStates.canMove('failed', 'queued')).toBe(true);
    expect(deliveryStates.canMove('failed', 'answered')).toBe(false);
    expect(deliveryStates.canMove('queued', 'answered')).toBe(false);
    expect(deliveryStates.canMove('answered', 'queued')).toBe(false);
  });

  it('has no dead end: every state has a way forward or is answered', () => {
    for (const state of DELIVERY_STATES) expect(deliveryStates.next(state).length).toBeGreaterThan(0);
  });

  it('names the machine and the move in the error', () => {
    expect(() => deliveryStates.move('answered', 'failed')).toThrow('delivery: answered → failed is not allowed');
  });
});
