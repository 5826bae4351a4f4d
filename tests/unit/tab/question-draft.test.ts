import type { Question } from '../../../src/tab/api/campaigns.js';
import {
  newKey,
  newOption,
  newQuestion,
  nextId,
  numberOf,
  questionBody,
  questionDraftOf,
  questionNumberProblems,
} from '../../../src/tab/model/question-draft.js';
import { makeQuestionDraft } from './support/tab-factories.js';

describe('ids of new questions and options', () => {
  it('numbers after the existing ones', () => {
    expect(nextId('q', [])).toBe('q1');
    expect(nextId('q', ['q1', 'q2'])).toBe('q3');
    expect(nextId('o', ['o1', 'o2', 'o3'])).toBe('o4');
  });

  it('never gives an id already taken, even after a deletion left a gap', () => {
    expect(nextId('q', ['q1', 'q3'])).toBe('q4');
    expect(nextId('q', ['q2'])).toBe('q3');
    expect(nextId('q', ['q3', 'q4', 'q2'])).toBe('q5');
  });

  it('counts ids of another shape but does not collide with them', () => {
    expect(nextId('q', ['budget', 'satisfaction'])).toBe('q3');
  });

  it('gives every new row a React key of its own', () => {
    const keys = [newKey(), newKey(), newKey()];
    expect(new Set(keys).size).toBe(3);
    for (const key of keys) expect(key).toMatch(/^k\d+$/);
  });
});

describe('a new question', () => {
  it('starts required, with two options, a 1–5 scale and a 1000-character multiline answer', () => {
    const q = newQuestion('choice', ['q1']);
    expect(q).toEqual({
      key: expect.any(String),
      id: 'q2',
      type: 'choice',
      fr: '',
      en: '',
      helpFr: '',
      helpEn: '',
      required: true,
      multiple: false,
      options: [
        { key: expect.any(String), value: 'o1', fr: '', en: '' },
        { key: expect.any(String), value: 'o2', fr: '', en: '' },
      ],
      scale: '1-5',
      min: '',
      max: '',
      unit: '',
      integer: false,
      maxLength: '1000',
      multiline: true,
    });
    expect(new Set([q.key, q.options[0]!.key, q.options[1]!.key]).size).toBe(3);
  });

  it('adds an option with the next free value', () => {
    const q = newQuestion('choice', []);
    expect(newOption(q.options).value).toBe('o3');
    expect(newOption([]).value).toBe('o1');
    expect(newOption(q.options.slice(1)).value).toBe('o3'); // o1 removed: o2 is still there
    expect(newOption(q.options)).toEqual({ key: expect.any(String), value: 'o3', fr: '', en: '' });
  });
});

describe('numbers typed in an input', () => {
  it('reads nothing typed as no value', () => {
    expect(numberOf('')).toBeUndefined();
    expect(numberOf('   ')).toBeUndefined();
  });

  it('reads the French decimal comma and spaced thousands', () => {
    expect(numberOf('1,5')).toBe(1.5);
    expect(numberOf(' 12 , 5 ')).toBe(12.5);
    expect(numberOf('1 000')).toBe(1000);
    expect(numberOf('1\u202F000,25')).toBe(1000.25); // narrow no-break space, as fr-FR formats numbers
    expect(numberOf('1\u00A0000')).toBe(1000);
    expect(numberOf('-3')).toBe(-3);
    expect(numberOf('0')).toBe(0);
  });

  it('gives NaN for what is not a number', () => {
    expect(numberOf('abc')).toBeNaN();
    expect(numberOf('-')).toBeNaN();
    expect(numberOf('1,5,3')).toBeNaN();
    expect(numberOf('1.000,5')).toBeNaN();
    expect(numberOf('10 €')).toBeNaN();
    // Exponents, hexadecimal and Infinity are not how numbers are typed (1e999 would be sent as null).
    for (const typed of ['1e3', '1e999', 'Infinity', '0x10', '0b11', '.']) expect(numberOf(typed)).toBeNaN();
    expect(numberOf('.5')).toBe(0.5);
    expect(numberOf('+2')).toBe(2);
  });
});

