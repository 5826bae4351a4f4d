import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FakeBotConnectorOptions } from '../tools/fake-bot-connector/index.js';
import type { DirectoryUserInput, FaultOptions } from '../tools/fake-bot-connector/types.js';
import type { FakeSummary, WorkerRequest } from './fake-connector-worker.js';

type Request = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/** The fake Bot Connector on a worker thread: the bench's "Teams" gets its own core instead of sharing the bot's. */
export class FakeConnectorThread {
  private next = 0;
  private readonly waiting = new Map<number, (value: unknown) => void>();
  private readonly conversations = new Map<string, string>();

  private constructor(
    private readonly worker: Worker,
    readonly serviceUrl: string,
    readonly tenantId: string,
  ) {
    worker.on('message', (message: { id: number; value: unknown }) => {
      this.waiting.get(message.id)?.(message.value);
      this.waiting.delete(message.id);
    });
  }

  /** Starts the fake on a new thread. */
  static async start(options: FakeBotConnectorOptions): Promise<FakeConnectorThread> {
    // The worker runs TypeScript through tsx's CommonJS hook, like the bench itself.
    const file = path.join(__dirname, 'fake-connector-worker.ts');
    const worker = new Worker(`require('tsx/cjs'); require(${JSON.stringify(file)});`, { eval: true, workerData: options });
    const ready = await new Promise<{ serviceUrl: string; tenantId: string }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    return new FakeConnectorThread(worker, ready.serviceUrl, ready.tenantId);
  }

  private call<T>(request: Request): Promise<T> {
    const id = ++this.next;
    return new Promise<T>((resolve) => {
      this.waiting.set(id, resolve as (value: unknown) => void);
      this.worker.postMessage({ ...request, id });
    });
  }

  async addUsers(users: DirectoryUserInput[]): Promise<void> {
    const ids = await this.call<string[]>({ op: 'addUsers', users });
    users.forEach((u, i) => this.conversations.set(u.id, ids[i]!));
  }

  personalConversationId(userId: string): string {
    const id = this.conversations.get(userId);
    if (!id) throw new Error(`unknown user ${userId}`);
    return id;
  }

  setFaults(faults: FaultOptions): Promise<boolean> {
    return this.call({ op: 'setFaults', faults });
  }

  cardAction(userId: string, verb: string, data: Record<string, unknown>): Promise<object> {
    return this.call({ op: 'cardAction', userId, verb, data });
  }

  summary(userIds: string[]): Promise<FakeSummary> {
    return this.call({ op: 'summary', userIds });
  }

  async stop(): Promise<void> {
    await this.call({ op: 'stop' });
    await this.worker.terminate();
  }
}
