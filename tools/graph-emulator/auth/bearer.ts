import { GraphHttpError } from '../http/graph-error.js';
import type { AccessTokens } from './access-token.js';

/** Checks `Authorization: Bearer <token>`; answers Graph's 401 InvalidAuthenticationToken otherwise. */
export function bearerProblem(authorization: string | undefined, tokens: AccessTokens, authorityUrl: string): GraphHttpError | undefined {
  const headers = { 'WWW-Authenticate': `Bearer realm="", authorization_uri="${authorityUrl}/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"` };
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match) return new GraphHttpError(401, 'InvalidAuthenticationToken', 'Access token is empty.', { headers });
  const check = tokens.check(match[1] as string);
  if (check.ok) return undefined;
  const message = check.reason === 'expired'
    ? 'Lifetime validation failed, the token is expired.'
    : check.reason === 'malformed'
      ? 'IDX14100: JWT is not well formed, there are no dots (.).'
      : 'Access token validation failure. Invalid signature.';
  return new GraphHttpError(401, 'InvalidAuthenticationToken', message, { headers });
}
