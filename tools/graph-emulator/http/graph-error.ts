import { randomUUID } from 'node:crypto';

/** A Graph error answer, thrown by handlers and turned into Graph's error JSON by the pipeline. */
export class GraphHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: { headers?: Record<string, string>; innerCode?: string } = {},
  ) {
    super(message);
    this.name = 'GraphHttpError';
  }
}

/** Graph's error body: {"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}. */
export function graphErrorBody(code: string, message: string, requestId: string = randomUUID(), innerCode?: string): { error: Record<string, unknown> } {
  const innerError: Record<string, string> = {
    date: new Date().toISOString().slice(0, 19),
    'request-id': requestId,
    'client-request-id': requestId,
  };
  if (innerCode) innerError['code'] = innerCode;
  return { error: { code, message, innerError } };
}

export const badRequest = (message: string): GraphHttpError => new GraphHttpError(400, 'BadRequest', message);
export const invalidRequest = (message: string): GraphHttpError => new GraphHttpError(400, 'invalidRequest', message);
export const itemNotFound = (message: string): GraphHttpError => new GraphHttpError(404, 'itemNotFound', message);
