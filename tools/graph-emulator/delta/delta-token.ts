import { invalidRequest } from '../http/graph-error.js';

/**
 * State carried by a delta token (opaque base64url to clients):
 * - enumerate: an initial enumeration in progress (items after `afterId`), its changes counted from `since`;
 * - changes: changes after `since`, up to `upTo` when paging through them (`afterSeq` = last change served).
 */
export type DeltaToken =
  | { mode: 'enumerate'; listId: string; since: number; afterId: number }
  | { mode: 'changes'; listId: string; since: number; afterSeq?: number; upTo?: number };

export function encodeDeltaToken(token: DeltaToken): string {
  return Buffer.from(JSON.stringify(token)).toString('base64url');
}

/** Decodes a token issued for this list; anything else is a 400. */
export function decodeDeltaToken(text: string, listId: string): DeltaToken {
  try {
    const parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Partial<DeltaToken>;
    if (parsed.listId === listId && typeof parsed.since === 'number') {
      if (parsed.mode === 'enumerate' && typeof parsed.afterId === 'number') return parsed as DeltaToken;
      if (parsed.mode === 'changes') return parsed as DeltaToken;
    }
  } catch {
    // Reported below.
  }
  throw invalidRequest('The delta token is not valid for this list.');
}
