import { readChoice, readChoices, readDate, readNumber, readText } from '../../../../src/domain/campaigns/answers/field-parsers.js';

const progress = (raw: string | undefined) => readNumber(raw, 'progress', { required: true, integer: true, min: 0, max: 100 });
const issueOf = <T>(read: { ok: true; value: T | undefined } | { ok: false; issue: { code: string; message: { fr: string; en: string } } }) => {
  if (read.ok) throw new Error(`expected an issue, read ${JSON.stringify(read.value)}`);
  return read.issue;
};

describe('readNumber', () => {
  it.each([
    [' 40 ', 40],
    ['0', 0],
    ['100', 100],
    ['+7', 7],
  ])('reads %p as %p', (raw, value) => {
    expect(progress(raw)).toEqual({ ok: true, value });
  });

  it('says "abc" is not a number, quoting it, in both languages', () => {
    const issue = issueOf(progress('abc'));
    expect(issue.code).toBe('not_a_number');
    expect(issue.message.fr).toBe('« abc » n’est pas un nombre.');
    expect(issue.message.en).toBe('“abc” is not a number.');
  });

  it.each(['12abc', '1e3', '0x10', 'NaN', 'Infinity', '--1', '1.2.3'])('refuses %p as not a number', (raw) => {
    expect(issueOf(progress(raw)).code).toBe('not_a_number');
  });

  it('says 140 is outside 0–100', () => {
    const issue = issueOf(progress('140'));
    expect(issue.code).toBe('too_big');
    expect(issue.message.fr).toBe('Saisissez un nombre entre 0 et 100 (140 est en dehors).');
    expect(issue.message.en).toBe('Enter a number between 0 and 100 (140 is outside).');
  });

  it('says -1 is outside 0–100', () => {
    expect(issueOf(progress('-1'))).toMatchObject({ code: 'too_small', message: { en: 'Enter a number between 0 and 100 (-1 is outside).' } });
  });

  it('asks for a whole number when given 12.5 or 12,5', () => {
    const issue = issueOf(progress('12.5'));
    expect(issue.code).toBe('not_an_integer');
    expect(issue.message.fr).toContain('nombre entier');
    expect(issue.message.fr).toContain('« 12.5 »');
    expect(issueOf(progress('12,5')).code).toBe('not_an_integer');
  });

  it('reports a missing or blank required answer', () => {
    expect(issueOf(progress(undefined))).toMatchObject({ code: 'required', message: { fr: 'Cette réponse est obligatoire.' } });
    expect(issueOf(progress('   ')).code).toBe('required');
  });

  it('leaves an optional blank number unanswered', () => {
    expect(readNumber('', 'x', { required: false })).toEqual({ ok: true, value: undefined });
  });

  it('reads French decimals and thousands separators', () => {
    expect(readNumber('12,5', 'x', { required: true })).toEqual({ ok: true, value: 12.5 });
    expect(readNumber('1 500', 'x', { required: true })).toEqual({ ok: true, value: 1500 });
    expect(readNumber('1\u202f500,25', 'x', { required: true })).toEqual({ ok: true, value: 1500.25 });
  });

  it('formats bounds the French way in French', () => {
    expect(issueOf(readNumber('2000000', 'x', { required: true, min: 0, max: 1_000_000 })).message.fr).toBe(
      'Saisissez un nombre entre 0 et 1\u202f000\u202f000 (2\u202f000\u202f000 est en dehors).',
    );
  });

  it('checks one-sided bounds', () => {
    expect(issueOf(readNumber('-3', 'x', { required: true, min: 0 })).message.en).toBe('Enter a number greater than or equal to 0 (-3 is too small).');
    expect(issueOf(readNumber('11', 'x', { required: true, max: 10 })).message.en).toBe('Enter a number less than or equal to 10 (11 is too big).');
  });

  it('shortens a pasted page when quoting it back', () => {
    expect(issueOf(progress('x'.repeat(500))).message.fr.length).toBeLessThan(80);
  });
});

describe('readText', () => {
  it('trims and normalises line ends', () => {
    expect(readText('  a\r\nb  ', 'c', { required: false, maxLength: 10 })).toEqual({ ok: true, value: 'a\nb' });
  });

  it('tells a cleared text (present, blank) from a missing one', () => {
    expect(readText('  ', 'c', { required: false, maxLength: 10 })).toEqual({ ok: true, value: '' });
    expect(readText(undefined, 'c', { required: false, maxLength: 10 })).toEqual({ ok: true, value: undefined });
  });

  it('says how long the text is and what the limit is', () => {
    expect(issueOf(readText('x'.repeat(2001), 'blockers', { required: false, maxLength: 2000 })).message.fr).toBe(
      'Ce texte fait 2\u202f001 caractères ; la limite est de 2\u202f000.',
    );
  });

  it('counts an emoji as one character', () => {
    expect(readText('👍'.repeat(5), 'c', { required: false, maxLength: 5 }).ok).toBe(true);
  });

  it('refuses a blank required text', () => {
    expect(issueOf(readText(' ', 'c', { required: true, maxLength: 5 })).code).toBe('required');
  });
});

describe('readChoice and readChoices', () => {
  it('reads an allowed value and refuses another', () => {
    expect(readChoice('sunny', 'w', ['sunny', 'stormy'], { required: false })).toEqual({ ok: true, value: 'sunny' });
    expect(issueOf(readChoice('rainy', 'w', ['sunny'], { required: false })).message.fr).toBe('« rainy » ne fait pas partie des choix proposés.');
  });

  it('splits a multi-select on commas, ignoring repeats and blanks', () => {
    expect(readChoices('a,b,,a', 'q', ['a', 'b', 'c'], { required: true })).toEqual({ ok: true, value: ['a', 'b'] });
    expect(issueOf(readChoices('a,z', 'q', ['a'], { required: true })).code).toBe('invalid_choice');
    expect(issueOf(readChoices(' , ', 'q', ['a'], { required: true })).code).toBe('required');
  });
});

describe('readDate', () => {
  it('reads ISO dates and refuses impossible or other formats', () => {
    expect(readDate('2026-02-28', 'd', { required: true })).toEqual({ ok: true, value: '2026-02-28' });
    expect(issueOf(readDate('2026-02-30', 'd', { required: true })).code).toBe('invalid_date');
    expect(issueOf(readDate('28/02/2026', 'd', { required: true })).message.en).toBe('“28/02/2026” is not a valid date (expected: YYYY-MM-DD).');
  });
});
