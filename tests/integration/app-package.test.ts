import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readEnvFile } from '../../tools/package/env-file.js';
import { checkLocalization } from '../../tools/package/localization-checks.js';
import { checkDomains } from '../../tools/package/manifest-checks.js';
import type { ManifestView } from '../../tools/package/manifest-view.js';
import { fillJsonPlaceholders, placeholdersIn } from '../../tools/package/placeholders.js';
import {
  TEAMS_SCHEMA_ROOT,
  loadSchema,
  manifestSchemaUrl,
  newestSchemaVersion,
  validateAgainstBundledSchema,
} from '../../tools/package/teams-schemas.js';

// The manifest template and its English file, filled with the fictitious provisioned values of env/.env.sample.
const ROOT = path.join(__dirname, '..', '..');
const APP = path.join(ROOT, 'appPackage');
const template = fs.readFileSync(path.join(APP, 'manifest.json'), 'utf8');
const sample = readEnvFile(path.join(ROOT, 'env'), 'sample')!.values;
const filledText = fillJsonPlaceholders(template, sample).text;
const filled = (): ManifestView & Record<string, unknown> => JSON.parse(filledText);
const raw = JSON.parse(template);
const english: Record<string, unknown> = JSON.parse(fs.readFileSync(path.join(APP, 'en-us.json'), 'utf8'));

/**
 * AppManifestUtils.validateAgainstSchema in a plain Node process: the library requires an ESM-only dependency
 * (strip-bom 5) that jest cannot load on Node 20. Network is cut off so a schema download would fail, not pass.
 */
function validateWithAppManifestUtils(manifest: unknown): string[] {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cap-mandat-manifest-')), 'manifest.json');
  fs.writeFileSync(file, JSON.stringify(manifest));
  const script = [
    "globalThis.fetch = () => Promise.reject(new Error('network used'));",
    "const { AppManifestUtils } = require('@microsoft/app-manifest');",
    "const manifest = JSON.parse(require('node:fs').readFileSync(process.argv[1], 'utf8'));",
    'AppManifestUtils.validateAgainstSchema(manifest).then((r) => process.stdout.write(JSON.stringify(r)));',
  ].join('\n');
  return JSON.parse(execFileSync(process.execPath, ['-e', script, file], { cwd: ROOT, encoding: 'utf8' }));
}

/** The newest GA version folder, found independently of the packager's own helper. */
function newestFolder(): string {
  const versions = fs
    .readdirSync(TEAMS_SCHEMA_ROOT)
    .filter((d) => /^v\d+\.\d+$/.test(d))
    .map((d) => d.slice(1).split('.').map(Number) as [number, number]);
  versions.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return versions.at(-1)!.join('.');
}

describe('Teams manifest template', () => {
  it('is on the newest schema version bundled by @microsoft/app-manifest', () => {
    const newest = newestFolder();
    expect(newestSchemaVersion()).toBe(newest);
    expect(Number(newest.split('.')[1])).toBeGreaterThanOrEqual(30);
    expect(raw.manifestVersion).toBe(newest);
    expect(raw.$schema).toBe(manifestSchemaUrl(newest));
  });

  it('has the manifestVersion the schema itself demands', () => {
    const schema = loadSchema(newestSchemaVersion(), 'manifest');
    const property = schema.properties.manifestVersion as { const?: string; enum?: string[] };
    expect([property.const, ...(property.enum ?? [])]).toContain(raw.manifestVersion);
  });

  it('carries the release version of package.json', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(raw.version).toBe(pkg.version);
  });

  it('uses placeholders for every tenant-specific value, and no secret', () => {
    expect(placeholdersIn(template)).toEqual([
      'AAD_APP_CLIENT_ID',
      'APP_DOMAIN',
      'BOT_ID',
      'DEVELOPER_NAME',
      'DEVELOPER_PRIVACY_URL',
      'DEVELOPER_TERMS_URL',
      'DEVELOPER_WEBSITE_URL',
      'TEAMS_APP_ID',
    ]);
  });
});

