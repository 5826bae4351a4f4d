import type { ServerResponse } from 'node:http';

/** A message post (new message or reply), the calls whose answers can be held. */
const SEND = /^\/v3\/conversations\/[^/]+\/activities(\/[^/]+)?$/;

/**
 * Answers held back after the message was delivered: the bot's send stays in flight while Teams already shows the
 * card, as when a connection drops after Teams accepted the message. Tests kill a bot process in that state and
 * count its sends in flight here.
 */
export class AnswerHolds {
  private remaining = 0;
  private readonly held = new Set<() => void>();

  /** The answers of the next `count` delivered sends wait for `releaseAll`. */
  holdNext(count: number): void {
    this.remaining += count;
  }

  /** Answers waiting now (a caller that hung up is no longer waiting). */
  get count(): number {
    return this.held.size;
  }

  /** Lets every held answer go, and holds no more. */
  releaseAll(): void {
    this.remaining = 0;
    for (const release of [...this.held]) release();
  }

  /** Resolves when the answer of this call may be written: at once unless it is a delivered send to hold. */
  gate(method: string, path: string, status: number, res: ServerResponse): Promise<void> {
    if (this.remaining <= 0 || method !== 'POST' || status !== 201 || !SEND.test(path)) return Promise.resolve();
    this.remaining -= 1;
    return new Promise((resolve) => {
      const release = (): void => {
        this.held.delete(release);
        res.off('close', release);
        resolve();
      };
      this.held.add(release);
      res.once('close', release);
    });
  }
}
