import { FakeBotConnector } from './fake-bot-connector.js';
import type { FakeBotConnectorOptions } from './types.js';

export { FakeBotConnector, type FakeLogin } from './fake-bot-connector.js';
export type * from './types.js';
export { manualClock, type ManualClock } from './clock.js';
export { fakeTeam, fakeUser, fakeUsers, stableGuid } from './directory/factories.js';
export { IncomingActivities, type IncomingActivity, type InstallAction, type Origin, type TeamsAccount } from './incoming/activity-builders.js';
export { postActivity, type PostActivityOptions, type PostActivityResult } from './incoming/post-activity.js';
export { BOT_FRAMEWORK_ISSUER, TEAMS_ENDORSEMENTS, type ChannelTokenForgery } from './auth/channel-tokens.js';
export { BOT_FRAMEWORK_SCOPE } from './auth/login-endpoint.js';
export { LoopbackCredentialsFactory, type LoopbackCredentials } from './auth/loopback-credentials.js';
export { TEAMS_THREAD_LIMITS, DEFAULT_TENANT_PER_SECOND } from './limits/teams-limits.js';
export { DEFAULT_MAX_MESSAGE_BYTES, utf16Bytes } from './connector/message-size.js';
export { adaptiveCardProblems } from './cards/adaptive-card-validator.js';
export { ADAPTIVE_CARD_CONTENT_TYPE } from './cards/card-checks.js';

/** Creates and starts a fake Bot Connector; `stop()` it after use. */
export async function startFakeBotConnector(options: FakeBotConnectorOptions = {}): Promise<FakeBotConnector> {
  const fake = new FakeBotConnector(options);
  await fake.start();
  return fake;
}
