/** What authenticates a request: headers to add to every API call. */
export interface CredentialProvider {
  readonly kind: 'teams-sso' | 'dev-user' | 'none';
  headers: () => Promise<Record<string, string>>;
}

/** Inside Teams: the SSO token from `authentication.getAuthToken()`, as a bearer token. */
export function teamsSsoCredentials(getToken: () => Promise<string>): CredentialProvider {
  return {
    kind: 'teams-sso',
    async headers() {
      return { Authorization: `Bearer ${await getToken()}` };
    },
  };
}

/** In a browser against a development server: the demo identity picked in the header (`X-Dev-User`). */
export function devUserCredentials(current: () => string | undefined): CredentialProvider {
  return {
    kind: 'dev-user',
    headers() {
      const id = current();
      const headers: Record<string, string> = id ? { 'X-Dev-User': id } : {};
      return Promise.resolve(headers);
    },
  };
}
