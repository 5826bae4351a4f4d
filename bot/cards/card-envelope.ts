import type { AdaptiveCard, CardActionElement, CardElement, Refresh } from './adaptive-card.types.js';

/** What goes into a card. */
export interface CardParts {
  body: CardElement[];
  actions?: CardActionElement[];
  refresh?: Refresh | undefined;
  /** Shown by clients that cannot render the card, and in notifications. */
  fallbackText: string;
}

/** Wraps a body into an Adaptive Card 1.5, full width in Teams (questionnaires need the room). */
export function adaptiveCard(parts: CardParts): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: parts.body,
    ...(parts.actions && parts.actions.length > 0 ? { actions: parts.actions } : {}),
    ...(parts.refresh ? { refresh: parts.refresh } : {}),
    fallbackText: parts.fallbackText,
    msteams: { width: 'Full' },
  };
}
