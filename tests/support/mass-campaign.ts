import { conversationRefIdOf } from '../../src/domain/campaigns/conversation.schema.js';
import type { ChangeContext, Person } from '../../src/domain/entities/index.js';
import type { RoadmapStore } from '../../src/ports/store.port.js';
import type { DirectoryUserInput } from '../../tools/fake-bot-connector/types.js';

const ctx: ChangeContext = { actor: { id: 'fixture', name: 'Fixture' }, source: 'seed', at: '2026-11-27T08:00:00.000Z' };

/** The Entra object id of the n-th mass recipient (distinct from the demo's). */
const aadOf = (n: number): string => `5e1d0000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** What mass recipients need of the fake Teams: the fake itself, or a proxy to one running in a worker thread. */
export interface TeamsDirectory {
  tenantId: string;
  serviceUrl: string;
  addUsers(users: DirectoryUserInput[]): unknown;
  personalConversationId(userId: string): string;
}

/**
 * `count` people who have the app installed (a conversation reference each, a Teams user on the fake), for sending
 * campaigns at scale. Returns their person ids and Teams user ids.
 */
export async function massRecipients(
  store: RoadmapStore,
  fake: TeamsDirectory,
  count: number,
): Promise<{ personIds: string[]; userIds: string[] }> {
  const users: DirectoryUserInput[] = [];
  const people: Person[] = [];
  const personIds: string[] = [];
  const userIds: string[] = [];
  for (let n = 1; n <= count; n += 1) {
    const personId = `pers-masse-${n}`;
    const userId = `29:masse-${n}`;
    people.push({ id: personId, displayName: `Agent ${n}`, email: `agent.${n}@valmont.test`, role: 'service_head', serviceIds: [], entraObjectId: aadOf(n) });
    personIds.push(personId);
    userIds.push(userId);
    users.push({ id: userId, aadObjectId: aadOf(n), name: `Agent ${n}` });
  }
  await fake.addUsers(users);
  await store.person.createMany(people, ctx);
  await store.operations.conversation.createMany(
    people.map((p, i) => ({
      id: conversationRefIdOf('personal', p.entraObjectId!),
      scope: 'personal' as const,
      tenantId: fake.tenantId,
      serviceUrl: fake.serviceUrl,
      conversationId: fake.personalConversationId(userIds[i]!),
      botId: '28:cap-mandat',
      userId: userIds[i]!,
      aadObjectId: p.entraObjectId!,
      personId: p.id,
      installedAt: ctx.at,
    })),
  );
  return { personIds, userIds };
}

/** A one-question custom campaign to named people (small cards: the send, not the card, is measured). */
export function massCampaignBody(personIds: readonly string[], title = 'Sondage express') {
  return {
    kind: 'custom',
    title,
    audience: { kind: 'people', personIds },
    openingDate: '2026-11-27',
    deadline: '2026-12-11',
    questions: [{ id: 'q1', type: 'scale', scale: '1-5', label: { fr: 'Votre satisfaction ?', en: 'Your satisfaction?' } }],
  };
}
