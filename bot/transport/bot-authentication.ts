import {
  CallerIdConstants,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  StatusCodes,
  type Activity,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from 'botbuilder';
import {
  AuthenticationConstants,
  AuthenticationError,
  ConnectorFactory,
  SkillValidation,
  type AuthenticateRequestResult,
  type ClaimsIdentity,
  type ConnectorClient,
  type ServiceClientCredentialsFactory,
  type UserTokenClient,
} from 'botframework-connector';
import { decodeJwt } from 'jose';
import type { BotSettings } from '../../src/config/bot.config.js';
import { singleAttemptWithTimeout } from './connector-pipeline.js';

/** The audience of the bot's outgoing tokens (the Bot Connector). */
export function channelAudienceOf(settings: BotSettings): string {
  return settings.toChannelFromBotOAuthScope ?? AuthenticationConstants.ToChannelFromBotOAuthScope;
}

const channelIssuerOf = (settings: BotSettings): string => settings.toBotFromChannelTokenIssuer ?? AuthenticationConstants.ToBotFromChannelTokenIssuer;

// Setting any override makes botbuilder take every parameterised value as given (undefined included), so all of
// them are passed, with the public Azure cloud's values where ours are not set.
function authOptionsOf(settings: BotSettings): ConfigurationBotFrameworkAuthenticationOptions {
  return {
    MicrosoftAppId: settings.appId,
    MicrosoftAppTenantId: settings.tenantId,
    ToBotFromChannelOpenIdMetadataUrl: settings.toBotFromChannelOpenIdMetadataUrl ?? AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
    ToBotFromChannelTokenIssuer: channelIssuerOf(settings),
    ToChannelFromBotLoginUrl: settings.toChannelFromBotLoginUrl ?? AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: channelAudienceOf(settings),
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
}

function credentialsOf(settings: BotSettings): ConfigurationServiceClientCredentialFactory {
  return new ConfigurationServiceClientCredentialFactory({
    MicrosoftAppId: settings.appId,
    MicrosoftAppPassword: settings.appPassword,
    // botbuilder compares the type case-insensitively and spells it UserAssignedMsi.
    MicrosoftAppType: settings.appType,
    MicrosoftAppTenantId: settings.tenantId,
  });
}

/** Connector clients built once per app id, service URL and audience, shared by every turn of a process. */
type ClientCache = Map<string, Promise<ConnectorClient>>;

// botbuilder asks the authentication for a new connector factory on every turn (each proactive message, each incoming
// activity), and each factory builds a new client and HTTP pipeline: milliseconds of CPU per message. The factories
// handed out here share one cache of clients; clients hold no per-conversation state and renew their own tokens.
class SingleAttemptConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly inner: ConnectorFactory,
    private readonly timeoutMs: number,
    private readonly clients: ClientCache,
    private readonly appId: string,
  ) {
    super();
  }

  override create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return kept(this.clients, `${this.appId}\n${serviceUrl}\n${audience ?? ''}`, () =>
      this.inner.create(serviceUrl, audience).then((created) => singleAttemptWithTimeout(created, this.timeoutMs)),
    );
  }
}

/** The value kept under `key`, created on first use; a failed creation (credentials) is dropped so the next turn tries again. */
function kept<T>(cache: Map<string, Promise<T>>, key: string, create: () => Promise<T>): Promise<T> {
  let value = cache.get(key);
  if (!value) {
    value = create();
    value.catch(() => cache.delete(key));
    cache.set(key, value);
  }
  return value;
}

// botbuilder's own choice of the app id a turn acts as: the claims' audience, else their appid.
const appIdOf = (claimsIdentity: ClaimsIdentity): string =>
  claimsIdentity.getClaimValue(AuthenticationConstants.AudienceClaim) ?? claimsIdentity.getClaimValue(AuthenticationConstants.AppIdClaim) ?? '';

// jsonwebtoken's own errors (bad signature, malformed token) escape botbuilder's token check unwrapped, and
// CloudAdapter answers anything but an AuthenticationError with 500.
const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError']);

// Cap Mandat hears from Teams only, through channel tokens. botbuilder would also take Emulator and skill tokens, which
// it checks against Microsoft's Entra metadata (a network call a stranger's token could trigger) and, for the Emulator,
// from any tenant named in the unverified token: anything but a channel token is refused before botbuilder looks.
function isChannelToken(authHeader: string, channelIssuer: string): boolean {
  const [scheme, token, ...rest] = authHeader.trim().split(' ');
  if (scheme !== 'Bearer' || !token || rest.length > 0) return false;
  try {
    return decodeJwt(token).iss === channelIssuer && !SkillValidation.isSkillToken(authHeader);
  } catch {
    return false;
  }
}

/**
 * Bot Framework authentication from our settings: channel tokens only, every rejected token answered 401, and Bot
 * Connector clients that try each call once (our dispatcher owns retries).
 */
export class CapMandatBotAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly channelIssuer: string | undefined;
  private readonly clients: ClientCache = new Map();
  private readonly userTokenClients = new Map<string, Promise<UserTokenClient>>();

  /** `credentials` replaces the ones the settings describe (a local identity provider in tests). */
  constructor(
    settings: BotSettings,
    private readonly requestTimeoutMs: number,
    credentials: ServiceClientCredentialsFactory = credentialsOf(settings),
  ) {
    super(authOptionsOf(settings), credentials);
    // In the anonymous local mode botbuilder ignores the Authorization header altogether.
    this.channelIssuer = settings.appId === '' ? undefined : channelIssuerOf(settings);
  }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    if (this.channelIssuer !== undefined && authHeader.trim() !== '' && !isChannelToken(authHeader, this.channelIssuer))
      throw new AuthenticationError('Unauthorized. Only Bot Framework channel tokens are accepted.', StatusCodes.UNAUTHORIZED);
    let result: AuthenticateRequestResult;
    try {
      result = await super.authenticateRequest(activity, authHeader);
    } catch (error) {
      if (error instanceof Error && TOKEN_ERRORS.has(error.name)) throw new AuthenticationError(`Unauthorized. ${error.message}`, StatusCodes.UNAUTHORIZED);
      throw error;
    }
    const factory = result.connectorFactory;
    return { ...result, connectorFactory: factory && this.sharing(factory, result.claimsIdentity) };
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.sharing(super.createConnectorFactory(claimsIdentity), claimsIdentity);
  }

  // The user-token client is built per turn too (Cap Mandat asks it for nothing, but botbuilder builds one anyway).
  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return kept(this.userTokenClients, appIdOf(claimsIdentity), () => super.createUserTokenClient(claimsIdentity));
  }

  // The factory's clients carry the credentials of the app the claims name.
  private sharing(factory: ConnectorFactory, claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return new SingleAttemptConnectorFactory(factory, this.requestTimeoutMs, this.clients, appIdOf(claimsIdentity));
  }
}
