/** The request and response shapes that flow through the emulator's Graph pipeline (outer or $batch member). */

export interface GraphRequest {
  method: string;
  /** Path after /v1.0, percent-encoded, e.g. "/sites/x/lists". */
  path: string;
  query: URLSearchParams;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  /** Parsed JSON body, or undefined when none was sent. */
  body: unknown;
  /** True for a member of a $batch. */
  inner: boolean;
}

export interface GraphResponse {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

export const JSON_CONTENT_TYPE = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

/** A JSON answer with Graph's content type. */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): GraphResponse {
  return { status, headers: { 'Content-Type': JSON_CONTENT_TYPE, ...headers }, body };
}

export const noContent = (): GraphResponse => ({ status: 204, headers: {} });
