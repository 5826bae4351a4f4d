import { contentKey } from '../../../tools/fake-bot-connector/recording/content-key.js';

describe('contentKey', () => {
  const card = { contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Rappel' }] } };

  it('is the same for the same message sent twice, whatever ids, timestamps and addressing', () => {
    const first = { type: 'message', id: '1', timestamp: 'a', attachments: [card], conversation: { id: 'x' } };
    const second = { attachments: [{ content: { body: [{ text: 'Rappel', type: 'TextBlock' }], version: '1.5', type: 'AdaptiveCard' }, contentType: card.contentType }], type: 'message', id: '2', replyToId: 'r' };
    expect(contentKey(first)).toBe(contentKey(second));
  });

  it('differs when what the user sees differs', () => {
    expect(contentKey({ type: 'message', text: 'a' })).not.toBe(contentKey({ type: 'message', text: 'b' }));
  });
});
