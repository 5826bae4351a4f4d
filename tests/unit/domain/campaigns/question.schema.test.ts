import { checkCampaignRecord } from '../../../../src/domain/campaigns/campaign-validate.js';
import { pickLabel } from '../../../../src/domain/campaigns/localized-label.schema.js';
import { questionSchema, scaleBounds } from '../../../../src/domain/campaigns/question.schema.js';
import { QUESTIONS } from './campaign-factories.js';

const check = (input: unknown) => checkCampaignRecord(questionSchema, input);
const pathsOf = (input: unknown) => {
  const c = check(input);
  return c.ok ? [] : c.issues.map((i) => i.path);
};

describe('question schema', () => {
  it.each(Object.entries(QUESTIONS))('accepts the %s question', (_, question) => {
    expect(check(question).ok).toBe(true);
  });

  it('defaults: required, single choice, integer off, text of 1000 multiline', () => {
    const choice = check({ id: 'q', type: 'choice', label: { fr: 'Q' }, options: QUESTIONS.choice.options });
    expect(choice.ok && choice.value).toMatchObject({ required: true, multiple: false });
    const textQuestion = check({ id: 'q', type: 'text', label: { fr: 'Q' } });
    expect(textQuestion.ok && textQuestion.value).toMatchObject({ maxLength: 1000, multiline: true });
  });

  it('needs a French label; English is optional', () => {
    expect(pathsOf({ ...QUESTIONS.date, label: { en: 'Start' } })).toEqual(['label.fr']);
    expect(pathsOf({ ...QUESTIONS.date, label: { fr: ' ', en: 'Start' } })).toEqual(['label.fr']);
  });

  it('refuses a choice question with fewer than two options or a repeated value', () => {
    expect(pathsOf({ ...QUESTIONS.choice, options: [QUESTIONS.choice.options[0]] })).toEqual(['options']);
    const repeated = [...QUESTIONS.choice.options, { value: 'mail', label: { fr: 'Encore' } }];
    const c = check({ ...QUESTIONS.choice, options: repeated });
    expect(!c.ok && c.issues.map((i) => [i.path, i.message.en])).toEqual([['options.3.value', 'Two options cannot have the same value.']]);
  });

  it('refuses option values that could not travel through a multi-select (commas)', () => {
    expect(pathsOf({ ...QUESTIONS.choice, options: [{ value: 'a,b', label: { fr: 'A' } }, { value: 'c', label: { fr: 'C' } }] })).toEqual(['options.0.value']);
  });

  it('only knows the 1–5 and 0–10 scales', () => {
    expect(pathsOf({ ...QUESTIONS.scale, scale: '1-10' })).toEqual(['scale']);
    expect(scaleBounds('1-5')).toEqual({ min: 1, max: 5 });
    expect(scaleBounds('0-10')).toEqual({ min: 0, max: 10 });
  });

  it('refuses a number question whose minimum is above its maximum', () => {
    const c = check({ ...QUESTIONS.number, min: 10, max: 5 });
    expect(!c.ok && c.issues.map((i) => [i.path, i.message.fr])).toEqual([['max', 'Le minimum doit être inférieur ou égal au maximum.']]);
  });

  it('bounds the text length a question may allow', () => {
    expect(pathsOf({ ...QUESTIONS.text, maxLength: 4001 })).toEqual(['maxLength']);
    expect(pathsOf({ ...QUESTIONS.text, maxLength: 0 })).toEqual(['maxLength']);
  });

  it('refuses an unknown type', () => {
    expect(pathsOf({ ...QUESTIONS.date, type: 'file' })).toEqual(['type']);
  });

  it('picks the English label when written, French otherwise', () => {
    expect(pickLabel({ fr: 'Courriel', en: 'E-mail' }, 'en')).toBe('E-mail');
    expect(pickLabel({ fr: 'Teams' }, 'en')).toBe('Teams');
    expect(pickLabel({ fr: 'Courriel', en: 'E-mail' }, 'fr')).toBe('Courriel');
  });
});
