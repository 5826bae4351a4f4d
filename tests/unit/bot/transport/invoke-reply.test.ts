import { buildHelpCard } from '../../../../bot/cards/help.card.js';
import { internalErrorInvokeResponse, toInvokeResponse } from '../../../../bot/transport/invoke-reply.js';

describe('invoke responses', () => {
  it('replaces the card with a 200 adaptive card', () => {
    const card = buildHelpCard('fr');
    expect(toInvokeResponse({ kind: 'card', card })).toEqual({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card });
  });

  it('shows a message with a 200 activity message', () => {
    expect(toInvokeResponse({ kind: 'message', text: 'Cette carte n’est plus à jour.' })).toEqual({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: 'Cette carte n’est plus à jour.',
    });
  });

  it('reports errors as 400 or 500 with a code and a message', () => {
    expect(toInvokeResponse({ kind: 'error', status: 400, code: 'malformed_data', message: 'Bad step' })).toEqual({
      statusCode: 400,
      type: 'application/vnd.microsoft.error',
      value: { code: 'malformed_data', message: 'Bad step' },
    });
    expect(toInvokeResponse({ kind: 'error', status: 500, code: 'internal', message: 'Oops' }).statusCode).toBe(500);
  });

  it('keeps the application’s error status in the body', () => {
    expect(toInvokeResponse({ kind: 'error', status: 409, code: 'stale_card', message: 'Carte périmée' })).toEqual({
      statusCode: 409,
      type: 'application/vnd.microsoft.error',
      value: { code: 'stale_card', message: 'Carte périmée' },
    });
  });

  it('answers a failure with a generic sentence in the person’s language', () => {
    expect(internalErrorInvokeResponse('fr-FR')).toEqual({
      statusCode: 500,
      type: 'application/vnd.microsoft.error',
      value: { code: 'internal_error', message: 'Une erreur est survenue de notre côté. Réessayez dans un instant.' },
    });
    expect(internalErrorInvokeResponse('en-US').value).toEqual({ code: 'internal_error', message: 'Something went wrong on our side. Please try again in a moment.' });
  });
});
