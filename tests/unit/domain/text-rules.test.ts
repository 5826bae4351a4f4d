import { readText } from '../../../src/domain/campaigns/answers/field-parsers.js';
import { campaignSchema } from '../../../src/domain/campaigns/campaign.schema.js';
import { toCampaignFieldIssues } from '../../../src/domain/campaigns/campaign-validate.js';
import { actionSchema } from '../../../src/domain/entities/index.js';
import { lineText, longText } from '../../../src/domain/entities/common.schema.js';
import { toFieldIssues } from '../../../src/domain/validation/validate.js';
import { hasControlCharacter, isInvisible, stripUnwritable } from '../../../src/domain/validation/text-characters.js';

/** Every C0 control character but tab, line feed and carriage return, and the two non-characters. */
const FORBIDDEN = [...Array.from({ length: 0x20 }, (_, i) => i).filter((c) => ![0x09, 0x0a, 0x0d].includes(c)), 0xfffe, 0xffff].map((c) => String.fromCharCode(c));
const INVISIBLE_ONLY = ['\u200B', '\u200C\u200D', '\u2060', '\uFEFF', ' \u200B \u00A0 ', '\u200B\u2060\uFEFF\u200D'];

const codesOf = (schema: { safeParse(input: unknown): { success: boolean; error?: { issues: Parameters<typeof toFieldIssues>[0] } } }, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? [] : toFieldIssues(result.error!.issues).map((i) => [i.path, i.message.fr] as const);
};

describe('the text rules of every record', () => {
  it.each(FORBIDDEN.map((c) => [`U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`, c]))('refuses %s in single-line and multi-line text, with one message', (_code, c) => {
    for (const schema of [lineText(200), longText(2000)]) {
      const issues = codesOf(schema, `Rénover${c}la cour`);
      expect(issues).toHaveLength(1);
      expect(issues[0]![1]).toMatch(/caractère de contrôle invisible/);
    }
  });

  it('allows tab, line feed and CRLF in multi-line text only; a lone carriage return is refused', () => {
    expect(longText(100).safeParse('a\tb\nc\r\nd').success).toBe(true);
    expect(longText(100).safeParse('a\rb').success).toBe(false);
    expect(lineText(100).safeParse('a\tb').success).toBe(false);
    expect(codesOf(lineText(100), 'a\nb')[0]![1]).toMatch(/une ligne/);
  });

  it.each(INVISIBLE_ONLY.map((t) => [JSON.stringify(t), t]))('refuses a title made only of invisible characters (%s), as an empty one', (_label, text) => {
    const issues = codesOf(actionSchema, { id: 'act-1', commitmentId: 'eng-1', title: text, status: 'planned', half: 'first' });
    expect(issues.map(([path]) => path)).toEqual(['title']);
  });

  it('keeps a title that holds a zero-width character among visible ones', () => {
    expect(lineText(100).safeParse('ad\u200Bmin').success).toBe(true);
  });

  it('applies to campaign texts and question labels too, in both languages', () => {
    const campaign = {
      id: 'camp-1', kind: 'custom', title: 'Enquête\u0007', audience: { kind: 'people', personIds: ['p1'] }, openingDate: '2026-12-01', deadline: '2026-12-15',
      questions: [{ id: 'q1', type: 'text', label: { fr: '\u200B' } }],
    };
    const result = campaignSchema.safeParse(campaign);
    expect(result.success).toBe(false);
    const issues = toCampaignFieldIssues(result.error!.issues);
    expect(issues.map((i) => i.path).sort()).toEqual(['questions.0.label.fr', 'title']);
    expect(issues.find((i) => i.path === 'title')!.message.en).toMatch(/control character/);
  });
});

describe('the text answers typed in a card', () => {
  it('refuses control characters, with the records’ message', () => {
    const read = readText('Pas de\u0000blocage', 'blockers', { required: false, maxLength: 100 });
    expect(read).toMatchObject({ ok: false, issue: { path: 'blockers', code: 'control_character' } });
  });

  it('reads zero-width characters alone as a blank answer', () => {
    expect(readText('\u200B\u2060', 'comment', { required: true, maxLength: 100 })).toMatchObject({ ok: false, issue: { code: 'required' } });
    expect(readText('\u200B', 'comment', { required: false, maxLength: 100 })).toEqual({ ok: true, value: '' });
  });
});

describe('the character helpers', () => {
  it('strips what no XML writer can carry and keeps tab, line breaks, emoji and accents', () => {
    expect(stripUnwritable(`a${FORBIDDEN.join('')}b\t\r\n🌳é\uD800`)).toBe('ab\t\r\n🌳é');
  });

  it('tells invisible texts and control characters apart', () => {
    expect(isInvisible(' \u200B ')).toBe(true);
    expect(isInvisible('a')).toBe(false);
    expect(hasControlCharacter('\t', true)).toBe(false);
    expect(hasControlCharacter('\t', false)).toBe(true);
  });
});
