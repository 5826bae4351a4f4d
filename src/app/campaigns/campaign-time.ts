import type { ConversationRef } from '../../domain/campaigns/conversation.schema.js';
import type { Stored } from '../../domain/entities/index.js';

/**
 * The instant a date-only schedule (opening date, reminder) is sent at: 07:00 UTC, i.e. 8 or 9 a.m. in metropolitan
 * France — questionnaires arrive at the start of the working day, not at midnight.
 */
export function instantOfDate(date: string): string {
  return `${date}T07:00:00.000Z`;
}

/** The active personal conversation of each person the bot can reach (the latest one when there are several). */
export function personalRefsByPerson(refs: readonly Stored<ConversationRef>[]): Map<string, Stored<ConversationRef>> {
  const byPerson = new Map<string, Stored<ConversationRef>>();
  for (const ref of refs) if (ref.scope === 'personal' && ref.personId && !ref.removedAt) byPerson.set(ref.personId, ref);
  return byPerson;
}
