/** Public option and result types of the fake Bot Connector (re-exported by index.ts). */

/** Milliseconds since the epoch; inject a manual one so rate-limit tests never wait. */
export type Clock = () => number;

/**
 * How Teams treats the bot for a user: `installed` (sends work), `blocked` (the user blocked the bot: 403),
 * `uninstalled` (the app was removed: 403 `MessageWritesBlocked`, and a new 1:1 cannot be opened), `unknown`
 * (not in the tenant: 404).
 */
export type UserState = 'installed' | 'blocked' | 'uninstalled' | 'unknown';

/**
 * The 403 body a blocked user produces. Teams documents two: the usual error envelope
 * `{ error: { code: 'ConversationBlockedByUser', message } }` and the proactive-messaging one
 * `{ errorCode: 209, message: '{ "subCode": "MessageWritesBlocked", … }' }`.
 */
export type BlockedAnswer = 'ConversationBlockedByUser' | 'MessageWritesBlocked';

/** A user of the fake tenant (fakeUser() makes one). */
export interface DirectoryUserInput {
  /** Teams user id, `29:…`. */
  id: string;
  aadObjectId: string;
  name: string;
  email?: string;
  userPrincipalName?: string;
  givenName?: string;
  surname?: string;
  /** Default `installed`. */
  state?: UserState;
  /** Overrides the fake's `blockedAnswer` for this user. */
  blockedAnswer?: BlockedAnswer;
  /** Default `user`. */
  userRole?: 'user' | 'guest' | 'anonymous';
  /** Default: the fake's tenant. */
  tenantId?: string;
}

/** A channel of a team, other than General. */
export interface ChannelInput {
  /** `19:…@thread.tacv2` */
  id: string;
  name: string;
}

/** A team of the fake tenant (fakeTeam() makes one). */
export interface TeamInput {
  /** `19:…@thread.tacv2`; it is also the id of the team's General channel, as in Teams. */
  id: string;
  name: string;
  aadGroupId: string;
  /** Teams user ids (`29:…`) of users already in the directory. */
  memberIds: string[];
  /** Channels other than General. */
  channels?: ChannelInput[];
  /** Default true; false answers 403 `BotNotInConversationRoster` for the team's conversations. */
  botInstalled?: boolean;
  tenantId?: string;
}

/** Window limits of one Teams rate-limit scenario: at most `limit` operations in any `windowMs`. */
export interface WindowLimit {
  limit: number;
  windowMs: number;
}

/** Which limits the fake enforces (all of Teams' by default, 30/s per tenant). */
export interface RateLimitOptions {
  /** Default true. */
  enabled?: boolean;
  /** Global limit per app per tenant, requests per second (platform.md §4: design for 30). */
  tenantPerSecond?: number;
  /** Per bot per thread limits, replacing Teams' figures scenario by scenario. */
  thread?: Partial<Record<ThreadScenario, WindowLimit[]>>;
}

/** Teams' per-thread scenarios: sends (and replies, updates, deletes), creates, member reads, conversation lists. */
export type ThreadScenario = 'send' | 'create' | 'members' | 'conversations' | 'legacyMembers';

/** Statuses the fault injection can answer. */
export type FaultStatus = 412 | 429 | 500 | 502 | 503 | 504;

/** Seeded random faults. */
export interface FaultOptions {
  /** 0..1 share of connector calls answered with one of `statuses` instead of being processed. */
  ratio?: number;
  /** Seed of the deterministic choice; the same seed and request order give the same faults. */
  seed?: number;
  /** Default [429, 412, 502, 503, 504]. */
  statuses?: FaultStatus[];
  /** Retry-After on injected 429 and 503; default 1. */
  retryAfterSeconds?: number;
}

/** How a queued one-shot fault behaves. */
export interface FailNextOptions {
  retryAfterSeconds?: number;
  /** Process the call (the message is delivered) and still answer the failure: a gateway timeout after the write. */
  deliveredAnyway?: boolean;
}

