import { badRequest } from '../http/graph-error.js';
import type { Scalar } from './typed-values.js';

/**
 * Opaque $skiptoken: the sort key and id of the last item served, so a page boundary survives inserts and
 * deletes (keyset paging, as SharePoint's "Paged=TRUE&p_ID=…" tokens do).
 */
export interface PageCursor {
  keys: Array<Scalar | null>;
  id: number;
}

export function encodeCursor(cursor: PageCursor): string {
  return Buffer.from(JSON.stringify({ p: 'Paged=TRUE', k: cursor.keys, i: cursor.id })).toString('base64url');
}

export function decodeCursor(token: string): PageCursor {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { p?: unknown; k?: unknown; i?: unknown };
    if (parsed.p === 'Paged=TRUE' && Array.isArray(parsed.k) && typeof parsed.i === 'number') {
      return { keys: parsed.k as Array<Scalar | null>, id: parsed.i };
    }
  } catch {
    // Falls through to the 400 below: a token the emulator did not issue.
  }
  throw badRequest('The $skiptoken is not valid. Only URLs returned by the API can be used to page.');
}
