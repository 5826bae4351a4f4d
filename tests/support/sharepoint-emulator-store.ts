import type { Middleware } from '@microsoft/microsoft-graph-client';
import { createTestCertificate, msalAuthorityOptions, startGraphEmulator, type GraphEmulator, type GraphEmulatorOptions } from '../../tools/graph-emulator/index.js';
import { openSharePointStore, provisionSharePoint, type SharePointStore, type SharePointStoreOptions } from '../../src/adapters/sharepoint/index.js';
import { toFields } from '../../src/adapters/sharepoint/schema/field-mapping.js';
import { HISTORY_LIST } from '../../src/adapters/sharepoint/schema/list-schema.js';
import type { ChangeContext, EntityKind } from '../../src/domain/entities/index.js';
import { trustCertificate } from './tls-trust.js';

/**
 * The Graph emulator with Cap Mandat's lists provisioned, and the options to open stores on it: a real msal-node
 * client against the emulator's authority, our middleware chain, short backoff steps so that tests with faults stay fast.
 */
export interface ProvisionedEmulator {
  emulator: GraphEmulator;
  options: SharePointStoreOptions;
  /** Opens a store on the site (another "instance" each time). */
  open(extra?: Partial<SharePointStoreOptions>): Promise<SharePointStore>;
  close(): Promise<void>;
}

/** Connection options for a store on `emulator`. */
export function emulatorStoreOptions(emulator: GraphEmulator, extra: Partial<SharePointStoreOptions> = {}): SharePointStoreOptions {
  return {
    graphBaseUrl: emulator.graphBaseUrl,
    site: emulator.siteId,
    appVersion: 'test',
    entra: {
      tenantId: emulator.tenantId,
      clientId: emulator.clientId,
      authorityHost: emulator.authorityHost,
      credential: { kind: 'secret', clientSecret: emulator.clientSecret },
      authOverrides: msalAuthorityOptions(emulator),
    },
    retry: { baseDelayMs: 5, maxDelayMs: 50, maxAttempts: 8 },
    ...extra,
  };
}

// One certificate for every emulator of the process: two trusted self-signed certificates with the same subject make
// OpenSSL check signatures against the wrong one, and the second emulator's TLS handshake fails.
let certificate: ReturnType<typeof createTestCertificate> | undefined;

/** The process's one emulator certificate (created on first use). */
export function testCertificate(): ReturnType<typeof createTestCertificate> {
  certificate ??= createTestCertificate();
  return certificate;
}

/** Starts an emulator (Retry-After 0 unless told otherwise), trusts its certificate and provisions the site. */
export async function startProvisionedEmulator(options: GraphEmulatorOptions = {}, extra: Partial<SharePointStoreOptions> = {}): Promise<ProvisionedEmulator> {
  const emulator = await startGraphEmulator({ tls: testCertificate(), ...options, faults: { retryAfterSeconds: 0, ...options.faults } });
  trustCertificate(emulator.caCertPem);
  const base = emulatorStoreOptions(emulator, extra);
  await provisionSharePoint(base);
  emulator.resetStats();
  return {
    emulator,
    options: base,
    open: (more = {}) => openSharePointStore({ ...base, ...more }),
    close: () => emulator.close(),
  };
}

/** A step before the network that lets the server do the work, then loses the answer of the first matching request. */
export function loseFirstAnswer(matches: (method: string, url: string, body: string) => boolean): Middleware & { lost: number } {
  let next: Middleware | undefined;
  const step = {
    lost: 0,
    async execute(context: Parameters<Middleware['execute']>[0]): Promise<void> {
      await next?.execute(context);
      const url = typeof context.request === 'string' ? context.request : context.request.url;
      const body = typeof context.options?.body === 'string' ? context.options.body : '';
      if (step.lost === 0 && matches((context.options?.method ?? 'GET').toUpperCase(), url, body)) {
        step.lost += 1;
        await context.response?.body?.cancel();
        // What a gateway answers when the backend did the work but the answer never came back.
        context.response = new Response(JSON.stringify({ error: { code: 'serviceNotAvailable', message: 'lost answer' } }), {
          status: 503,
          headers: { 'Content-Type': 'application/json', 'Retry-After': '0' },
        });
      }
    },
    setNext(middleware: Middleware) {
      next = middleware;
    },
  };
  return step;
}

/**
 * Fills the history list with `count` old entries about records of `entityType` that no test touches (ids `old-…`,
 * five entries a record), written as the adapter writes them: a mandate's worth of history, past the list view threshold.
 */
export async function seedHistory(emulator: GraphEmulator, count: number, entityType: EntityKind = 'action'): Promise<void> {
  const rows = Array.from({ length: count }, (_, n) =>
    toFields(
      HISTORY_LIST,
      {
        id: `seed-${n}`,
        entityType,
        entityId: `old-${Math.floor(n / 5)}`,
        operation: n % 5 === 0 ? 'create' : 'update',
        at: new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString(),
        actorId: 'pers-seed',
        actorName: 'Ancienne saisie',
        source: 'api',
        changes: JSON.stringify([{ field: 'progress', old: n % 100, new: (n + 1) % 100 }]),
      },
      {},
      'create',
    ),
  );
  await emulator.seedItems(HISTORY_LIST.displayName, rows);
}

/** One axis and one commitment (`eng-a`) on a fresh site, for tests that write actions under it. */
export async function seedCommitment(site: ProvisionedEmulator, ctx: ChangeContext): Promise<void> {
  const setup = await site.open();
  await setup.axis.create({ id: 'axe-a', title: 'Axe', order: 1, color: '#2E7D32' }, ctx);
  await setup.commitment.create({ id: 'eng-a', axisId: 'axe-a', reference: '1.1', title: 'Écoles', status: 'in_progress' }, ctx);
  await setup.close();
}
