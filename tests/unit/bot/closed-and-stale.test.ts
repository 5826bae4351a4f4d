import { buildClosedCard } from '../../../bot/cards/closed.card.js';
import { STALE_REASONS, staleActionMessage } from '../../../bot/cards/stale-action.messages.js';
import { cardProblems } from './support/card-validation.js';
import { allNodes, readableText } from './support/card-queries.js';

describe('closed card', () => {
  it('says the campaign is closed, with no input and no button to replay', () => {
    const card = buildClosedCard({ campaignTitle: 'Revue [printemps]', deadline: '2026-03-20', answered: true }, 'fr');
    expect(cardProblems(card)).toEqual([]);
    expect(readableText(card)).toContain('🔒 Cette campagne est close (date limite : 20 mars 2026).');
    expect(readableText(card)).toContain('Vos réponses ont bien été prises en compte.');
    expect(allNodes(card).some((n) => String(n.type).startsWith('Input.') || String(n.type).startsWith('Action.'))).toBe(false);
    expect(card.refresh).toBeUndefined();
  });

  it('tells a non-respondent whom to contact, in English too', () => {
    const card = buildClosedCard({ campaignTitle: 'Review', deadline: '2026-03-20', answered: false }, 'en');
    expect(cardProblems(card)).toEqual([]);
    expect(readableText(card)).toContain('This campaign is closed (deadline: 20 March 2026).');
    expect(readableText(card)).toContain('contact the steering team');
  });
});

describe('stale action messages', () => {
  it.each(STALE_REASONS)('explains %s in both languages and says nothing was changed', (reason) => {
    const fr = staleActionMessage(reason, 'fr');
    const en = staleActionMessage(reason, 'en');
    expect(fr).not.toBe(en);
    expect(fr.length).toBeGreaterThan(20);
    if (reason !== 'deadline_passed') {
      expect(fr).toContain('rien n’a été enregistré');
      expect(en).toContain('nothing was saved');
    }
  });
});
