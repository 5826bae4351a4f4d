import fs from 'node:fs';
import path from 'node:path';
import { outline, pick, BicepExpression, type BicepOutline, type BicepResource, type BicepValue } from '../../tools/package/bicep/bicep-outline.js';
import { parseBicep, syntaxProblems } from '../../tools/package/bicep/bicep-parser.js';

// No Bicep compiler can run here: syntax through tree-sitter-bicep, then the structure the deployment relies on.
const INFRA = path.join(__dirname, '..', '..', 'infra');
const files = (fs.readdirSync(INFRA, { recursive: true }) as string[]).filter((f) => f.endsWith('.bicep')).sort();
const outlines = new Map<string, BicepOutline>();

beforeAll(async () => {
  for (const file of files) outlines.set(file, outline(await parseBicep(fs.readFileSync(path.join(INFRA, file), 'utf8'))));
});

const main = (): BicepOutline => outlines.get('azure.bicep')!;
const allResources = (): BicepResource[] => [...outlines.values()].flatMap((o) => o.resources);
const resourceOf = (type: string): BicepResource => {
  const found = allResources().filter((r) => r.type === type && !r.existing);
  expect(found).toHaveLength(1);
  return found[0]!;
};
const text = (value: BicepValue | undefined): string => (value instanceof BicepExpression ? value.text : JSON.stringify(value));

describe('Bicep syntax', () => {
  it('finds the main template and its modules', () => {
    expect(files).toEqual(expect.arrayContaining(['azure.bicep', 'modules/web-app.bicep', 'modules/bot.bicep']));
  });

  it.each(files)('%s parses without ERROR or MISSING nodes', async (file) => {
    expect(syntaxProblems(await parseBicep(fs.readFileSync(path.join(INFRA, file), 'utf8')))).toEqual([]);
  });

  it('reports broken Bicep (the check can fail)', async () => {
    expect(await parseBicep("resource site 'Microsoft.Web/sites@2024-04-01' = {\n  name: 'x'\n").then(syntaxProblems)).toEqual([
      '2:12: missing }',
    ]);
    expect((await parseBicep('param = string\n').then(syntaxProblems)).length).toBeGreaterThan(0);
  });
});

