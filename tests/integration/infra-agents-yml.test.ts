import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { outline } from '../../tools/package/bicep/bicep-outline.js';
import { parseBicep } from '../../tools/package/bicep/bicep-parser.js';
import { parseEnvText } from '../../tools/package/env-file.js';
import { placeholdersIn } from '../../tools/package/placeholders.js';
import { readAgentsYml, withStrings, type AgentsAction, type AgentsYml } from '../../tools/package/yml/agents-yml.js';
import { loadConfig } from '../../src/config/config.js';
import { parseYamlSubset } from '../../tools/package/yml/yaml-subset.js';

// The Agents Toolkit project files: they parse, point at files that exist, and every ${{VAR}} they (or the files they
// feed) use is produced before it is needed: by the env file, by an earlier action, or by the Bicep outputs.
const ROOT = path.join(__dirname, '..', '..');
const read = (file: string): string => fs.readFileSync(path.join(ROOT, file), 'utf8');
const env = (name: string): ReadonlyMap<string, string> => parseEnvText(read(`env/.env.${name}`)).values;
const PROJECTS = { dev: 'm365agents.yml', local: 'm365agents.local.yml', playground: 'm365agents.playground.yml' } as const;
const steps = (yml: AgentsYml): AgentsAction[] => ['provision', 'deploy', 'publish'].flatMap((s) => yml.lifecycles[s] ?? []);
const uses = (yml: AgentsYml, stage: string): string[] => (yml.lifecycles[stage] ?? []).map((a) => a.uses);
const local = (file: string): string => path.join(ROOT, file.replace(/\$\{\{TEAMSFX_ENV\}\}/g, 'dev'));
let bicepOutputs: string[] = [];

beforeAll(async () => {
  bicepOutputs = outline(await parseBicep(read('infra/azure.bicep'))).outputs.map((o) => o.name);
});