/** The bot the fake serves. */
export interface BotIdentity {
  /** Entra app id of the bot; the bot's Teams id is `28:<appId>`. */
  appId?: string;
  name?: string;
  /** Client secret the login endpoint accepts. */
  password?: string;
  /** Connector calls must carry a token from the fake's login endpoint for this app (401 otherwise). Default false. */
  requireToken?: boolean;
}

/** Options of startFakeBotConnector / new FakeBotConnector. */
export interface FakeBotConnectorOptions {
  /** Default '127.0.0.1'. */
  host?: string;
  /** 0 = ephemeral. */
  port?: number;
  /** Path segment of the service URL, like Teams' regional `/emea/`; '' serves at the root. Default 'emea'. */
  region?: string;
  tenantId?: string;
  bot?: BotIdentity;
  clock?: Clock;
  rateLimits?: RateLimitOptions;
  faults?: FaultOptions;
  /** Activity size limit, counted as UTF-16 (2 bytes per code unit of the JSON); default 100 KB. */
  maxMessageBytes?: number;
  blockedAnswer?: BlockedAnswer;
  pagedMembers?: { defaultPageSize?: number; maxPageSize?: number };
  /** Also serve the Entra token endpoint (https, self-signed) so the bot can get outgoing tokens. Default false. */
  login?: boolean | { tls?: { keyPem: string; certPem: string } };
  onUnexpected?: (error: unknown) => void;
}

/** Connector API operations, named as botframework-connector names them. */
export type ConnectorOperation =
  | 'createConversation'
  | 'sendToConversation'
  | 'replyToActivity'
  | 'updateActivity'
  | 'deleteActivity'
  | 'getConversationMembers'
  | 'getConversationMember'
  | 'getConversationPagedMembers'
  | 'fetchChannelList'
  | 'fetchTeamDetails'
  | 'unknown';

/** Why a call got its answer when it was not processed normally. */
export type CallOutcome = 'processed' | 'rate-limited' | 'random-fault' | 'injected-fault' | 'unauthorized';

/** One connector call as the fake saw and answered it. */
export interface RecordedCall {
  seq: number;
  /** Clock time (ms). */
  at: number;
  method: string;
  /** Path after the service URL, decoded, e.g. `/v3/conversations/a:1…/activities`. */
  path: string;
  operation: ConnectorOperation;
  conversationId?: string;
  activityId?: string;
  /** The user the call is about (1:1 conversation owner, member read, conversation created for). */
  userId?: string;
  body: unknown;
  status: number;
  outcome: CallOutcome;
  retryAfterSeconds?: number;
}

/** Where a card reached the fake: an activity the bot sent (by operation), or the answer to an invoke it was sent. */
export type CardSource = 'sendToConversation' | 'replyToActivity' | 'updateActivity' | 'createConversation' | 'invokeResponse';

/** A card the fake refused as invalid (Adaptive Card 1.5 schema), with why. */
export interface CardRefusal {
  /** Clock time (ms). */
  at: number;
  source: CardSource;
  conversationId?: string;
  /** One line per problem, each with the JSON path of the offending property. */
  problems: string[];
  card: unknown;
}

/** A message the fake accepted, with its current state. */
export interface DeliveredActivity {
  id: string;
  /** The conversation it was posted to; channel threads are `<channelId>;messageid=<rootId>`. */
  conversationId: string;
  userId?: string;
  /** The activity as posted (first version). */
  posted: Record<string, unknown>;
  /** The activity as it stands after updates. */
  current: Record<string, unknown>;
  at: number;
  replyToId?: string;
  deleted: boolean;
  updateCount: number;
}

/** The same content delivered more than once to one conversation. */
export interface DuplicateDelivery {
  conversationId: string;
  userId?: string;
  activityIds: string[];
  /** Canonical JSON of type, text, summary and attachments. */
  contentKey: string;
}
