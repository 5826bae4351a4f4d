import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';

/**
 * Serialized answers of the read models, keyed by the data revision and the query, so that a screen polling an
 * unchanged roadmap costs neither a rebuild nor a 4 MB JSON.stringify; clients that send If-None-Match get 304.
 */
export class ReadModelCache {
  private readonly entries = new Map<string, { etag: string; body: string }>();

  constructor(private readonly maxEntries = 8) {}

  /** Answers `req` from the cache when `revision` is known and unchanged, else computes, stores and sends. */
  async send(req: Request, res: Response, revision: string | undefined, compute: () => Promise<unknown>): Promise<void> {
    const key = revision === undefined ? undefined : `${req.path}?${JSON.stringify(req.query)}@${revision}`;
    let entry = key === undefined ? undefined : this.entries.get(key);
    if (!entry) {
      const body = JSON.stringify(await compute());
      const etag = key === undefined ? undefined : `W/"${createHash('sha1').update(key).digest('base64url').slice(0, 22)}"`;
      if (key === undefined || etag === undefined) {
        res.type('json').send(body);
        return;
      }
      entry = { etag, body };
      this.remember(key, entry);
    }
    res.setHeader('ETag', entry.etag);
    res.setHeader('Cache-Control', 'private, no-cache');
    if (req.get('If-None-Match') === entry.etag) {
      res.status(304).end();
      return;
    }
    res.type('json').send(entry.body);
  }

  private remember(key: string, entry: { etag: string; body: string }): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    // Maps iterate in insertion order: the first key is the least recently stored.
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
  }
}
