import { aadError, type AadError } from './aad-error.js';
import { TOKEN_LIFETIME_SECONDS, type AccessTokens } from './access-token.js';

export interface TokenEndpointConfig {
  tenantId: string;
  clientId: string;
  clientSecret: string;
}

export type TokenAnswer = { status: 200; body: Record<string, unknown> } | AadError;

const GRAPH_SCOPES = ['https://graph.microsoft.com/.default', '00000003-0000-0000-c000-000000000000/.default'];
const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

function assertionProblem(assertion: string, clientId: string): string | undefined {
  const [, payload] = assertion.split('.');
  if (assertion.split('.').length !== 3 || !payload) return 'The client assertion is not a well-formed JWT.';
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    if (claims['iss'] !== clientId || claims['sub'] !== clientId) return "The client assertion's iss and sub must be the client id.";
    if (typeof claims['exp'] !== 'number' || claims['exp'] * 1000 < Date.now()) return 'The client assertion is expired.';
    return undefined;
  } catch {
    return 'The client assertion is not a well-formed JWT.';
  }
}

/** OAuth 2.0 client credentials grant at POST /{tenant}/oauth2/v2.0/token, answering like Entra ID. */
export function answerTokenRequest(tenant: string, contentType: string | undefined, rawBody: string, config: TokenEndpointConfig, tokens: AccessTokens): TokenAnswer {
  if (tenant.toLowerCase() !== config.tenantId.toLowerCase()) {
    return aadError(400, 'invalid_request', 90002, `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`);
  }
  if (!(contentType ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded')) {
    return aadError(400, 'invalid_request', 900144, "The request body must contain the following parameter: 'grant_type'.");
  }
  const form = new URLSearchParams(rawBody);
  const grantType = form.get('grant_type');
  if (!grantType) return aadError(400, 'invalid_request', 900144, "The request body must contain the following parameter: 'grant_type'.");
  if (grantType !== 'client_credentials') {
    return aadError(400, 'unsupported_grant_type', 70003, `The app requested an unsupported grant type '${grantType}'.`);
  }
  const clientId = form.get('client_id');
  if (!clientId) return aadError(400, 'invalid_request', 900144, "The request body must contain the following parameter: 'client_id'.");
  if (clientId !== config.clientId) {
    return aadError(400, 'unauthorized_client', 700016, `Application with identifier '${clientId}' was not found in the directory '${config.tenantId}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant.`);
  }
  const scope = form.get('scope');
  if (!scope) return aadError(400, 'invalid_request', 900144, "The request body must contain the following parameter: 'scope'.");
  const scopes = scope.split(' ').filter(Boolean);
  if (scopes.length !== 1 || !GRAPH_SCOPES.includes(scopes[0] as string)) {
    return aadError(400, 'invalid_scope', 1002012, `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`);
  }
  const secret = form.get('client_secret');
  const assertion = form.get('client_assertion');
  if (secret !== null) {
    if (secret !== config.clientSecret) {
      return aadError(401, 'invalid_client', 7000215, `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${config.clientId}'.`);
    }
  } else if (assertion !== null) {
    if (form.get('client_assertion_type') !== JWT_BEARER) {
      return aadError(400, 'invalid_request', 50027, `The client_assertion_type must be '${JWT_BEARER}'.`);
    }
    const problem = assertionProblem(assertion, config.clientId);
    if (problem) return aadError(401, 'invalid_client', 700027, `Client assertion failed signature validation. ${problem}`);
  } else {
    return aadError(401, 'invalid_client', 7000218, "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.");
  }
  return {
    status: 200,
    body: { token_type: 'Bearer', expires_in: TOKEN_LIFETIME_SECONDS, ext_expires_in: TOKEN_LIFETIME_SECONDS, access_token: tokens.issue(clientId) },
  };
}
