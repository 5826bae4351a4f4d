/** Header that picks the acting person in dev authentication. */
const AS_ADMIN = { 'X-Dev-User': 'pers-admin' } as const;

/** One answered request: status, headers, body text and how long it took until the body was fully read. */
export interface Timed {
  status: number;
  headers: Headers;
  body: string;
  ms: number;
}

/** Raised when the API answers with anything but 2xx: the bench reports it rather than working around it. */
export class UnexpectedResponse extends Error {
  constructor(method: string, path: string, status: number, body: string) {
    super(`${method} ${path} answered ${status}: ${body.slice(0, 600)}`);
  }
}

export interface BenchRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

/** Sends one request as the administrator and times it, body included; throws on a non-2xx answer. */
export async function timedRequest(baseUrl: string, path: string, init: BenchRequest = {}): Promise<Timed> {
  const method = init.method ?? 'GET';
  const started = performance.now();
  const res = await fetch(`${baseUrl}${path}`, { method, headers: { ...AS_ADMIN, ...init.headers }, body: init.body });
  const body = await res.text();
  const ms = performance.now() - started;
  if (res.status < 200 || res.status > 299) throw new UnexpectedResponse(method, path, res.status, body);
  return { status: res.status, headers: res.headers, body, ms };
}

/** Times `runs` sequential GETs of `path` after `warmup` untimed ones; `check` sees the last body. */
export async function timeGets(
  baseUrl: string,
  path: string,
  runs: number,
  warmup: number,
  check?: (body: string) => void,
): Promise<{ durations: number[]; lastBody: string }> {
  let lastBody = '';
  for (let i = 0; i < warmup; i += 1) await timedRequest(baseUrl, path);
  const durations: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const res = await timedRequest(baseUrl, path);
    durations.push(res.ms);
    lastBody = res.body;
  }
  check?.(lastBody);
  return { durations, lastBody };
}

/** The ETag a read returned, without quotes; throws when the API sent none. */
function etagOf(res: Timed, path: string): string {
  const etag = res.headers.get('ETag');
  if (!etag) throw new Error(`GET ${path} answered ${res.status} without an ETag header`);
  return etag;
}

/** One timed PATCH of an action's progress, after an untimed GET for its ETag; checks the write took. */
export async function timeProgressUpdate(baseUrl: string, actionId: string, progress: number): Promise<number> {
  const path = `/api/v1/actions/${encodeURIComponent(actionId)}`;
  const read = await timedRequest(baseUrl, path);
  const etag = etagOf(read, path);
  const write = await timedRequest(baseUrl, path, {
    method: 'PATCH',
    headers: { 'If-Match': etag, 'Content-Type': 'application/json' },
    body: JSON.stringify({ progress }),
  });
  const saved = JSON.parse(write.body) as { progress?: unknown };
  if (saved.progress !== progress)
    throw new Error(`PATCH ${path} answered ${write.status} but progress is ${String(saved.progress)}, not ${progress}`);
  if (write.headers.get('ETag') === etag) throw new Error(`PATCH ${path} changed progress but kept ETag ${etag}`);
  return write.ms;
}
