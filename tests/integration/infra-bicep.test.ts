import fs from 'node:fs';
import path from 'node:path';
import { outline, pick, BicepExpression, type BicepOutline, type BicepResource, type BicepValue } from '../../tools/package/bicep/bicep-outline.js';
import { parseBicep, syntaxProblems } from '../../tools/package/bicep/bicep-parser.js';
import { CONFIG_ENV_KEYS } from '../../src/config/config.js';

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

/** The settings docs/deploy.md lists as deliberately left to the operator: the first column of its marked table. */
function operatorSettings(): string[] {
  const doc = fs.readFileSync(path.join(INFRA, '..', 'docs', 'deploy.md'), 'utf8');
  const section = /<!-- operator-settings -->([\s\S]*?)<!-- \/operator-settings -->/.exec(doc)?.[1] ?? '';
  return [...section.matchAll(/^\| `([A-Za-z][A-Za-z0-9_]*)` \|/gm)].map((m) => m[1]!);
}

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
        'Microsoft.ContainerRegistry/registries@2023-07-01',
        'Microsoft.Authorization/roleAssignments@2022-04-01',
      ]),
    );
    expect(declared.filter((d) => /preview/i.test(d))).toEqual([]);
  });

  it("runs the Dockerfile's image on App Service for Containers: https only, FTPS off, always on, health check, the managed identity", () => {
    const site = resourceOf('Microsoft.Web/sites').body;
    expect(pick(site, 'kind')).toBe('app,linux,container');
    expect(pick(site, 'properties.httpsOnly')).toBe(true);
    expect(text(pick(site, 'properties.siteConfig.linuxFxVersion'))).toBe("'DOCKER|${image}'");
    // Pulled with the user-assigned identity (AcrPull below), never with registry credentials.
    expect(pick(site, 'properties.siteConfig.acrUseManagedIdentityCreds')).toBe(true);
    expect(text(pick(site, 'properties.siteConfig.acrUserManagedIdentityID'))).toBe('identityClientId');
    expect(pick(site, 'properties.siteConfig.appCommandLine')).toBeUndefined();
    expect(['FtpsOnly', 'Disabled']).toContain(pick(site, 'properties.siteConfig.ftpsState'));
    expect(pick(site, 'properties.siteConfig.alwaysOn')).toBe(true);
    expect(pick(site, 'properties.siteConfig.healthCheckPath')).toBe('/api/health');
    expect(pick(site, 'identity.type')).toBe('UserAssigned');
    expect(pick(resourceOf('Microsoft.Web/serverfarms').body, 'properties.reserved')).toBe(true);
    const sku = main().params.find((p) => p.name === 'webAppSku')!;
    expect(sku.decorators.join(' ')).not.toMatch(/'(F1|D1)'/);
    const web = main().modules.find((m) => m.path === 'modules/web-app.bicep')!;
    expect(text(pick(web.body, 'params.image'))).toBe("'${registry.outputs.loginServer}/cap-mandat:${imageTag}'");
    expect(text(pick(web.body, 'params.identityClientId'))).toBe('identity.outputs.clientId');
  });

  it('keeps the image in a registry without admin user, which the managed identity pulls (AcrPull)', () => {
    const registry = resourceOf('Microsoft.ContainerRegistry/registries');
    expect(pick(registry.body, 'properties.adminUserEnabled')).toBe(false);
    const pull = resourceOf('Microsoft.Authorization/roleAssignments').body;
    expect(text(pick(pull, 'scope'))).toBe(registry.symbol);
    expect(text(pick(pull, 'properties.roleDefinitionId'))).toBe("subscriptionResourceId('Microsoft.Authorization/roleDefinitions', acrPullRoleId)");
    // The built-in AcrPull role.
    expect(fs.readFileSync(path.join(INFRA, 'modules', 'registry.bicep'), 'utf8')).toMatch(/^var acrPullRoleId = '7f951dda-4ed3-4680-a7ca-43fe172d538d'$/m);
    expect(text(pick(pull, 'properties.principalId'))).toBe('pullPrincipalId');
    const module = main().modules.find((m) => m.path === 'modules/registry.bicep')!;
    expect(text(pick(module.body, 'params.pullPrincipalId'))).toBe('identity.outputs.principalId');
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
    // A fresh deploy never loads the demo commune into the commune's site.
    expect(pick(settings, 'SEED_DEMO')).toBe('false');
    // The container listens where App Service forwards.
    expect(pick(settings, 'PORT')).toBe(pick(settings, 'WEBSITES_PORT'));
    expect(Object.keys(settings as object).filter((k) => /password|secret/i.test(k))).toEqual([]);
  });

  it('sets TAB_URL to the Teams deep link of the personal tab of the Teams app', () => {
    const settings = pick(resourceOf('Microsoft.Web/sites/config').body, 'properties')!;
    const manifest = JSON.parse(fs.readFileSync(path.join(INFRA, '..', 'appPackage', 'manifest.json'), 'utf8'));
    const entityId: string = manifest.staticTabs[0].entityId;
    expect(text(pick(settings, 'TAB_URL'))).toBe(`'https://teams.microsoft.com/l/entity/\${teamsAppId}/${entityId}'`);
    // teamsAppId is the manifest id (TEAMS_APP_ID, written by teamsApp/create before arm/deploy).
    expect(manifest.id).toBe('${{TEAMS_APP_ID}}');
    const file = JSON.parse(fs.readFileSync(path.join(INFRA, 'azure.parameters.json'), 'utf8'));
    expect(file.parameters.teamsAppId).toEqual({ value: '${{TEAMS_APP_ID}}' });
  });

  it('points CHROMIUM_PATH at the chromium the Dockerfile installs', () => {
    const settings = pick(resourceOf('Microsoft.Web/sites/config').body, 'properties')!;
    const dockerfile = fs.readFileSync(path.join(INFRA, '..', 'Dockerfile'), 'utf8');
    expect(pick(settings, 'CHROMIUM_PATH')).toBe('/usr/bin/chromium');
    expect(dockerfile).toMatch(/^\s+CHROMIUM_PATH=\/usr\/bin\/chromium$/m);
  });

  it('sets every setting the server reads, except those docs/deploy.md leaves to the operator, and nothing else', () => {
    const settings = Object.keys(pick(resourceOf('Microsoft.Web/sites/config').body, 'properties') as object);
    const left = operatorSettings();
    const platform = /^(WEBSITES?_|SCM_|APPLICATIONINSIGHTS_|ApplicationInsightsAgent_)/;
    expect(CONFIG_ENV_KEYS.filter((k) => !settings.includes(k) && !left.includes(k))).toEqual([]);
    expect(settings.filter((s) => !CONFIG_ENV_KEYS.includes(s) && !platform.test(s))).toEqual([]);
    // The documented list is true: each name is read by the server and not set by the Bicep after all.
    expect(left.filter((k) => !CONFIG_ENV_KEYS.includes(k))).toEqual([]);
    expect(left.filter((k) => settings.includes(k))).toEqual([]);
    expect(left).toEqual(expect.arrayContaining(['ENTRA_CLIENT_SECRET', 'SQLITE_PATH']));
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
    expect(params.filter((p) => !p.hasDefault).map((p) => p.name)).toEqual(['resourceBaseName', 'ssoClientId', 'teamsAppId', 'sharePointSite']);
  });

  it('outputs, in UPPER_SNAKE, what the toolkit writes back into the env files', () => {
    const names = main().outputs.map((o) => o.name);
    for (const name of names) expect(name).toMatch(/^[A-Z][A-Z0-9_]*$/);
    expect(names).toEqual(expect.arrayContaining(['APP_DOMAIN', 'APP_ENDPOINT', 'BOT_ID', 'AZURE_APP_SERVICE_RESOURCE_ID', 'AZURE_CONTAINER_REGISTRY_NAME']));
  });
});
