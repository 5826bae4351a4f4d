import type { Lang } from '../../src/domain/validation/messages.js';

/** What the chat commands are called in each language (the words people type to the bot). */
export const COMMAND_WORDS = {
  fr: { help: 'aide', myActions: 'mes actions', myCampaigns: 'mes questionnaires' },
  en: { help: 'help', myActions: 'my actions', myCampaigns: 'my questionnaires' },
} as const satisfies Record<Lang, Record<string, string>>;
