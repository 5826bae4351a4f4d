import { buildHelpCard } from '../../../../bot/cards/help.card.js';
import { cardResponse, errorResponse, messageResponse, retryAfterResponse } from '../../../../bot/routing/invoke-responses.js';

describe('invoke responses', () => {
  it('replaces the card with a 200 adaptive card', () => {
    const card = buildHelpCard('fr');
    expect(cardResponse(card)).toEqual({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card });
  });

  it('shows a message with a 200 activity message', () => {
    expect(messageResponse('Cette carte n’est plus à jour.')).toEqual({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'Cette carte n’est plus à jour.' });
  });

  it('reports errors as 400 or 500 with a code and a message', () => {
    expect(errorResponse(400, 'malformed_data', 'Bad step')).toEqual({ statusCode: 400, type: 'application/vnd.microsoft.error', value: { code: 'malformed_data', message: 'Bad step' } });
    expect(errorResponse(500, 'internal', 'Oops').statusCode).toBe(500);
  });

  it('asks to retry after whole seconds, at least one', () => {
    expect(retryAfterResponse(2.2)).toEqual({ statusCode: 429, type: 'application/vnd.microsoft.activity.retryAfter', value: 3 });
    expect(retryAfterResponse(0).value).toBe(1);
  });
});
