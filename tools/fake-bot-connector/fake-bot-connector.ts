import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createTestCertificate } from '../graph-emulator/tls/certificate.js';
import { BOT_FRAMEWORK_ISSUER, ChannelTokenIssuer, type ChannelTokenForgery } from './auth/channel-tokens.js';
import { BOT_FRAMEWORK_SCOPE, LoginAuthority } from './auth/login-endpoint.js';
import { LoopbackCredentialsFactory } from './auth/loopback-credentials.js';
import { ADAPTIVE_CARD_CONTENT_TYPE, CardChecks } from './cards/card-checks.js';
import { DEFAULT_MAX_MESSAGE_BYTES, utf16Bytes } from './connector/message-size.js';
import type { ConnectorContext } from './context.js';
import { Directory } from './directory/directory.js';
import { MessageIds } from './directory/ids.js';
import { AnswerHolds } from './faults/answer-holds.js';
import { FaultInjector } from './faults/fault-injector.js';
import { connectorListener, loginListener } from './http/listeners.js';
import { IncomingActivities } from './incoming/activity-builders.js';
import { postActivity, type PostActivityOptions, type PostActivityResult } from './incoming/post-activity.js';
import { TeamsRateLimiter } from './limits/teams-limits.js';
import { Recorder } from './recording/recorder.js';
import type {
  CardRefusal, DeliveredActivity, DirectoryUserInput, DuplicateDelivery, FailNextOptions, FakeBotConnectorOptions, FaultOptions, FaultStatus,
  RateLimitOptions, RecordedCall, TeamInput, UserState,
} from './types.js';

const DEFAULTS = {
  host: '127.0.0.1',
  region: 'emea',
  tenantId: '7a1d3c52-5b8e-4f0a-9d6c-2e4b8f1a0c93',
  appId: 'b07c4a9e-2d31-4f6a-8e5b-0c9d7f1a3e26',
  botName: 'Cap Mandat',
  password: 'fake-bot-secret',
};

/** The Entra login endpoint, when the fake serves one. */
export interface FakeLogin {
  /** `https://127.0.0.1:<port>` */
  url: string;
  /** `${url}/${tenantId}`: ToChannelFromBotLoginUrl. */
  authority: string;
  /** The self-signed certificate clients must trust (tests/support/tls-trust.ts). */
  caCertPem: string;
  tokensIssued(): number;
}

const listen = (server: Server, port: number, host: string): Promise<number> =>
  new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });

const close = (server: Server | undefined): Promise<void> =>
  new Promise((resolve, reject) => {
    if (!server?.listening) return resolve();
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });

/**
 * A Bot Connector (the service URL of Teams activities) on loopback, with a directory of users and teams, Teams'
 * rate limits and error answers, fault injection, a recording of every call, builders of incoming activities, and a
 * local Bot Framework token issuer (plus, with `login`, the Entra token endpoint for the bot's outgoing calls).
 */
export class FakeBotConnector {
  readonly tenantId: string;
  readonly bot: { appId: string; id: string; name: string; password: string };
  readonly incoming: IncomingActivities;
  private readonly ctx: ConnectorContext;
  private readonly recorder = new Recorder();
  private readonly holds = new AnswerHolds();
  private issuer?: ChannelTokenIssuer;
  private authority?: LoginAuthority;
  private server?: Server;
  private loginServer?: Server;
  private baseUrl = '';
  private regionPath = '/';
  private loginInfo?: FakeLogin;
  private issued = 0;

  constructor(private readonly options: FakeBotConnectorOptions = {}) {
    this.tenantId = options.tenantId ?? DEFAULTS.tenantId;
    const appId = options.bot?.appId ?? DEFAULTS.appId;
    this.bot = { appId, id: `28:${appId}`, name: options.bot?.name ?? DEFAULTS.botName, password: options.bot?.password ?? DEFAULTS.password };
    if (options.bot?.requireToken && !options.login) throw new Error('bot.requireToken needs login: the bot gets its tokens from the fake login endpoint');
    const clock = options.clock ?? Date.now;
    const directory = new Directory(appId, this.tenantId);
    this.ctx = {
      directory,
      recorder: this.recorder,
      limits: new TeamsRateLimiter(clock, options.rateLimits),
      faults: new FaultInjector(options.faults),
      ids: new MessageIds(clock),
      clock,
      botId: this.bot.id,
      botName: this.bot.name,
      maxMessageBytes: options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES,
      cards: new CardChecks(clock),
      blockedAnswer: options.blockedAnswer ?? 'ConversationBlockedByUser',
      pageSizes: { defaultSize: options.pagedMembers?.defaultPageSize ?? 200, maxSize: options.pagedMembers?.maxPageSize ?? 500 },
    };
    this.incoming = new IncomingActivities({ serviceUrl: () => this.serviceUrl, directory, bot: { id: this.bot.id, name: this.bot.name }, clock, ids: this.ctx.ids });
  }

