import type { GraphAnswer, GraphCall, GraphTransport } from '../../src/adapters/sharepoint/graph/graph-transport.js';
import type { RetryEnvironment } from '../../src/adapters/sharepoint/graph/retry.middleware.js';

/** One request inside a $batch, as the fake sees it. */
export interface InnerRequest {
  id: string;
  method: string;
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
  dependsOn?: string[];
}

/** A fake Graph: `$batch` members are answered one by one by `answer`; every round trip is recorded. */
export function fakeTransport(answer: (request: InnerRequest, round: number) => { status: number; body?: unknown; headers?: Record<string, string> }) {
  const rounds: InnerRequest[][] = [];
  const transport: GraphTransport & { rounds: InnerRequest[][] } = {
    rounds,
    relative: (link) => link.replace(/^https:\/\/graph\.example\/v1\.0/, ''),
    call<T>(call: GraphCall): Promise<GraphAnswer<T>> {
      if (call.path !== '/$batch') throw new Error(`unexpected ${call.method} ${call.path}`);
      const requests = (call.body as { requests: InnerRequest[] }).requests;
      rounds.push(requests);
      const responses = requests.map((r) => ({ id: r.id, ...answer(r, rounds.length) }));
      // Graph answers in any order.
      responses.reverse();
      return Promise.resolve({ status: 200, headers: new Headers(), body: { responses } as T, attempts: 1 });
    },
  };
  return transport;
}

/** Time that passes only when slept, and no chance. */
export function fakeEnvironment(): RetryEnvironment & { slept: number[] } {
  const env = { slept: [] as number[], sleep: (ms: number) => (env.slept.push(ms), Promise.resolve()), random: () => 0, now: () => 0 };
  return env;
}
