import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { AccessTokens } from './auth/access-token.js';
import type { EmulatorContext } from './context.js';
import { GraphHttpError } from './http/graph-error.js';
import { createRequestListener } from './http/server.js';
import { LIST_VIEW_THRESHOLD } from './odata/list-view-threshold.js';
import { MAX_PAGE_SIZE } from './odata/query-options.js';
import { FaultInjector, validateFaultOptions } from './ops/faults.js';
import { StatsRecorder } from './ops/stats.js';
import { editAsUser, inspectList } from './store/inspection.js';
import { seedItems } from './store/item-seeding.js';
import { newSite } from './store/site-factory.js';
import { createTestCertificate } from './tls/certificate.js';
import type { GraphEmulator, GraphEmulatorOptions } from './types.js';

export type { EndpointStats, FaultOptions, GraphEmulator, GraphEmulatorOptions, GraphEmulatorStats, InspectedItem } from './types.js';
export { createTestCertificate } from './tls/certificate.js';
export { msalAuthorityOptions, type EmulatorMsalAuthOptions } from './auth/msal-options.js';

const DEFAULTS = {
  host: '127.0.0.1',
  tenantId: '7a1d3c52-5b8e-4f0a-9d6c-2e4b8f1a0c93',
  clientId: 'c4f2e1a0-9b3d-4e6f-8a7c-5d1e2f3a4b6c',
  clientSecret: 'graph-emulator-secret',
  siteHostname: 'contoso.sharepoint.com',
  sitePath: '/sites/capmandat',
  pageSize: 200,
  listViewThreshold: LIST_VIEW_THRESHOLD,
};

/** Graph errors thrown by the test hooks become plain Errors carrying Graph's code. */
function hookError(error: unknown): Error {
  return error instanceof GraphHttpError ? new Error(`${error.code}: ${error.message}`) : (error as Error);
}

/** Starts the Graph / SharePoint lists emulator and its fake Entra token endpoint over https. */
export async function startGraphEmulator(options: GraphEmulatorOptions = {}): Promise<GraphEmulator> {
  const settings = { ...DEFAULTS, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) } as typeof DEFAULTS & GraphEmulatorOptions;
  const sitePath = `/${settings.sitePath.replace(/^\/+|\/+$/g, '')}`;
  if (!Number.isInteger(settings.pageSize) || settings.pageSize < 1 || settings.pageSize > MAX_PAGE_SIZE) {
    throw new Error(`pageSize must be an integer between 1 and ${MAX_PAGE_SIZE}`);
  }
  const threshold = settings.listViewThreshold;
  if (!Number.isInteger(threshold) || threshold < 1 || threshold > LIST_VIEW_THRESHOLD) {
    throw new Error(`listViewThreshold must be an integer between 1 and ${LIST_VIEW_THRESHOLD} (SharePoint Online's is fixed at ${LIST_VIEW_THRESHOLD})`);
  }
  const tls = options.tls ?? createTestCertificate();
  const clock = (): Date => new Date();
  let baseUrl = '';
  const faults = new FaultInjector(validateFaultOptions(options.faults ?? {}));
  const tokens = new AccessTokens(settings.tenantId, clock);
  const ctx: EmulatorContext = {
    site: newSite(settings.siteHostname, sitePath, clock()),
    graphBaseUrl: '',
    authorityUrl: '',
    pageSize: settings.pageSize,
    listViewThreshold: threshold,
    clock,
    appActor: { identity: { user: { displayName: 'SharePoint App' }, application: { id: settings.clientId, displayName: 'Cap Mandat' } }, lookupId: 1073741822 },
    faults,
    stats: new StatsRecorder(),
    tokens,
  };
  const listener = createRequestListener(ctx, {
    tenantId: settings.tenantId,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    baseUrl: () => baseUrl,
    onUnexpected: (error) => console.error('[graph-emulator] unexpected error', error),
  });
  const server: Server = createServer({ key: tls.keyPem, cert: tls.certPem }, listener);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port ?? 0, settings.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const hostForUrl = settings.host.includes(':') ? `[${settings.host}]` : settings.host;
  baseUrl = `https://${hostForUrl}:${port}`;
  ctx.graphBaseUrl = `${baseUrl}/v1.0`;
  ctx.authorityUrl = `${baseUrl}/${settings.tenantId}`;
  const emulator: GraphEmulator = {
    url: baseUrl,
    graphBaseUrl: ctx.graphBaseUrl,
    authorityHost: `${baseUrl}/`,
    tenantId: settings.tenantId,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    siteId: ctx.site.id,
    siteUrl: ctx.site.webUrl,
    caCertPem: tls.certPem,
    stats: () => ctx.stats.snapshot(),
    resetStats: () => ctx.stats.reset(),
    setFaults: (next) => faults.set(next),
    inspectList: (displayName) => {
      try {
        return Promise.resolve(inspectList(ctx.site, displayName));
      } catch (error) {
        return Promise.reject(hookError(error));
      }
    },
    editItemAsUser: (listDisplayName, itemId, fields) => {
      try {
        editAsUser(ctx.site, listDisplayName, itemId, fields, clock());
        return Promise.resolve();
      } catch (error) {
        return Promise.reject(hookError(error));
      }
    },
    seedItems: (listDisplayName, rows) => {
      try {
        seedItems(ctx.site, listDisplayName, rows, ctx.appActor, clock());
        return Promise.resolve();
      } catch (error) {
        return Promise.reject(hookError(error));
      }
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
  return emulator;
}