  /** Listens on a random loopback port (and, with `login`, a second https one). */
  async start(): Promise<void> {
    const host = this.options.host ?? DEFAULTS.host;
    const region = (this.options.region ?? DEFAULTS.region).replace(/^\/+|\/+$/g, '');
    const onUnexpected = this.options.onUnexpected ?? ((error: unknown) => console.error('[fake-bot-connector] unexpected error', error));
    this.issuer = await ChannelTokenIssuer.create();
    if (this.options.login) {
      this.authority = await LoginAuthority.create({ tenantId: this.tenantId, appId: this.bot.appId, password: this.bot.password });
    }
    const authority = this.authority;
    const checkToken = this.options.bot?.requireToken && authority ? (header: string | undefined) => authority.accepts(header) : undefined;
    this.server = createHttpServer(connectorListener({ ctx: this.ctx, prefix: region ? `/${region}` : '', issuer: this.issuer, baseUrl: () => this.baseUrl, checkToken, onUnexpected, holds: this.holds }));
    const hostForUrl = host.includes(':') ? `[${host}]` : host;
    this.baseUrl = `http://${hostForUrl}:${await listen(this.server, this.options.port ?? 0, host)}`;
    this.regionPath = region ? `/${region}/` : '/';
    if (authority) {
      const tls = typeof this.options.login === 'object' && this.options.login.tls ? this.options.login.tls : createTestCertificate();
      let loginUrl = '';
      this.loginServer = createHttpsServer({ key: tls.keyPem, cert: tls.certPem }, loginListener(authority, () => loginUrl, onUnexpected, () => (this.issued += 1)));
      loginUrl = `https://${hostForUrl}:${await listen(this.loginServer, 0, host)}`;
      this.loginInfo = { url: loginUrl, authority: `${loginUrl}/${this.tenantId}`, caCertPem: tls.certPem, tokensIssued: () => this.issued };
    }
  }

  async stop(): Promise<void> {
    await Promise.all([close(this.server), close(this.loginServer)]);
  }

  /** `http://127.0.0.1:<port>` */
  get url(): string {
    if (!this.baseUrl) throw new Error('The fake Bot Connector is not started');
    return this.baseUrl;
  }

  /** What activities carry and the bot calls back: `http://127.0.0.1:<port>/emea/` (with the trailing slash, as Teams). */
  get serviceUrl(): string {
    return `${this.url}${this.regionPath}`;
  }

  /** ToBotFromChannelOpenIdMetadataUrl */
  get openIdMetadataUrl(): string {
    return `${this.url}/v1/.well-known/openidconfiguration`;
  }

  /** ToBotFromChannelTokenIssuer */
  get tokenIssuer(): string {
    return BOT_FRAMEWORK_ISSUER;
  }

  get login(): FakeLogin | undefined {
    return this.loginInfo;
  }

  // Directory ---------------------------------------------------------------------------------------------------

  addUser(input: DirectoryUserInput): void {
    this.ctx.directory.addUser(input);
  }

  addUsers(inputs: readonly DirectoryUserInput[]): void {
    for (const input of inputs) this.ctx.directory.addUser(input);
  }

  addTeam(input: TeamInput): void {
    this.ctx.directory.addTeam(input);
  }

  addTeamMember(teamId: string, userId: string): void {
    this.ctx.directory.addTeamMember(teamId, userId);
  }

  setUserState(userId: string, state: UserState): void {
    this.ctx.directory.setUserState(userId, state);
  }

  setBotInstalledInTeam(teamId: string, installed: boolean): void {
    this.ctx.directory.setBotInstalledInTeam(teamId, installed);
  }

  /** The id `POST /v3/conversations` answers for this user (and that incoming 1:1 activities carry). */
  personalConversationId(userId: string): string {
    return this.ctx.directory.personalConversationId(userId);
  }

  // Behaviour ---------------------------------------------------------------------------------------------------

  setFaults(options: FaultOptions): void {
    this.ctx.faults.set(options);
  }

  /** The next `times` calls about this user or conversation answer `status` (429 and 503 with Retry-After). */
  failNext(userOrConversation: string, status: FaultStatus, times = 1, options: FailNextOptions = {}): void {
    this.ctx.faults.failNext(userOrConversation, status, times, options);
  }

  /**
   * The next `count` sends are delivered (recorded, shown to the user) but their answers wait for `releaseAnswers`:
   * the bot's sends stay in flight, as when a connection drops after Teams took the message.
   */
  holdAnswers(count: number): void {
    this.holds.holdNext(count);
  }

  /** Answers held now: the bot's sends in flight (a caller that hung up no longer counts). */
  heldAnswers(): number {
    return this.holds.count;
  }

