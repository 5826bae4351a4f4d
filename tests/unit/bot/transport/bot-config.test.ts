import { ConfigError } from '../../../../src/config/config.js';
import { loadBotConfig, refuseAnonymousBotInProduction } from '../../../../src/config/bot.config.js';

const APP_ID = '6d1c9e2a-4b7f-4a3e-8c5d-2f0a1b3c4d5e';
const TENANT = '9b2f6a41-3c7d-4e8a-b5f1-0d2c4e6a8b10';

const problemsOf = (env: NodeJS.ProcessEnv): string[] => {
  try {
    loadBotConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
};

describe('loadBotConfig', () => {
  it('defaults to the anonymous local mode (Agents Playground) on the public cloud', () => {
    expect(loadBotConfig({})).toEqual({
      appId: '',
      appPassword: '',
      appType: 'MultiTenant',
      tenantId: undefined,
      toBotFromChannelOpenIdMetadataUrl: undefined,
      toBotFromChannelTokenIssuer: undefined,
      toChannelFromBotLoginUrl: undefined,
      toChannelFromBotOAuthScope: undefined,
    });
  });

  it('treats the empty values Agents Toolkit writes as unset', () => {
    expect(loadBotConfig({ MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppType: '', MicrosoftAppTenantId: '' })).toMatchObject({ appId: '', appType: 'MultiTenant' });
  });

  it('reads a single-tenant registration and the identity provider overrides', () => {
    const settings = loadBotConfig({
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 's3cret',
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppTenantId: TENANT,
      ToBotFromChannelOpenIdMetadataUrl: 'http://127.0.0.1:4000/v1/.well-known/openidconfiguration',
      ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
      ToChannelFromBotLoginUrl: 'https://127.0.0.1:4001/tenant',
      ToChannelFromBotOAuthScope: 'https://api.botframework.com',
    });
    expect(settings).toMatchObject({ appId: APP_ID, appType: 'SingleTenant', tenantId: TENANT, toChannelFromBotLoginUrl: 'https://127.0.0.1:4001/tenant' });
  });

  it('accepts a user-assigned managed identity without a password (Azure deployment)', () => {
    expect(loadBotConfig({ MicrosoftAppId: APP_ID, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: TENANT })).toMatchObject({ appType: 'UserAssignedMSI', appPassword: '' });
  });

  it('refuses the anonymous mode in production, naming MicrosoftAppId', () => {
    const problems = problemsOf({ NODE_ENV: 'production', MicrosoftAppId: '' });
    expect(problems).toEqual([expect.stringMatching(/^MicrosoftAppId="": required when NODE_ENV=production/)]);
  });

  it('refuses a password with a managed identity, and never echoes it', () => {
    const problems = problemsOf({ MicrosoftAppId: APP_ID, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: TENANT, MicrosoftAppPassword: 'leaked' });
    expect(problems).toEqual([expect.stringMatching(/^MicrosoftAppPassword="\*\*\*": must be empty with MicrosoftAppType=UserAssignedMSI/)]);
    expect(problems.join()).not.toContain('leaked');
  });

  it('names every missing or bad variable at once', () => {
    const problems = problemsOf({
      MicrosoftAppId: APP_ID,
      MicrosoftAppType: 'SingleTenant',
      ToBotFromChannelOpenIdMetadataUrl: 'ftp://idp.local/metadata',
      ToChannelFromBotLoginUrl: 'not a url',
    });
    expect(problems.map((p) => p.split('=')[0]).sort()).toEqual(
      ['MicrosoftAppPassword', 'MicrosoftAppTenantId', 'ToBotFromChannelOpenIdMetadataUrl', 'ToChannelFromBotLoginUrl'].sort(),
    );
  });

  it('refuses an app id that is not a GUID, an unknown app type and a tenant that is not a GUID', () => {
    const names = problemsOf({ MicrosoftAppId: 'my-bot', MicrosoftAppType: 'Multitenant', MicrosoftAppTenantId: 'contoso.onmicrosoft.com' }).map((p) => p.split('=')[0]);
    expect(names).toEqual(expect.arrayContaining(['MicrosoftAppId', 'MicrosoftAppType', 'MicrosoftAppTenantId']));
  });

  it('refuses a password without an app id: the bot would silently run anonymously', () => {
    expect(problemsOf({ MicrosoftAppPassword: 'x' })).toEqual([expect.stringMatching(/^MicrosoftAppId="": required when MicrosoftAppPassword is set/)]);
  });
});

describe('refuseAnonymousBotInProduction', () => {
  const anonymous = loadBotConfig({});

  it('throws a ConfigError naming MicrosoftAppId in production only', () => {
    expect(() => refuseAnonymousBotInProduction(anonymous, 'production')).toThrow(ConfigError);
    expect(() => refuseAnonymousBotInProduction(anonymous, 'production')).toThrow(/MicrosoftAppId="": required when NODE_ENV=production/);
    expect(() => refuseAnonymousBotInProduction(anonymous, 'development')).not.toThrow();
    expect(() => refuseAnonymousBotInProduction({ ...anonymous, appId: APP_ID }, 'production')).not.toThrow();
  });
});
