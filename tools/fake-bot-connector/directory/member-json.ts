import type { DirectoryUser } from './directory.js';

/** A roster entry as Teams returns it (TeamsChannelAccount). */
export function memberJson(user: DirectoryUser): Record<string, unknown> {
  return {
    id: user.id,
    name: user.name,
    aadObjectId: user.aadObjectId,
    givenName: user.givenName,
    surname: user.surname,
    email: user.email,
    userPrincipalName: user.userPrincipalName,
    tenantId: user.tenantId,
    userRole: user.userRole,
  };
}

/** The legacy `/members` API also names the Entra id `objectId` (TeamsInfo.getMembers copies it to aadObjectId). */
export function legacyMemberJson(user: DirectoryUser): Record<string, unknown> {
  return { ...memberJson(user), objectId: user.aadObjectId };
}
