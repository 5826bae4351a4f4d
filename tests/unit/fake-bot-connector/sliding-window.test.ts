import { SlidingWindowLog } from '../../../tools/fake-bot-connector/limits/sliding-window.js';
import { TEAMS_THREAD_LIMITS } from '../../../tools/fake-bot-connector/limits/teams-limits.js';

/** Records `count` operations at `at` while they fit; returns how many did. */
function fill(log: SlidingWindowLog, at: number, count: number): number {
  let accepted = 0;
  for (let i = 0; i < count; i++) {
    if (log.waitMs(at) > 0) break;
    log.record(at);
    accepted += 1;
  }
  return accepted;
}

describe('SlidingWindowLog under Teams send limits', () => {
  it('takes 7 in a second and says when the 8th fits', () => {
    const log = new SlidingWindowLog(TEAMS_THREAD_LIMITS.send);
    expect(fill(log, 0, 10)).toBe(7);
    expect(log.waitMs(0)).toBe(1000);
    expect(log.waitMs(400)).toBe(600);
  });

  it('binds on 8 per 2 s once the first second has passed', () => {
    const log = new SlidingWindowLog(TEAMS_THREAD_LIMITS.send);
    fill(log, 0, 7);
    expect(fill(log, 1000, 5)).toBe(1);
    expect(log.waitMs(1000)).toBe(1000);
    expect(fill(log, 2000, 8)).toBe(7);
  });

  it('binds on 60 per 30 s and frees slots as the oldest leave', () => {
    const log = new SlidingWindowLog(TEAMS_THREAD_LIMITS.send);
    let accepted = 0;
    for (let t = 0; t < 30_000; t += 2000) accepted += fill(log, t, 8);
    expect(accepted).toBe(60);
    expect(log.waitMs(28_000)).toBe(2000);
    expect(fill(log, 30_000, 8)).toBe(7);
  });

  it('keeps counting right after pruning a long history', () => {
    const log = new SlidingWindowLog([{ limit: 2, windowMs: 10 }]);
    for (let t = 0; t < 5000; t += 10) expect(fill(log, t, 3)).toBe(2);
  });
});