describe('Azure resources', () => {
  it('declares every resource with a GA API version', () => {
    const declared = allResources().map((r) => `${r.type}@${r.apiVersion}`);
    expect(declared).toEqual(
      expect.arrayContaining([
        'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31',
        'Microsoft.Web/serverfarms@2024-04-01',
        'Microsoft.Web/sites@2024-04-01',
        'Microsoft.Web/sites/config@2024-04-01',
        'Microsoft.BotService/botServices@2022-09-15',
        'Microsoft.BotService/botServices/channels@2022-09-15',
        'Microsoft.OperationalInsights/workspaces@2023-09-01',
        'Microsoft.Insights/components@2020-02-02',
      ]),
    );
    expect(declared.filter((d) => /preview/i.test(d))).toEqual([]);
  });

  it('runs a Linux web app on Node 22: https only, FTPS off, always on, health check, the managed identity', () => {
    const site = resourceOf('Microsoft.Web/sites').body;
    expect(pick(site, 'kind')).toBe('app,linux');
    expect(pick(site, 'properties.httpsOnly')).toBe(true);
    expect(pick(site, 'properties.siteConfig.linuxFxVersion')).toBe('NODE|22-lts');
    expect(['FtpsOnly', 'Disabled']).toContain(pick(site, 'properties.siteConfig.ftpsState'));
    expect(pick(site, 'properties.siteConfig.alwaysOn')).toBe(true);
    expect(pick(site, 'properties.siteConfig.healthCheckPath')).toBe('/api/health');
    expect(pick(site, 'properties.siteConfig.appCommandLine')).toBe('node dist/src/server/main.js');
    expect(pick(site, 'identity.type')).toBe('UserAssigned');
    expect(pick(resourceOf('Microsoft.Web/serverfarms').body, 'properties.reserved')).toBe(true);
    const sku = main().params.find((p) => p.name === 'webAppSku')!;
    expect(sku.decorators.join(' ')).not.toMatch(/'(F1|D1)'/);
  });

  it('gives the server the production settings it needs, and no secret', () => {
    const settings = pick(resourceOf('Microsoft.Web/sites/config').body, 'properties')!;
    expect(settings).toMatchObject({ NODE_ENV: 'production', AUTH_MODE: 'entra', STORE: 'sharepoint', MicrosoftAppType: 'UserAssignedMSI' });
    expect(text(pick(settings, 'MicrosoftAppId'))).toBe('identity.outputs.clientId');
    expect(text(pick(settings, 'MicrosoftAppTenantId'))).toBe('identity.outputs.tenantId');
    expect(text(pick(settings, 'APPLICATIONINSIGHTS_CONNECTION_STRING'))).toBe('monitoring.outputs.connectionString');
    // Graph through the managed identity, as src/config/sharepoint.config.ts reads it.
    expect(pick(settings, 'ENTRA_MANAGED_IDENTITY')).toBe('true');
    expect(text(pick(settings, 'ENTRA_CLIENT_ID'))).toBe('identity.outputs.clientId');
    expect(text(pick(settings, 'SHAREPOINT_SITE'))).toBe('sharePointSite');
    expect(text(pick(settings, 'ENTRA_SSO_CLIENT_ID'))).toBe('ssoClientId');
    expect(Object.keys(settings as object).filter((k) => /password|secret/i.test(k))).toEqual([]);
  });

  it('sets only variables the server reads, platform settings, or the pending sign-in ones', () => {
    const configDir = path.join(__dirname, '..', '..', 'src', 'config');
    const source = fs.readdirSync(configDir).map((f) => fs.readFileSync(path.join(configDir, f), 'utf8')).join('\n');
    const read = new Set([...source.matchAll(/^\s+([A-Z][A-Z0-9_]+): (?:z\.|[a-zA-Z]+\.|booleanText|httpsUrl)/gm)].map((m) => m[1]));
    // Read by the security issue (Entra sign-in), which src/config does not parse yet.
    const pendingSignIn = ['ENTRA_SSO_CLIENT_ID', 'ENTRA_SSO_APPLICATION_ID_URI', 'ENTRA_ALLOWED_TENANT_IDS'];
    const platform = /^(WEBSITE_|SCM_|APPLICATIONINSIGHTS_|ApplicationInsightsAgent_|Microsoft)/;
    const settings = Object.keys(pick(resourceOf('Microsoft.Web/sites/config').body, 'properties') as object);
    expect(settings.filter((s) => !read.has(s) && !platform.test(s) && !pendingSignIn.includes(s))).toEqual([]);
    expect(read.has('STORE') && read.has('SHAREPOINT_SITE')).toBe(true);
  });

  it('registers the bot with the managed identity (UserAssignedMSI) and the Teams channel', () => {
    const bot = resourceOf('Microsoft.BotService/botServices').body;
    expect(pick(bot, 'kind')).toBe('azurebot');
    expect(pick(bot, 'location')).toBe('global');
    expect(pick(bot, 'properties.msaAppType')).toBe('UserAssignedMSI');
    for (const key of ['msaAppId', 'msaAppMSIResourceId', 'msaAppTenantId']) expect(pick(bot, `properties.${key}`)).toBeInstanceOf(BicepExpression);
    expect(text(pick(bot, 'properties.endpoint'))).toMatch(/^'https:\/\/\$\{\w+\}\/api\/messages'$/);
    const channel = resourceOf('Microsoft.BotService/botServices/channels').body;
    expect(pick(channel, 'name')).toBe('MsTeamsChannel');
    expect(pick(channel, 'properties.channelName')).toBe('MsTeamsChannel');
    expect(text(pick(channel, 'parent'))).toBe(resourceOf('Microsoft.BotService/botServices').symbol);
  });

  it('sends Application Insights data to the Log Analytics workspace', () => {
    const insights = resourceOf('Microsoft.Insights/components').body;
    expect(text(pick(insights, 'properties.WorkspaceResourceId'))).toBe(`${resourceOf('Microsoft.OperationalInsights/workspaces').symbol}.id`);
  });
});

describe('template wiring', () => {
  it('passes every module exactly the parameters it declares, all required ones included', () => {
    for (const module of main().modules) {
      const declared = outlines.get(module.path);
      expect(declared).toBeDefined();
      const given = Object.keys((pick(module.body, 'params') as object | undefined) ?? {});
      const required = declared!.params.filter((p) => !p.hasDefault).map((p) => p.name);
      expect({ module: module.path, missing: required.filter((p) => !given.includes(p)) }).toEqual({ module: module.path, missing: [] });
      const unknown = given.filter((g) => !declared!.params.some((p) => p.name === g));
      expect({ module: module.path, unknown }).toEqual({ module: module.path, unknown: [] });
    }
  });

  it('has a parameters file that sets every required parameter and nothing unknown', () => {
    const file = JSON.parse(fs.readFileSync(path.join(INFRA, 'azure.parameters.json'), 'utf8'));
    const given = Object.keys(file.parameters);
    const params = main().params;
    expect(params.filter((p) => !p.hasDefault).map((p) => p.name).filter((p) => !given.includes(p))).toEqual([]);
    expect(given.filter((g) => !params.some((p) => p.name === g))).toEqual([]);
    expect(params.filter((p) => !p.hasDefault).map((p) => p.name)).toEqual(['resourceBaseName', 'ssoClientId', 'sharePointSite']);
  });

  it('outputs, in UPPER_SNAKE, what the toolkit writes back into the env files', () => {
    const names = main().outputs.map((o) => o.name);
    for (const name of names) expect(name).toMatch(/^[A-Z][A-Z0-9_]*$/);
    expect(names).toEqual(expect.arrayContaining(['APP_DOMAIN', 'APP_ENDPOINT', 'BOT_ID', 'AZURE_APP_SERVICE_RESOURCE_ID']));
  });
});
