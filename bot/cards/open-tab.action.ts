import type { Lang } from '../../src/domain/validation/messages.js';
import type { OpenUrlAction } from './adaptive-card.types.js';

const TITLE = { fr: 'Ouvrir Cap Mandat', en: 'Open Cap Mandat' } as const;

/** A button to the Cap Mandat tab, when its deep link is known; only https links are ever offered. */
export function openTabAction(tabUrl: string | undefined, lang: Lang): OpenUrlAction[] {
  return tabUrl?.startsWith('https://') ? [{ type: 'Action.OpenUrl', title: TITLE[lang], url: tabUrl }] : [];
}
