import { AuthenticationConstants, ClaimsIdentity } from 'botframework-connector';
import { CapMandatBotAuthentication } from '../../../../bot/transport/bot-authentication.js';
import { loadBotConfig } from '../../../../src/config/bot.config.js';

const APP_ID = '6d1c9e2a-4b7f-4a3e-8c5d-2f0a1b3c4d5e';
const OTHER_APP = '0a7e3c55-1d2b-4f8e-9a6c-5b4d3e2f1a00';
const SERVICE = 'https://smba.trafficmanager.net/emea/';

// botbuilder asks for a new connector factory (and user-token client) on every turn: each proactive message is one.
const claimsOf = (appId: string): ClaimsIdentity =>
  new ClaimsIdentity([
    { type: AuthenticationConstants.AudienceClaim, value: appId },
    { type: AuthenticationConstants.AppIdClaim, value: appId },
  ]);

describe('CapMandatBotAuthentication', () => {
  const settings = loadBotConfig({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 's3cret', MicrosoftAppType: 'MultiTenant' });

  it('hands every turn the same Bot Connector client for a service URL', async () => {
    const auth = new CapMandatBotAuthentication(settings, 5_000);
    const audience = AuthenticationConstants.ToChannelFromBotOAuthScope;
    const first = await auth.createConnectorFactory(claimsOf(APP_ID)).create(SERVICE, audience);
    const second = await auth.createConnectorFactory(claimsOf(APP_ID)).create(SERVICE, audience);
    expect(second).toBe(first);
    // Another region gets its own client.
    expect(await auth.createConnectorFactory(claimsOf(APP_ID)).create('https://smba.trafficmanager.net/amer/', audience)).not.toBe(first);
  });

  it('builds the user-token client once', async () => {
    const auth = new CapMandatBotAuthentication(settings, 5_000);
    const first = await auth.createUserTokenClient(claimsOf(APP_ID));
    expect(await auth.createUserTokenClient(claimsOf(APP_ID))).toBe(first);
  });

  it('does not keep a client it could not build (unknown app identity): the next turn tries again', async () => {
    const auth = new CapMandatBotAuthentication(settings, 5_000);
    const audience = AuthenticationConstants.ToChannelFromBotOAuthScope;
    await expect(auth.createConnectorFactory(claimsOf(OTHER_APP)).create(SERVICE, audience)).rejects.toThrow('Invalid appId');
    await expect(auth.createConnectorFactory(claimsOf(OTHER_APP)).create(SERVICE, audience)).rejects.toThrow('Invalid appId');
  });

  it('keeps the clients of separate adapters apart', async () => {
    const audience = AuthenticationConstants.ToChannelFromBotOAuthScope;
    const one = await new CapMandatBotAuthentication(settings, 5_000).createConnectorFactory(claimsOf(APP_ID)).create(SERVICE, audience);
    const two = await new CapMandatBotAuthentication(settings, 5_000).createConnectorFactory(claimsOf(APP_ID)).create(SERVICE, audience);
    expect(two).not.toBe(one);
  });
});
