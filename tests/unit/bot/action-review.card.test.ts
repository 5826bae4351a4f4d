import { buildActionReviewCard } from '../../../bot/cards/action-review.card.js';
import { cardSizeBytes } from '../../../bot/cards/card-size.js';
import { parseActionReviewStep } from '../../../src/domain/campaigns/answers/action-review.parse.js';
import { makeIndicator } from '../domain/factories.js';
import { cardProblems } from './support/card-validation.js';
import { elementAfterInput, executeActions, inputById, inputIds, readableText, shownTexts, verbs } from './support/card-queries.js';
import { longText, makeReviewView, makeRef } from './support/view-factories.js';

describe('action review card', () => {
  it('is a valid Adaptive Card 1.5 in French and English', () => {
    expect(cardProblems(buildActionReviewCard(makeReviewView(), 'fr'))).toEqual([]);
    expect(cardProblems(buildActionReviewCard(makeReviewView(), 'en'))).toEqual([]);
  });

  it('shows the campaign, the deadline, the step counter and progress dots', () => {
    const text = readableText(buildActionReviewCard(makeReviewView(), 'fr'));
    expect(text).toContain('Revue des actions — printemps 2026');
    expect(text).toContain('Date limite : 20 mars 2026 (dans 10 jours)');
    expect(text).toContain('Action 2 sur 12   ● ◉ ○ ○ ○ ○ ○ ○ ○ ○ ○ ○');
    expect(readableText(buildActionReviewCard(makeReviewView(), 'en'))).toContain('Action 2 of 12');
  });

  it('shows the action in context: commitment, service, due date and lateness, last comment', () => {
    const text = readableText(buildActionReviewCard(makeReviewView(), 'fr'));
    expect(text).toContain('Rénover le gymnase Jean-Moulin');
    expect(text).toContain('Engagement E12 — Des équipements sportifs rénovés');
    expect(text).toContain('Direction des sports');
    expect(text).toContain('28 février 2026');
    expect(text).toContain('⚠ En retard de 10 jours');
    expect(text).toContain('Dernier commentaire (15 novembre 2025)');
    expect(text).toContain('Chantier retardé par les intempéries.');
  });

  it('says nothing about lateness for an action on time', () => {
    const view = makeReviewView({ action: { ...makeReviewView().action, dueDate: '2026-06-30' } });
    expect(readableText(buildActionReviewCard(view, 'fr'))).not.toContain('En retard');
  });

  it('prefills the inputs with the action’s current values', () => {
    const card = buildActionReviewCard(makeReviewView(), 'fr');
    expect(inputById(card, 'progress')).toMatchObject({ type: 'Input.Number', value: 40, min: 0, max: 100, isRequired: true, label: 'Avancement (%)' });
    expect(inputById(card, 'weather')).toMatchObject({ type: 'Input.ChoiceSet', value: 'cloudy' });
    expect(inputById(card, 'weather').choices!.map((c: { title: string }) => c.title)).toEqual(['☀️ Ensoleillé', '⛅ Nuageux', '☁️ Couvert', '⛈️ Orageux']);
    expect(inputById(card, 'trend')).toMatchObject({ value: 'flat' });
    expect(inputById(card, 'blockers')).toMatchObject({ type: 'Input.Text', isMultiline: true, maxLength: 2000, value: 'Marché de travaux infructueux' });
    expect(inputById(card, 'nextSteps')).toMatchObject({ value: 'Relancer la consultation en avril' });
    expect(inputById(card, 'needs')).toMatchObject({ maxLength: 2000 });
    expect(inputById(card, 'needs').value).toBeUndefined();
    expect(inputById(card, 'comment')).toMatchObject({ maxLength: 1000 });
  });

  it('shows each indicator’s last value and target, with an input for a new measure', () => {
    const card = buildActionReviewCard(makeReviewView(), 'fr');
    const text = readableText(card);
    expect(text).toContain('Places en tribune (places)');
    expect(text).toContain('120 places (31 décembre 2025)');
    expect(text).toContain('100 places (1 janvier 2025)');
    expect(inputById(card, 'measure.ind-places')).toMatchObject({ type: 'Input.Number', label: 'Nouvelle valeur — Places en tribune' });
    expect(inputById(card, 'measureDate.ind-places')).toMatchObject({ type: 'Input.Date', max: '2026-03-10' });
  });

  it('prefills a saved answer rather than the record (back, amend)', () => {
    const draft = { progress: 70, weather: 'sunny' as const, comment: 'Bon rythme', measures: [{ indicatorId: 'ind-places', value: 150 }] };
    const card = buildActionReviewCard(makeReviewView({ draft }), 'fr');
    expect(inputById(card, 'progress').value).toBe(70);
    expect(inputById(card, 'weather').value).toBe('sunny');
    expect(inputById(card, 'comment').value).toBe('Bon rythme');
    expect(inputById(card, 'measure.ind-places').value).toBe(150);
  });

  it('shows the error next to the progress field and a summary at the top when "abc" was refused', () => {
    const inputs = { progress: 'abc', weather: 'stormy', comment: 'Je garde ce texte' };
    const result = parseActionReviewStep(inputs, { indicatorIds: ['ind-places'], today: '2026-03-10' });
    if (result.ok) throw new Error('expected issues');
    const card = buildActionReviewCard(makeReviewView({ previous: { inputs, issues: result.issues } }), 'fr');

    const next = elementAfterInput(card, 'progress');
    expect(next).toMatchObject({ type: 'TextBlock', color: 'attention' });
    expect(next!.text!.replace(/\\(.)/g, '$1')).toBe('⚠ « abc » n’est pas un nombre.');
    expect(card.body[1]).toMatchObject({ type: 'Container', style: 'attention' });
    expect(readableText(card.body[1])).toContain('Rien n’a été enregistré : une réponse est à corriger.');
    expect(readableText(card.body[1])).toContain('Avancement (%) : « abc » n’est pas un nombre.');
    // What the person typed is kept; the unreadable number is left empty and named in the error.
    expect(inputById(card, 'weather').value).toBe('stormy');
    expect(inputById(card, 'comment').value).toBe('Je garde ce texte');
    expect(inputById(card, 'progress').value).toBeUndefined();
    expect(cardProblems(card)).toEqual([]);
  });

  it('keeps a typed out-of-range number and explains it in English', () => {
    const inputs = { progress: '140' };
    const result = parseActionReviewStep(inputs, { indicatorIds: [], today: '2026-03-10' });
    if (result.ok) throw new Error('expected issues');
    const card = buildActionReviewCard(makeReviewView({ previous: { inputs, issues: result.issues } }), 'en');
    expect(inputById(card, 'progress').value).toBe(140);
    expect(elementAfterInput(card, 'progress')!.text!.replace(/\\(.)/g, '$1')).toBe('⚠ Enter a number between 0 and 100 (140 is outside).');
    expect(readableText(card)).toContain('Nothing was saved: one answer needs correcting.');
    expect(readableText(card)).toContain('Progress (%): Enter a number between 0 and 100 (140 is outside).');
  });

  it('shows no error block on a fresh step', () => {
    const card = buildActionReviewCard(makeReviewView(), 'fr');
    expect(shownTexts(card).some((t) => t.startsWith('⚠ «'))).toBe(false);
    expect(readableText(card)).not.toContain('Rien n’a été enregistré');
  });

  it('offers save-and-next, skip and back in the middle', () => {
    expect(verbs(buildActionReviewCard(makeReviewView(), 'fr'))).toEqual(['save-and-next', 'skip', 'back']);
  });

  it('has no back button on step 1', () => {
    expect(verbs(buildActionReviewCard(makeReviewView({ position: { step: 0, total: 12 } }), 'fr'))).toEqual(['save-and-next', 'skip']);
  });

  it('offers submit only on the last step', () => {
    expect(verbs(buildActionReviewCard(makeReviewView({ position: { step: 11, total: 12 } }), 'fr'))).toEqual(['submit', 'back']);
    for (let step = 0; step < 11; step++) expect(verbs(buildActionReviewCard(makeReviewView({ position: { step, total: 12 } }), 'fr'))).not.toContain('submit');
    expect(verbs(buildActionReviewCard(makeReviewView({ position: { step: 0, total: 1 } }), 'fr'))).toEqual(['submit']);
  });

  it('carries campaign, delivery, step and card version in every action, with an Action.Submit fallback', () => {
    const card = buildActionReviewCard(makeReviewView({ position: { step: 5, total: 12 } }), 'en');
    for (const action of executeActions(card)) {
      expect(action.data).toEqual({ campaignId: 'camp-1', deliveryId: 'del-1', step: 5, cardVersion: 4 });
      expect(action.fallback).toEqual({ type: 'Action.Submit', title: action.title, data: { verb: action.verb, ...action.data }, associatedInputs: action.associatedInputs, ...(action.style ? { style: action.style } : {}) });
    }
    expect(executeActions(card).map((a) => [a.verb, a.associatedInputs])).toEqual([
      ['save-and-next', 'auto'],
      ['skip', 'none'],
      ['back', 'none'],
    ]);
  });

  it('refreshes automatically for the recipient only', () => {
    const card = buildActionReviewCard(makeReviewView(), 'fr');
    expect(card.refresh).toEqual({
      action: { type: 'Action.Execute', verb: 'refresh', data: { campaignId: 'camp-1', deliveryId: 'del-1', cardVersion: 4 } },
      userIds: ['8:orgid:00000000-0000-0000-0000-000000000001'],
    });
    expect(buildActionReviewCard(makeReviewView({ ref: makeRef({ recipientUserIds: [] }) }), 'fr').refresh).toBeUndefined();
  });

  it('escapes every text people wrote, so no link or emphasis can be injected', () => {
    const view = makeReviewView({
      action: { ...makeReviewView().action, title: '[click](http://evil)', description: '**bold** - list' },
      commitment: { reference: 'E1', title: '_x_ <at>Maire</at>' },
      lastComment: { text: '[click](http://evil)\n- point', date: '2026-01-01' },
    });
    const texts = shownTexts(buildActionReviewCard(view, 'fr'));
    expect(texts).toContain('\\[click\\]\\(http://evil\\)');
    expect(texts).toContain('\\*\\*bold\\*\\* - list');
    expect(texts).toContain('Engagement E1 — \\_x\\_ \\<at\\>Maire\\</at\\>');
    expect(texts).toContain('\\[click\\]\\(http://evil\\)\n\n\\- point');
    expect(texts.some((t) => /(^|[^\\])\[click\]/.test(t))).toBe(false);
  });

  it('names the inputs so that the parser reads them back (card and parser agree)', () => {
    const view = makeReviewView({ indicators: [{ indicator: makeIndicator({ id: 'ind-a' }) }, { indicator: makeIndicator({ id: 'ind-b' }) }] });
    const card = buildActionReviewCard(view, 'fr');
    expect(inputIds(card)).toEqual(['progress', 'weather', 'trend', 'measure.ind-a', 'measureDate.ind-a', 'measure.ind-b', 'measureDate.ind-b', 'blockers', 'nextSteps', 'needs', 'comment']);
    const sent = Object.fromEntries(inputIds(card).map((id) => [id, inputById(card, id).value === undefined ? '' : String(inputById(card, id).value)]));
    const parsed = parseActionReviewStep(sent, { indicatorIds: ['ind-a', 'ind-b'], today: view.today });
    expect(parsed.ok && parsed.value).toMatchObject({ progress: 40, weather: 'cloudy', trend: 'flat', blockers: 'Marché de travaux infructueux' });
  });

  it('stays under 80 KB with every text at its maximum and ten indicators, on each of 12 steps', () => {
    const indicators = Array.from({ length: 10 }, (_, i) => ({
      indicator: makeIndicator({ id: `ind-${i}`, name: longText(200), unit: longText(30) }),
      last: { value: 123456.789, date: '2025-12-31' },
    }));
    const sizes: number[] = [];
    for (let step = 0; step < 12; step++) {
      const base = makeReviewView();
      const view = makeReviewView({
        ref: makeRef({ campaignTitle: longText(200) }),
        position: { step, total: 12 },
        action: { ...base.action, title: longText(200), description: longText(4000), blockers: longText(2000), nextSteps: longText(2000) },
        commitment: { reference: 'E-12345678', title: longText(200) },
        serviceName: longText(120),
        lastComment: { text: longText(1000), date: '2026-01-01' },
        indicators,
        draft: { progress: 50, blockers: longText(2000), nextSteps: longText(2000), needs: longText(2000), comment: longText(1000), measures: [] },
      });
      const card = buildActionReviewCard(view, 'fr');
      expect(cardProblems(card)).toEqual([]);
      sizes.push(cardSizeBytes(card));
    }
    console.info(`largest review step: ${(Math.max(...sizes) / 1024).toFixed(1)} KB`);
  });
});
