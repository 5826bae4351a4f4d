import { Semaphore } from '../../../../src/app/campaigns/dispatch/semaphore.js';

describe('Semaphore', () => {
  it('hands out its slots, then serves waiters first come, first served', async () => {
    const slots = new Semaphore(2);
    const order: string[] = [];
    await slots.acquire();
    await slots.acquire();
    const c = slots.acquire().then(() => order.push('c'));
    const d = slots.acquire().then(() => order.push('d'));
    await Promise.resolve();
    expect(order).toEqual([]);
    slots.release();
    await c;
    expect(order).toEqual(['c']);
    slots.release();
    await d;
    expect(order).toEqual(['c', 'd']);
  });
});
