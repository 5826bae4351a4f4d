import { TeamsInfo, type TeamsChannelAccount, type TurnContext } from 'botbuilder';
import type { RosterMember } from '../../src/ports/bot-application.port.js';

/** Members per page asked of Teams (its maximum). */
const PAGE_SIZE = 500;
// A guard against a connector that keeps returning a continuation token: 200 pages are 100,000 members.
const MAX_PAGES = 200;

function rosterMemberOf(account: TeamsChannelAccount): RosterMember {
  return {
    userId: account.id,
    aadObjectId: account.aadObjectId || undefined,
    name: account.name || undefined,
    email: account.email || undefined,
  };
}

/** Every member of the team of the turn, read page by page with the paged members API. */
export async function readTeamRoster(context: TurnContext): Promise<RosterMember[]> {
  const members: RosterMember[] = [];
  let continuationToken: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const result = await TeamsInfo.getPagedMembers(context, PAGE_SIZE, continuationToken);
    members.push(...(result.members ?? []).map(rosterMemberOf));
    continuationToken = result.continuationToken || undefined;
    if (!continuationToken) return members;
  }
  throw new Error(`team roster longer than ${MAX_PAGES} pages`);
}
