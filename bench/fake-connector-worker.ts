import { parentPort, workerData } from 'node:worker_threads';
import { startFakeBotConnector, type FakeBotConnectorOptions } from '../tools/fake-bot-connector/index.js';
import type { DirectoryUserInput, FaultOptions } from '../tools/fake-bot-connector/types.js';

/** A request to the fake running in this worker. */
export type WorkerRequest =
  | { id: number; op: 'addUsers'; users: DirectoryUserInput[] }
  | { id: number; op: 'setFaults'; faults: FaultOptions }
  | { id: number; op: 'cardAction'; userId: string; verb: string; data: Record<string, unknown> }
  | { id: number; op: 'summary'; userIds: string[] }
  | { id: number; op: 'stop' };

/** What the fake saw, for the bench's figures. */
export interface FakeSummary {
  /** Messages delivered to each user asked about, in order. */
  deliveredPerUser: number[];
  sends: number;
  throttled: number;
  /** 429s by cause: the fake's rate limits, or the injected share. */
  rateLimited: number;
  injected: number;
}

// The fake Teams runs on its own thread (its own core), as Teams is not in the bot's process.
async function serve(): Promise<void> {
  const port = parentPort!;
  const fake = await startFakeBotConnector(workerData as FakeBotConnectorOptions);
  port.postMessage({ ready: true, serviceUrl: fake.serviceUrl, tenantId: fake.tenantId });
  port.on('message', (request: WorkerRequest) => {
    const answer = (value: unknown): void => port.postMessage({ id: request.id, value });
    switch (request.op) {
      case 'addUsers':
        fake.addUsers(request.users);
        return answer(request.users.map((u) => fake.personalConversationId(u.id)));
      case 'setFaults':
        fake.setFaults(request.faults);
        return answer(true);
      case 'cardAction':
        return answer(fake.incoming.cardAction(request.userId, { verb: request.verb, data: request.data }));
      case 'summary': {
        const sends = fake.requests().filter((r) => r.method === 'POST' && r.path.includes('/activities'));
        const summary: FakeSummary = {
          deliveredPerUser: request.userIds.map((u) => fake.sentTo(u).length),
          sends: sends.length,
          throttled: sends.filter((r) => r.status === 429).length,
          rateLimited: sends.filter((r) => r.outcome === 'rate-limited').length,
          injected: sends.filter((r) => r.outcome === 'random-fault').length,
        };
        return answer(summary);
      }
      case 'stop':
        void fake.stop().then(() => answer(true));
        return;
    }
  });
}

void serve();