  /** Lets every held answer go and holds no more. */
  releaseAnswers(): void {
    this.holds.releaseAll();
  }

  /** Replaces the rate limits and forgets what was counted. */
  setRateLimits(options: RateLimitOptions): void {
    this.ctx.limits.configure(options);
  }

  // Recording ---------------------------------------------------------------------------------------------------

  requests(): RecordedCall[] {
    return this.recorder.allCalls();
  }

  sentTo(userId: string): DeliveredActivity[] {
    return this.recorder.sentTo(userId);
  }

  activities(conversationId: string): DeliveredActivity[] {
    return this.recorder.activities(conversationId);
  }

  delivered(): DeliveredActivity[] {
    return this.recorder.allDelivered();
  }

  updates(activityId: string): Array<Record<string, unknown>> {
    return this.recorder.updates(activityId);
  }

  duplicates(): DuplicateDelivery[] {
    return this.recorder.duplicates();
  }

  /** Cards refused as invalid Adaptive Cards 1.5: in activities (answered 400 BadArgument) and in invoke responses. */
  cardRefusals(): CardRefusal[] {
    return this.ctx.cards.refusals();
  }

  /** How many Adaptive Cards the fake validated, valid or not. */
  cardsValidated(): number {
    return this.ctx.cards.count();
  }

  /** Forgets calls, messages and card checks (the directory, faults and limits stay). */
  clearRecords(): void {
    this.recorder.clear();
    this.ctx.cards.clear();
  }

  // Teams → bot -------------------------------------------------------------------------------------------------

  /**
   * Posts an activity to the bot as Teams does and reads the answer. A card the bot answers an invoke with
   * (`adaptiveCard/action` → `{ statusCode, type: 'application/vnd.microsoft.card.adaptive', value }`) is validated
   * like the cards of activities: Teams cannot render an invalid one, so it is recorded in `cardRefusals()`, and the
   * answer, as the bot gave it, carries the problems in `cardProblems`.
   */
  async postToBot(botUrl: string, activity: object, options: PostActivityOptions = {}): Promise<PostActivityResult & { cardProblems?: string[] }> {
    const result = await postActivity(botUrl, activity, options);
    const body = result.body as { type?: unknown; value?: unknown } | undefined;
    if (typeof body !== 'object' || body === null || body.type !== ADAPTIVE_CARD_CONTENT_TYPE) return result;
    const conversationId = (activity as { conversation?: { id?: string } }).conversation?.id;
    const size = utf16Bytes(body);
    const tooBig = size > this.ctx.maxMessageBytes ? [`the invoke response is ${size} bytes counted as UTF-16, over ${this.ctx.maxMessageBytes}`] : [];
    const problems = this.ctx.cards.check(body.value, 'invokeResponse', conversationId, tooBig);
    return problems.length > 0 ? { ...result, cardProblems: problems } : result;
  }

  // Auth --------------------------------------------------------------------------------------------------------

  /** A channel token for the bot, as Bot Framework signs them for Teams, or forged the given way. */
  channelToken(options: { appId?: string; serviceUrl?: string; forge?: ChannelTokenForgery } = {}): Promise<string> {
    if (!this.issuer) return Promise.reject(new Error('The fake Bot Connector is not started'));
    return this.issuer.sign({ appId: options.appId ?? this.bot.appId, serviceUrl: options.serviceUrl ?? this.serviceUrl }, options.forge);
  }

  /**
   * Settings for botbuilder's ConfigurationBotFrameworkAuthentication: the bot's identity (SingleTenant) and the
   * override keys that point incoming-token checks (and, with `login`, outgoing tokens) at the fake.
   */
  botFrameworkSettings(): Record<string, string> {
    return {
      MicrosoftAppId: this.bot.appId,
      MicrosoftAppPassword: this.bot.password,
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppTenantId: this.tenantId,
      ToBotFromChannelOpenIdMetadataUrl: this.openIdMetadataUrl,
      ToBotFromChannelTokenIssuer: this.tokenIssuer,
      ToBotFromEmulatorOpenIdMetadataUrl: this.openIdMetadataUrl,
      ToChannelFromBotLoginUrl: this.loginInfo?.authority ?? `https://login.microsoftonline.com/${this.tenantId}`,
      ToChannelFromBotOAuthScope: BOT_FRAMEWORK_SCOPE,
      CallerId: 'urn:botframework:azure',
    };
  }

  /** Credentials for the bot's outgoing calls, from the fake login endpoint (needs `login`). */
  loopbackCredentials(): LoopbackCredentialsFactory {
    if (!this.loginInfo) throw new Error('Start the fake with login: true to get loopback credentials');
    return new LoopbackCredentialsFactory({ url: this.loginInfo.url, tenantId: this.tenantId, appId: this.bot.appId, password: this.bot.password });
  }
}
