import type { Activity } from 'botbuilder';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function mentionTextsOf(entities: readonly unknown[], botId: string): string[] {
  return entities.flatMap((entity) => {
    if (!isRecord(entity) || entity.type !== 'mention' || typeof entity.text !== 'string') return [];
    const mentioned = entity.mentioned;
    return isRecord(mentioned) && mentioned.id === botId ? [entity.text] : [];
  });
}

/**
 * The text of a message without the bot's @mention: in a channel Teams writes `<at>Cap Mandat</at> aide`, with a
 * `mention` entity naming the bot. Non-breaking spaces and runs of white space become one space.
 */
export function textWithoutBotMention(activity: Pick<Activity, 'text' | 'entities' | 'recipient'>): string {
  let text = activity.text ?? '';
  const botId = activity.recipient?.id;
  if (botId) for (const mention of mentionTextsOf(activity.entities ?? [], botId)) text = text.split(mention).join(' ');
  return text.replace(/&nbsp;|\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
}
