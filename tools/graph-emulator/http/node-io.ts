import type { IncomingMessage, ServerResponse } from 'node:http';

export const MAX_BODY_BYTES = 4 * 1024 * 1024;

/** Reads the whole request body as UTF-8; undefined when it exceeds the limit. */
export async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Lower-cased single-valued headers. */
export function headerMap(req: IncomingMessage): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) result[key.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return result;
}

/** Writes a status, headers and an optional JSON body. */
export function send(res: ServerResponse, status: number, headers: Record<string, string>, body?: unknown): void {
  const payload = body === undefined || status === 204 ? undefined : JSON.stringify(body);
  const finalHeaders: Record<string, string> = { ...headers };
  if (payload !== undefined) {
    if (!Object.keys(finalHeaders).some((k) => k.toLowerCase() === 'content-type')) finalHeaders['Content-Type'] = 'application/json; charset=utf-8';
    finalHeaders['Content-Length'] = String(Buffer.byteLength(payload));
  }
  res.writeHead(status, finalHeaders);
  res.end(payload);
}
