import { ConfigError, loadConfig, loadSharePointConfig } from '../../../src/config/config.js';

const problemsOf = (env: NodeJS.ProcessEnv): string[] => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
};

describe('loadConfig', () => {
  it('defaults to local development: dev identities, SQLite under data/, port 3978 on loopback, demo seed', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: 'development',
      port: 3978,
      host: '127.0.0.1',
      auth: { mode: 'dev' },
      store: { kind: 'sqlite', sqlitePath: 'data/cap-mandat.db' },
      seedDemo: true,
      timeZone: 'Europe/Paris',
      bodyLimitBytes: 256 * 1024,
    });
  });

  it('reads explicit settings', () => {
    const config = loadConfig({ PORT: '8080', SQLITE_PATH: '/tmp/x.db', SEED_DEMO: 'false', LOG_LEVEL: 'debug', DEV_DEFAULT_USER: 'pers-x' });
    expect(config).toMatchObject({ port: 8080, store: { sqlitePath: '/tmp/x.db' }, seedDemo: false, logLevel: 'debug', auth: { defaultUser: 'pers-x' } });
  });

  it('reserves a send for 20 s by default, and reads the lease in seconds', () => {
    expect(loadConfig({}).dispatch).toEqual({ ratePerSecond: 30, leaseMs: 20_000 });
    expect(loadConfig({ DISPATCH_LEASE_SECONDS: '7.5' }).dispatch.leaseMs).toBe(7_500);
    expect(problemsOf({ DISPATCH_LEASE_SECONDS: '0' }).some((p) => p.startsWith('DISPATCH_LEASE_SECONDS="0"'))).toBe(true);
    expect(problemsOf({ DISPATCH_LEASE_SECONDS: 'vingt' }).some((p) => p.startsWith('DISPATCH_LEASE_SECONDS="vingt"'))).toBe(true);
  });

  it('refuses development authentication in production, naming the variable', () => {
    const problems = problemsOf({ NODE_ENV: 'production', AUTH_MODE: 'dev' });
    expect(problems.some((p) => p.startsWith('AUTH_MODE="dev"') && p.includes('refused when NODE_ENV=production'))).toBe(true);
  });

  it('refuses production without an explicit authentication mode', () => {
    expect(problemsOf({ NODE_ENV: 'production' }).some((p) => p.startsWith('AUTH_MODE'))).toBe(true);
  });

  it('names every bad variable at once', () => {
    const problems = problemsOf({ PORT: 'abc', LOG_LEVEL: 'loud', TIME_ZONE: 'Mars/Olympus', STORE: 'oracle', SEED_DEMO: 'maybe' });
    const names = problems.map((p) => p.split('=')[0]);
    expect(names).toEqual(expect.arrayContaining(['PORT', 'LOG_LEVEL', 'TIME_ZONE', 'STORE', 'SEED_DEMO']));
    expect(problems.find((p) => p.startsWith('PORT'))).toContain('"abc"');
  });

  describe('STORE=sharepoint', () => {
    const sharepoint = {
      STORE: 'sharepoint',
      SHAREPOINT_SITE: 'https://contoso.sharepoint.com/sites/pilotage',
      ENTRA_TENANT_ID: '7a1d3c52-5b8e-4f0a-9d6c-2e4b8f1a0c93',
      ENTRA_CLIENT_ID: 'c4f2e1a0-9b3d-4e6f-8a7c-5d1e2f3a4b6c',
      ENTRA_CLIENT_SECRET: 's3cr3t',
    };

    it('reads the site, Entra ID settings and a secret, with Graph and authority defaults', () => {
      expect(loadConfig(sharepoint).store).toEqual({
        kind: 'sharepoint',
        sqlitePath: 'data/cap-mandat.db',
        sharepoint: {
          site: 'https://contoso.sharepoint.com/sites/pilotage',
          graphBaseUrl: 'https://graph.microsoft.com/v1.0',
          authorityHost: 'https://login.microsoftonline.com',
          tenantId: '7a1d3c52-5b8e-4f0a-9d6c-2e4b8f1a0c93',
          clientId: 'c4f2e1a0-9b3d-4e6f-8a7c-5d1e2f3a4b6c',
          credential: { kind: 'secret', clientSecret: 's3cr3t' },
          timeoutMs: 30_000,
          maxAttempts: 5,
        },
      });
    });

    it('takes a certificate or a managed identity instead of a secret, and overrides for Graph and the authority', () => {
      const { ENTRA_CLIENT_SECRET: _s, ...noSecret } = sharepoint;
      const certificate = loadConfig({ ...noSecret, ENTRA_CERTIFICATE_PATH: '/etc/cap/app.pem', ENTRA_CERTIFICATE_THUMBPRINT: 'AB'.repeat(20) });
      expect(certificate.store.kind === 'sharepoint' && certificate.store.sharepoint.credential).toEqual({
        kind: 'certificate',
        certificatePath: '/etc/cap/app.pem',
        thumbprint: 'AB'.repeat(20),
      });
      const managed = loadConfig({ STORE: 'sharepoint', SHAREPOINT_SITE: 'contoso.sharepoint.com,a,b', ENTRA_MANAGED_IDENTITY: 'true', ENTRA_CLIENT_ID: 'uami-client-id' });
      expect(managed.store.kind === 'sharepoint' && managed.store.sharepoint.credential).toEqual({ kind: 'managedIdentity', userAssignedClientId: 'uami-client-id' });
      const local = loadConfig({ ...sharepoint, GRAPH_BASE_URL: 'https://127.0.0.1:4443/v1.0/', ENTRA_AUTHORITY_HOST: 'https://127.0.0.1:4443/' });
      expect(local.store.kind === 'sharepoint' && local.store.sharepoint).toMatchObject({ graphBaseUrl: 'https://127.0.0.1:4443/v1.0', authorityHost: 'https://127.0.0.1:4443' });
    });

    it('names every missing SharePoint setting at once', () => {
      const names = problemsOf({ STORE: 'sharepoint' }).map((p) => p.split('=')[0]);
      expect(names).toEqual(expect.arrayContaining(['SHAREPOINT_SITE', 'ENTRA_CLIENT_SECRET', 'ENTRA_TENANT_ID', 'ENTRA_CLIENT_ID']));
    });

    it('refuses two credentials, plain http, and a Graph URL without its version; never echoes a secret', () => {
      const problems = problemsOf({
        ...sharepoint,
        ENTRA_CERTIFICATE_PATH: '/etc/cap/app.pem',
        SHAREPOINT_SITE: 'http://contoso.sharepoint.com/sites/pilotage',
        GRAPH_BASE_URL: 'http://graph.microsoft.com',
      });
      expect(problems.find((p) => p.startsWith('ENTRA_CLIENT_SECRET'))).toMatch(/only one/);
      expect(problems.find((p) => p.startsWith('ENTRA_CLIENT_SECRET'))).not.toContain('s3cr3t');
      expect(problems.some((p) => p.startsWith('SHAREPOINT_SITE') && p.includes('https'))).toBe(true);
      expect(problems.some((p) => p.startsWith('GRAPH_BASE_URL'))).toBe(true);
      expect(problemsOf({ ...sharepoint, GRAPH_BASE_URL: 'https://graph.microsoft.com' }).some((p) => p.includes('API version'))).toBe(true);
    });

    it('ignores SharePoint settings when the store is SQLite', () => {
      expect(loadConfig({ ENTRA_CLIENT_SECRET: 'x' }).store).toEqual({ kind: 'sqlite', sqlitePath: 'data/cap-mandat.db' });
    });

    it('gives provisioning the SharePoint settings whatever STORE says, with --site taking precedence', () => {
      const { STORE: _store, ...env } = sharepoint;
      expect(loadSharePointConfig({ site: 'contoso.sharepoint.com,x,y' }, env).site).toBe('contoso.sharepoint.com,x,y');
      expect(() => loadSharePointConfig({}, {})).toThrow(ConfigError);
    });
  });

  describe('Teams SSO (AUTH_MODE=entra)', () => {
    const sso = {
      AUTH_MODE: 'entra',
      ENTRA_SSO_CLIENT_ID: '33333333-3333-4333-8333-333333333333',
      ENTRA_ALLOWED_TENANT_IDS: '11111111-1111-4111-8111-111111111111, 22222222-2222-4222-8222-222222222222',
      ENTRA_SSO_APPLICATION_ID_URI: 'api://capmandat.example.fr/33333333-3333-4333-8333-333333333333',
    };

    it('reads the SSO settings, and production accepts them', () => {
      const bot = { MicrosoftAppId: '44444444-4444-4444-8444-444444444444', MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: '11111111-1111-4111-8111-111111111111' };
      expect(loadConfig({ ...sso, ...bot, NODE_ENV: 'production' }).auth).toEqual({
        mode: 'entra',
        sso: {
          allowedTenantIds: ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222'],
          clientId: '33333333-3333-4333-8333-333333333333',
          applicationIdUri: 'api://capmandat.example.fr/33333333-3333-4333-8333-333333333333',
          authorityHost: 'https://login.microsoftonline.com',
          requiredScope: 'access_as_user',
        },
      });
    });

    it('names each missing or malformed SSO setting', () => {
      expect(problemsOf({ AUTH_MODE: 'entra' }).map((p) => p.split('=')[0]).sort()).toEqual(['ENTRA_ALLOWED_TENANT_IDS', 'ENTRA_SSO_CLIENT_ID']);
      const bad = problemsOf({ ...sso, ENTRA_SSO_CLIENT_ID: 'capmandat', ENTRA_ALLOWED_TENANT_IDS: 'contoso', ENTRA_SSO_APPLICATION_ID_URI: 'https://x' });
      expect(bad.map((p) => p.split('=')[0]).sort()).toEqual(['ENTRA_ALLOWED_TENANT_IDS', 'ENTRA_SSO_APPLICATION_ID_URI', 'ENTRA_SSO_CLIENT_ID']);
    });
  });
});
