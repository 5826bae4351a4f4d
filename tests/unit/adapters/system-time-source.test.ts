import { systemTimeSource } from '../../../src/adapters/system/system-time-source.js';

describe('systemTimeSource', () => {
  it('stops sleeping as soon as it is aborted, and at once when already aborted', async () => {
    const controller = new AbortController();
    const sleeping = systemTimeSource.sleep(3_600_000, controller.signal);
    controller.abort();
    await expect(sleeping).resolves.toBeUndefined();
    await expect(systemTimeSource.sleep(3_600_000, controller.signal)).resolves.toBeUndefined();
  });

  it('reads a clock that never goes back', () => {
    const first = systemTimeSource.now();
    expect(systemTimeSource.now()).toBeGreaterThanOrEqual(first);
  });
});
