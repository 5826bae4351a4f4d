import { buildCustomCard, type CustomPageView } from '../../../bot/cards/custom.card.js';
import { cardSizeBytes } from '../../../bot/cards/card-size.js';
import { parseCustomPage } from '../../../src/domain/campaigns/answers/custom.parse.js';
import { paginateQuestions } from '../../../src/domain/campaigns/pagination.js';
import type { Question } from '../../../src/domain/campaigns/question.schema.js';
import { QUESTIONS } from '../domain/campaigns/campaign-factories.js';
import { cardProblems } from './support/card-validation.js';
import { elementAfterInput, inputById, inputIds, readableText, verbs } from './support/card-queries.js';
import { longText, makeRef } from './support/view-factories.js';

const questions: Question[] = Object.values(QUESTIONS);

function makeView(overrides: Partial<CustomPageView> = {}): CustomPageView {
  return { ref: makeRef({ campaignTitle: 'Enquête télétravail' }), position: { step: 0, total: 1 }, questions, firstIndex: 0, today: '2026-03-10', ...overrides };
}

describe('custom questionnaire card', () => {
  it('is valid in both languages', () => {
    expect(cardProblems(buildCustomCard(makeView(), 'fr'))).toEqual([]);
    expect(cardProblems(buildCustomCard(makeView(), 'en'))).toEqual([]);
  });

  it('gives each question type its input', () => {
    const card = buildCustomCard(makeView(), 'fr');
    expect(inputIds(card)).toEqual(['q.canal', 'q.themes', 'q.satisfaction', 'q.nps', 'q.agents', 'q.start', 'q.remarks']);
    expect(inputById(card, 'q.canal')).toMatchObject({ type: 'Input.ChoiceSet', style: 'compact', isRequired: true, label: '1. Canal préféré' });
    expect(inputById(card, 'q.themes')).toMatchObject({ type: 'Input.ChoiceSet', isMultiSelect: true });
    expect(inputById(card, 'q.satisfaction')).toMatchObject({ style: 'expanded' });
    expect(inputById(card, 'q.satisfaction').choices!.map((c: { value: string }) => c.value)).toEqual(['1', '2', '3', '4', '5']);
    expect(inputById(card, 'q.nps')).toMatchObject({ style: 'compact' });
    expect(inputById(card, 'q.nps').choices).toHaveLength(11);
    expect(inputById(card, 'q.agents')).toMatchObject({ type: 'Input.Number', min: 0, max: 500, label: '5. Agents concernés (agents)' });
    expect(inputById(card, 'q.start')).toMatchObject({ type: 'Input.Date' });
    expect(inputById(card, 'q.remarks')).toMatchObject({ type: 'Input.Text', maxLength: 200, isMultiline: true });
  });

  it('uses the English labels when written, French otherwise', () => {
    const card = buildCustomCard(makeView(), 'en');
    expect(inputById(card, 'q.canal').label).toBe('1. Preferred channel');
    expect(inputById(card, 'q.canal').choices!.map((c: { title: string }) => c.title)).toEqual(['E-mail', 'Teams', 'Phone']);
    expect(inputById(card, 'q.themes').label).toBe('2. Thèmes prioritaires');
  });

  it('numbers questions across pages', () => {
    const card = buildCustomCard(makeView({ questions: [QUESTIONS.text], firstIndex: 10, position: { step: 1, total: 2 } }), 'fr');
    expect(inputById(card, 'q.remarks').label).toBe('11. Remarques');
    expect(verbs(card)).toEqual(['submit', 'back']);
  });

  it('prefills saved answers, and shows refused ones with their errors', () => {
    const draft = { canal: { type: 'choice' as const, values: ['teams'] }, themes: { type: 'choice' as const, values: ['schools', 'housing'] }, satisfaction: { type: 'scale' as const, value: 4 } };
    const card = buildCustomCard(makeView({ draft }), 'fr');
    expect(inputById(card, 'q.canal').value).toBe('teams');
    expect(inputById(card, 'q.themes').value).toBe('schools,housing');
    expect(inputById(card, 'q.satisfaction').value).toBe('4');

    const inputs = { 'q.canal': 'mail', 'q.satisfaction': '3', 'q.agents': 'douze' };
    const parsed = parseCustomPage(inputs, questions);
    if (parsed.ok) throw new Error('expected issues');
    const refused = buildCustomCard(makeView({ previous: { inputs, issues: parsed.issues } }), 'fr');
    expect(elementAfterInput(refused, 'q.agents')).toMatchObject({ color: 'attention', text: '⚠ « douze » n’est pas un nombre.' });
    expect(inputById(refused, 'q.canal').value).toBe('mail');
    expect(readableText(refused)).toContain('5. Agents concernés (agents) : « douze » n’est pas un nombre.');
  });

  it('shows the campaign description on the first page only, escaped', () => {
    expect(readableText(buildCustomCard(makeView({ description: 'Merci de **répondre**' }), 'fr'))).toContain('Merci de **répondre**');
    expect(readableText(buildCustomCard(makeView({ description: 'Merci', position: { step: 1, total: 2 } }), 'fr'))).not.toContain('Merci');
  });

  it('splits 50 long questions into pages that are each valid and under 80 KB', () => {
    const label = (n: number) => ({ fr: longText(n), en: longText(n) });
    const fifty: Question[] = Array.from({ length: 50 }, (_, i): Question => {
      const base = { id: `q${i}`, label: label(300), help: label(500), required: i % 2 === 0 };
      if (i % 5 === 0) return { ...base, type: 'choice', multiple: i % 10 === 0, options: Array.from({ length: 20 }, (_, o) => ({ value: `o${o}`, label: label(120) })) };
      if (i % 5 === 1) return { ...base, type: 'scale', scale: '0-10' };
      if (i % 5 === 2) return { ...base, type: 'number', min: 0, max: 1e6, unit: longText(30), integer: false };
      if (i % 5 === 3) return { ...base, type: 'date' };
      return { ...base, type: 'text', maxLength: 4000, multiline: true };
    });
    const pages = paginateQuestions(fifty);
    let firstIndex = 0;
    const sizes = pages.map((page, step) => {
      const draft = Object.fromEntries(page.filter((q) => q.type === 'text').map((q) => [q.id, { type: 'text' as const, value: longText(4000) }]));
      const card = buildCustomCard(makeView({ questions: page, firstIndex, position: { step, total: pages.length }, description: longText(2000), draft }), 'en');
      firstIndex += page.length;
      expect(cardProblems(card)).toEqual([]);
      return cardSizeBytes(card);
    });
    expect(pages.flat()).toHaveLength(50);
    console.info(`50 questions on ${pages.length} pages, largest ${(Math.max(...sizes) / 1024).toFixed(1)} KB`);
  });
});
