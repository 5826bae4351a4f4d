import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ChromiumPdfRenderer } from '../src/adapters/pdf/chromium-pdf.renderer.js';
import { randomIds, systemClock } from '../src/adapters/system/system-clock.js';
import { createServices } from '../src/app/services.js';
import type { RoadmapStore } from '../src/ports/store.port.js';
import { devAuthenticator } from '../src/server/auth/dev-authenticator.js';
import { createHttpApp } from '../src/server/app.js';
import { createLogger } from '../src/server/logger.js';

export interface BenchServer {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  url: string;
  close(): Promise<void>;
}

/** Composes the app as src/server/main.ts does (real clock, random ids, dev auth), silent, on a loopback ephemeral port. */
export async function startBenchServer(store: RoadmapStore): Promise<BenchServer> {
  const app = createHttpApp({
    services: createServices(store, systemClock(), randomIds(), { pdf: new ChromiumPdfRenderer() }),
    store,
    authenticator: devAuthenticator(store),
    logger: createLogger('silent'),
    bodyLimitBytes: 256 * 1024,
    version: 'bench',
    // One scripted "person" sends hundreds of writes a minute: the per-person limit would measure itself, not the API.
    writeRateLimit: { windowMs: 60_000, maxWritesPerWindow: 1_000_000 },
  });
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
    s.once('error', reject);
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // fetch keeps connections alive; drop them so close() does not wait for their idle timeout.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