describe('filled manifest', () => {
  it('validates against the bundled schema (ajv-draft-04), offline', () => {
    expect(validateAgainstBundledSchema(filled(), newestSchemaVersion(), 'manifest')).toEqual([]);
  });

  it('validates through AppManifestUtils.validateAgainstSchema too, offline', () => {
    expect(validateWithAppManifestUtils(filled())).toEqual([]);
  });

  it('is refused when it breaks the schema (neither validator is vacuous)', () => {
    const broken = filled();
    broken.bots![0]!.botId = 'not-a-guid';
    broken.accentColor = 'blue';
    const problems = validateAgainstBundledSchema(broken, newestSchemaVersion(), 'manifest').join('\n');
    expect(problems).toMatch(/\/bots\/0\/botId/);
    expect(problems).toMatch(/\/accentColor/);
    expect(validateWithAppManifestUtils(broken).join('\n')).toMatch(/\/bots\/0\/botId/);
  });

  it('loads every page from a valid domain, and declares SSO as api://<domain>/<client id>', () => {
    const manifest = filled();
    expect(checkDomains(manifest)).toEqual([]);
    expect(manifest.validDomains).toEqual([sample.get('APP_DOMAIN')]);
    expect(manifest.webApplicationInfo).toEqual({
      id: sample.get('AAD_APP_CLIENT_ID'),
      resource: `api://${sample.get('APP_DOMAIN')}/${sample.get('AAD_APP_CLIENT_ID')}`,
    });
    expect(checkDomains({ ...manifest, validDomains: ['elsewhere.example'] }).length).toBeGreaterThan(0);
  });
});

describe('capabilities', () => {
  it('offers a personal tab opened in Teams mode, with the bot chat and about tabs', () => {
    const [home, ...others] = raw.staticTabs;
    expect(home).toMatchObject({ scopes: ['personal'], contentUrl: 'https://${{APP_DOMAIN}}/?inTeams=1' });
    expect(others.map((t: { entityId: string }) => t.entityId)).toEqual(['conversations', 'about']);
  });

  it('offers a configurable channel tab that also goes to meetings: side panel and stage', () => {
    const [tab] = raw.configurableTabs;
    expect(tab.scopes).toEqual(expect.arrayContaining(['team', 'groupChat']));
    expect(tab.meetingSurfaces).toEqual(['sidePanel', 'stage']);
    expect(tab.context).toEqual(expect.arrayContaining(['channelTab', 'meetingSidePanel', 'meetingStage']));
    expect(tab.configurationUrl).toMatch(/^https:\/\/\$\{\{APP_DOMAIN\}\}\//);
  });

  it('asks for the RSC permissions share-to-stage needs in chat and channel meetings', () => {
    expect(raw.authorization.permissions.resourceSpecific).toEqual(
      expect.arrayContaining([
        { name: 'MeetingStage.Write.Chat', type: 'Delegated' },
        { name: 'ChannelMeetingStage.Write.Group', type: 'Delegated' },
      ]),
    );
  });

  it('declares the bot in personal and team scopes with French commands', () => {
    const [bot] = raw.bots;
    expect(bot.botId).toBe('${{BOT_ID}}');
    expect(bot.scopes).toEqual(['personal', 'team']);
    const personal = bot.commandLists.find((l: { scopes: string[] }) => l.scopes.includes('personal'));
    expect(personal.commands.map((c: { title: string }) => c.title)).toEqual(['aide', 'mes actions', 'mes questionnaires']);
  });

  it('is French by default, with an English language file', () => {
    expect(raw.localizationInfo).toEqual({
      defaultLanguageTag: 'fr-fr',
      additionalLanguages: [{ languageTag: 'en-us', file: 'en-us.json' }],
    });
    expect(raw.description.short).toMatch(/mi-mandat/);
  });
});

describe('English language file', () => {
  it('validates against the bundled localisation schema', () => {
    const file = path.join(TEAMS_SCHEMA_ROOT, `v${newestSchemaVersion()}`, 'MicrosoftTeams.Localization.schema.json');
    expect(fs.existsSync(file)).toBe(true);
    expect(validateAgainstBundledSchema(english, newestSchemaVersion(), 'localization')).toEqual([]);
    expect(validateAgainstBundledSchema({ 'name.short': 'x' }, newestSchemaVersion(), 'localization').length).toBeGreaterThan(0);
  });

  it('covers the required keys and translates every tab name and bot command', () => {
    expect(english).toMatchObject({ 'name.short': 'Cap Mandat', 'staticTabs[0].name': 'Dashboard' });
    for (const key of ['description.short', 'description.full']) expect(english[key]).toEqual(expect.stringMatching(/\w/));
    const titles = [0, 1, 2].map((i) => english[`bots[0].commandLists[0].commands[${i}].title`]);
    expect(titles).toEqual(['help', 'my actions', 'my questionnaires']);
    expect(checkLocalization('en-us.json', english, filled(), newestSchemaVersion())).toEqual([]);
  });

  it('is refused when a manifest string has no translation', () => {
    const partial = { ...english };
    delete partial['bots[0].commandLists[0].commands[2].title'];
    expect(checkLocalization('en-us.json', partial, filled(), newestSchemaVersion())).toEqual([
      'en-us.json: no translation for bots[0].commandLists[0].commands[2].title',
    ]);
  });
});