/** Placeholders an action consumes: its own arguments and the files it fills (manifests, ARM parameters). */
function consumed(action: AgentsAction): string[] {
  const files = withStrings(action.with).filter((s) => /\.json$/.test(s) && /^\.\//.test(s) && !/build\//.test(s));
  const texts = [...withStrings(action.with), ...files.map((f) => fs.readFileSync(local(f), 'utf8'))];
  if (files.includes('./appPackage/manifest.json')) texts.push(read('appPackage/en-us.json'));
  return placeholdersIn(texts.join('\n'));
}

/** What an action writes into the env file; arm/deploy writes the Bicep outputs, aadApp/update its scope id. */
function produced(action: AgentsAction): string[] {
  const extra = action.uses === 'arm/deploy' ? bicepOutputs : action.uses === 'aadApp/update' ? ['AAD_APP_ACCESS_AS_USER_PERMISSION_ID'] : [];
  return [...Object.values(action.writeToEnvironmentFile), ...extra];
}

/** Problems of the data flow: a variable used before the action producing it, or produced by nothing at all. */
function dataFlowProblems(yml: AgentsYml, values: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  const all = steps(yml);
  const builtIn = new Set(['TEAMSFX_ENV', 'AZURE_SUBSCRIPTION_ID', 'AZURE_RESOURCE_GROUP_NAME']);
  all.forEach((action, i) => {
    for (const name of consumed(action)) {
      const producers = all.map((a, j) => (produced(a).includes(name) ? j : -1)).filter((j) => j >= 0);
      const selfOk = action.uses === 'aadApp/update' && producers.includes(i);
      if (producers.length === 0 && !values.has(name) && !builtIn.has(name)) problems.push(`${action.uses}: ${name} comes from nowhere`);
      else if (producers.length > 0 && !selfOk && producers.every((j) => j >= i)) problems.push(`${action.uses}: ${name} is used before it is produced`);
    }
  });
  return problems;
}

describe.each(Object.entries(PROJECTS))('%s: %s', (envName, file) => {
  const yml = readAgentsYml(path.join(ROOT, file));

  it('parses, on schema v1.11, with the env folder ./env', () => {
    expect(yml.version).toBe('v1.11');
    expect(yml.environmentFolderPath).toBe('./env');
    expect(steps(yml).length).toBeGreaterThan(2);
  });

  it('points at input files that exist, and writes builds under build folders', () => {
    for (const action of steps(yml)) {
      const { manifestPath, ignoreFile, templates } = action.with;
      for (const input of [manifestPath, ignoreFile, ...withStrings(templates ?? [])].filter((s): s is string => typeof s === 'string' && s.startsWith('./')))
        expect({ input, exists: fs.existsSync(local(input)) }).toEqual({ input, exists: true });
      for (const key of ['outputZipPath', 'outputFilePath', 'outputFolder'])
        if (typeof action.with[key] === 'string') expect(action.with[key]).toMatch(/^\.\/(appPackage|infra\/entra)\/build/);
    }
  });

  it(`uses only variables that env/.env.${envName}, an earlier action or the Bicep outputs provide`, () => {
    expect(dataFlowProblems(yml, env(envName))).toEqual([]);
  });
});

describe('m365agents.yml (Azure)', () => {
  const yml = readAgentsYml(path.join(ROOT, PROJECTS.dev));

  it('provisions with the Bicep template and its parameters, then builds and checks the package', () => {
    const deploy = yml.lifecycles.provision!.find((a) => a.uses === 'arm/deploy')!;
    expect(deploy.with.templates).toEqual([
      { path: './infra/azure.bicep', parameters: './infra/azure.parameters.json', deploymentName: 'Create-resources-for-cap-mandat' },
    ]);
    expect(uses(yml, 'provision')).toEqual([
      'aadApp/create',
      'teamsApp/create',
      'arm/deploy',
      'aadApp/update',
      'teamsApp/validateManifest',
      'teamsApp/zipAppPackage',
      'teamsApp/validateAppPackage',
      'teamsApp/update',
    ]);
    const zip = yml.lifecycles.provision!.find((a) => a.uses === 'teamsApp/zipAppPackage')!;
    expect(zip.with.outputZipPath).toBe('./appPackage/build/appPackage.${{TEAMSFX_ENV}}.zip');
  });

  it("deploys by building the Dockerfile's image in the registry the Bicep created, then restarting the App Service", () => {
    const deploy = yml.lifecycles.deploy!;
    expect(uses(yml, 'deploy')).toEqual(['script', 'script']);
    expect(deploy[0]!.with.run).toBe('az acr build --registry ${{AZURE_CONTAINER_REGISTRY_NAME}} --image cap-mandat:latest --file Dockerfile .');
    expect(deploy[1]!.with.run).toBe('az webapp restart --ids ${{AZURE_APP_SERVICE_RESOURCE_ID}}');
    // The registry and the site are Bicep outputs; no zip deploy (the Node image has no Chromium).
    expect(bicepOutputs).toEqual(expect.arrayContaining(['AZURE_CONTAINER_REGISTRY_NAME', 'AZURE_APP_SERVICE_RESOURCE_ID']));
    expect(uses(yml, 'deploy')).not.toContain('azureAppService/zipDeploy');
    expect(uses(yml, 'publish')).toContain('teamsApp/publishAppPackage');
  });

  it('reads every Bicep output back into env/.env.dev and the sample env', () => {
    for (const name of bicepOutputs) {
      expect({ name, dev: env('dev').has(name) }).toEqual({ name, dev: true });
      expect({ name, sample: env('sample').has(name) }).toEqual({ name, sample: true });
    }
  });
});

/** The env file an action writes, with each ${{VAR}} replaced as the toolkit would (values of the sample env). */
function runtimeEnv(file: string, target: string): Record<string, string> {
  const action = readAgentsYml(path.join(ROOT, file)).lifecycles.deploy!.find((a) => a.uses === 'file/createOrUpdateEnvironmentFile' && a.with.target === target)!;
  const values = new Map([...env('sample'), ...env('playground'), ['SECRET_BOT_PASSWORD', 'local-bot-secret']]);
  const envs = action.with.envs as Record<string, string>;
  return Object.fromEntries(Object.entries(envs).map(([k, v]) => [k, String(v).replace(/\$\{\{(\w+)\}\}/g, (_m, name: string) => values.get(name) ?? `<${name} unset>`)]));
}

describe('local and playground', () => {
  it('registers the local bot on the tunnel', () => {
    const yml = readAgentsYml(path.join(ROOT, PROJECTS.local));
    const bot = yml.lifecycles.provision!.find((a) => a.uses === 'botFramework/create')!;
    expect(bot.with.messagingEndpoint).toBe('${{APP_ENDPOINT}}/api/messages');
  });

  it("signs the local Teams profile in with Teams SSO (the toolkit's Entra app), never with development identities", () => {
    const yml = readAgentsYml(path.join(ROOT, PROJECTS.local));
    const runtime = yml.lifecycles.deploy!.find((a) => a.uses === 'file/createOrUpdateEnvironmentFile')!;
    expect(runtime.with).toMatchObject({
      target: './.localConfigs',
      envs: {
        AUTH_MODE: 'entra',
        HOST: '127.0.0.1',
        ENTRA_SSO_CLIENT_ID: '${{AAD_APP_CLIENT_ID}}',
        ENTRA_SSO_APPLICATION_ID_URI: 'api://${{APP_DOMAIN}}/${{AAD_APP_CLIENT_ID}}',
        ENTRA_ALLOWED_TENANT_IDS: '${{AAD_APP_TENANT_ID}}',
        MicrosoftAppId: '${{BOT_ID}}',
      },
    });
    // The client id is the one aadApp/create writes for the tab (not the bot's app registration).
    const tabApp = yml.lifecycles.provision!.filter((a) => a.uses === 'aadApp/create').find((a) => a.with.generateClientSecret === 'false')!;
    expect(tabApp.writeToEnvironmentFile).toMatchObject({ clientId: 'AAD_APP_CLIENT_ID', tenantId: 'AAD_APP_TENANT_ID' });
    // What `npm run dev:teams` reads: the server's own config accepts it, in Teams SSO.
    const config = loadConfig(runtimeEnv(PROJECTS.local, './.localConfigs'));
    expect(config.auth).toMatchObject({ mode: 'entra', sso: { clientId: env('sample').get('AAD_APP_CLIENT_ID') } });
    expect(config.host).toBe('127.0.0.1');
    expect(read('package.json')).toContain('"dev:teams": "tsx --env-file=.localConfigs src/server/main.ts"');
  });

  it('keeps the playground in development mode: loopback, anonymous bot (empty MicrosoftAppId)', () => {
    const yml = readAgentsYml(path.join(ROOT, PROJECTS.playground));
    const runtime = yml.lifecycles.deploy!.find((a) => a.uses === 'file/createOrUpdateEnvironmentFile')!;
    expect(runtime.with).toMatchObject({ target: './.localConfigs.playground', envs: { MicrosoftAppId: '', STORE: 'sqlite', AUTH_MODE: 'dev' } });
    const config = loadConfig(runtimeEnv(PROJECTS.playground, './.localConfigs.playground'));
    expect(config).toMatchObject({ auth: { mode: 'dev' }, host: '127.0.0.1', bot: { appId: '' } });
  });
});

describe('env files and secrets', () => {
  it('commit no secret and no value under a SECRET_ name', () => {
    for (const name of ['dev', 'local', 'playground', 'sample'])
      expect([...env(name).keys()].filter((k) => k.startsWith('SECRET_'))).toEqual([]);
  });

  it('keep secrets, runtime files and builds out of git (.gitignore)', () => {
    const paths = ['env/.env.dev.user', 'env/.env.local.user', '.localConfigs', '.localConfigs.playground'];
    paths.push('appPackage/build/appPackage.dev.zip', 'infra/entra/build/aad.manifest.dev.json', 'devTools/teamsapptester');
    const ignored = (files: string[]): string[] =>
      spawnSync('git', ['check-ignore', '--no-index', ...files], { cwd: ROOT, encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
    expect(ignored(paths).sort()).toEqual([...paths].sort());
    expect(ignored(['env/.env.dev', 'env/.env.local', 'env/.env.playground', 'env/.env.sample', 'appPackage/manifest.json'])).toEqual([]);
  });
});

describe('YAML subset reader', () => {
  it('reads nested mappings, `- key: value` items and quoted scalars', () => {
    expect(parseYamlSubset("a:\n  - uses: x # comment\n    with:\n      k: 'v # not a comment'\n  - plain\nb: \"\"\n")).toEqual({
      a: [{ uses: 'x', with: { k: 'v # not a comment' } }, 'plain'],
      b: '',
    });
  });

  it.each([
    ['a:\n\tb: c\n', /tab in indentation/],
    ['a: 1\na: 2\n', /duplicate key a/],
    ['a:\n  b: 1\n   c: 2\n', /bad indentation/],
    ['a: [1, 2]\n', /unsupported YAML construct/],
    ['a: "open\n', /unterminated/],
  ])('refuses %j', (text, message) => {
    expect(() => parseYamlSubset(text)).toThrow(message);
  });
});