describe('what the API receives for a question', () => {
  it('sends a choice question with its options, English only where written', () => {
    const q = makeQuestionDraft('choice', {
      id: 'q1',
      fr: 'Quel quartier ?',
      en: 'Which district?',
      multiple: true,
      options: [
        { key: 'a', value: 'nord', fr: 'Nord', en: 'North' },
        { key: 'b', value: 'sud', fr: 'Sud', en: '  ' },
      ],
    });
    expect(questionBody(q)).toEqual({
      id: 'q1',
      type: 'choice',
      label: { fr: 'Quel quartier ?', en: 'Which district?' },
      required: true,
      multiple: true,
      options: [
        { value: 'nord', label: { fr: 'Nord', en: 'North' } },
        { value: 'sud', label: { fr: 'Sud' } },
      ],
    });
  });

  it('sends help only when a French help is written', () => {
    const withHelp = questionBody(makeQuestionDraft('date', { id: 'q1', helpFr: 'Au plus tard', helpEn: 'At the latest' }));
    expect(withHelp).toEqual({ id: 'q1', type: 'date', label: { fr: 'Question' }, help: { fr: 'Au plus tard', en: 'At the latest' }, required: true });
    expect(questionBody(makeQuestionDraft('date', { id: 'q1', helpFr: '   ' }))).toEqual({ id: 'q1', type: 'date', label: { fr: 'Question' }, required: true });
  });

  it('sends the scale of a scale question', () => {
    expect(questionBody(makeQuestionDraft('scale', { id: 'q1', scale: '0-10', required: false }))).toEqual({
      id: 'q1',
      type: 'scale',
      label: { fr: 'Question' },
      required: false,
      scale: '0-10',
    });
  });

  it('sends the bounds of a number question as numbers, leaving out those not typed', () => {
    const q = makeQuestionDraft('number', { id: 'q1', min: '0', max: '2,5', unit: 'km', integer: false });
    expect(questionBody(q)).toEqual({ id: 'q1', type: 'number', label: { fr: 'Question' }, required: true, min: 0, max: 2.5, unit: 'km', integer: false });
    const open = makeQuestionDraft('number', { id: 'q1', min: '', max: ' ', unit: '  ', integer: true });
    expect(questionBody(open)).toEqual({ id: 'q1', type: 'number', label: { fr: 'Question' }, required: true, integer: true });
  });

  it('sends a text question’s length, 1000 when the input was emptied', () => {
    expect(questionBody(makeQuestionDraft('text', { id: 'q1', maxLength: '250', multiline: false }))).toEqual({
      id: 'q1',
      type: 'text',
      label: { fr: 'Question' },
      required: true,
      maxLength: 250,
      multiline: false,
    });
    expect(questionBody(makeQuestionDraft('text', { id: 'q1', maxLength: '' }))).toMatchObject({ maxLength: 1000 });
  });

  it('sends only the settings of the question’s type, whatever other types left in the form', () => {
    const switched = makeQuestionDraft('date', { id: 'q1', min: '3', max: 'abc', maxLength: 'x', scale: '0-10', multiple: true, unit: 'h' });
    expect(Object.keys(questionBody(switched)).sort()).toEqual(['id', 'label', 'required', 'type']);
  });

  it('passes hostile labels through untouched (the API and the cards escape them)', () => {
    const script = '<script>alert("xss")</script>';
    expect(questionBody(makeQuestionDraft('date', { id: 'q1', fr: script, en: '[x](javascript:alert(1))' }))).toMatchObject({
      label: { fr: script, en: '[x](javascript:alert(1))' },
    });
  });
});

describe('numbers the form cannot send', () => {
  it('names each bad bound and length by its API path', () => {
    const questions = [
      makeQuestionDraft('number', { min: 'abc', max: '10' }),
      makeQuestionDraft('choice'),
      makeQuestionDraft('text', { maxLength: 'mille' }),
      makeQuestionDraft('number', { min: '1,5', max: '2,5,' }),
    ];
    expect(questionNumberProblems(questions)).toEqual(['questions.0.min', 'questions.2.maxLength', 'questions.3.max']);
  });

  it('finds nothing in empty or well-typed inputs', () => {
    expect(questionNumberProblems([])).toEqual([]);
    expect(questionNumberProblems([makeQuestionDraft('number', { min: '', max: ' 1 000 ' }), makeQuestionDraft('text', { maxLength: '' })])).toEqual([]);
  });

  it('ignores leftovers of another type, which are not sent', () => {
    expect(questionNumberProblems([makeQuestionDraft('scale', { min: 'abc', maxLength: 'x' }), makeQuestionDraft('date', { max: '?' })])).toEqual([]);
  });

  it('leaves a minimum above the maximum to the API (it reports questions.N.max)', () => {
    expect(questionNumberProblems([makeQuestionDraft('number', { min: '10', max: '1' })])).toEqual([]);
  });
});

describe('a stored question in the form', () => {
  const stored: Question[] = [
    {
      id: 'q1',
      type: 'choice',
      label: { fr: 'Quel quartier ?', en: 'Which district?' },
      help: { fr: 'Un seul', en: 'Only one' },
      required: true,
      multiple: false,
      options: [
        { value: 'nord', label: { fr: 'Nord', en: 'North' } },
        { value: 'sud', label: { fr: 'Sud' } },
      ],
    },
    { id: 'q2', type: 'scale', label: { fr: 'Satisfaction' }, required: false, scale: '0-10' },
    { id: 'q3', type: 'number', label: { fr: 'Heures' }, required: true, min: 0, max: 37.5, unit: 'h', integer: false },
    { id: 'q4', type: 'number', label: { fr: 'Écart' }, required: true, min: -5, integer: true },
    { id: 'q5', type: 'text', label: { fr: 'Commentaire' }, help: { fr: 'Libre' }, required: false, maxLength: 4000, multiline: false },
    { id: 'q6', type: 'date', label: { fr: 'Échéance', en: 'Due' }, required: true },
  ];

  it('holds each setting as its input shows it', () => {
    const [choice, scale, hours, gap, text, date] = stored.map(questionDraftOf);
    expect(choice).toMatchObject({ id: 'q1', fr: 'Quel quartier ?', en: 'Which district?', helpFr: 'Un seul', helpEn: 'Only one', multiple: false });
    expect(choice!.options.map(({ value, fr, en }) => ({ value, fr, en }))).toEqual([
      { value: 'nord', fr: 'Nord', en: 'North' },
      { value: 'sud', fr: 'Sud', en: '' },
    ]);
    expect(scale).toMatchObject({ id: 'q2', required: false, scale: '0-10', en: '', helpFr: '', helpEn: '' });
    expect(hours).toMatchObject({ min: '0', max: '37.5', unit: 'h', integer: false });
    expect(gap).toMatchObject({ min: '-5', max: '', unit: '', integer: true });
    expect(text).toMatchObject({ maxLength: '4000', multiline: false, helpFr: 'Libre', helpEn: '' });
    expect(date).toMatchObject({ id: 'q6', type: 'date', fr: 'Échéance', en: 'Due' });
  });

  it('sends back exactly what was stored when nothing is edited', () => {
    for (const q of stored) expect(questionBody(questionDraftOf(q))).toEqual(q);
  });

  it('gives each option a key of its own', () => {
    const keys = questionDraftOf(stored[0]!).options.map((o) => o.key);
    expect(new Set(keys).size).toBe(2);
  });
});
