import { parseNumber } from '../../../src/app/import/cells/parse-number.js';

const value = (cell: Parameters<typeof parseNumber>[0]) => {
  const parsed = parseNumber(cell);
  return parsed.ok ? parsed.value : `error:${parsed.code}`;
};

describe('reading a number cell', () => {
  it('takes number cells as they are', () => {
    expect(value(68000.5)).toBe(68000.5);
    expect(value(0)).toBe(0);
  });

  it('takes French notation: decimal comma, spaces (also non-breaking) between thousands, € or %', () => {
    expect(value('0,5')).toBe(0.5);
    expect(value('12 500,50')).toBe(12500.5);
    expect(value('12\u00a0500')).toBe(12500);
    expect(value('12\u202f500 €')).toBe(12500);
    expect(value('85 %')).toBe(85);
    expect(value('-3,25')).toBe(-3.25);
    expect(value(',5')).toBe(0.5);
  });

  it('takes a decimal point too', () => {
    expect(value('1234.5')).toBe(1234.5);
  });

  it('refuses what it would have to guess: two separators, words, dates', () => {
    expect(value('1.234,5')).toBe('error:invalid_number');
    expect(value('1,234,5')).toBe('error:invalid_number');
    expect(value('cent')).toBe('error:invalid_number');
    expect(value(new Date('2027-01-01'))).toBe('error:invalid_number');
    expect(value(true)).toBe('error:invalid_number');
  });

  it('reads an empty cell as no number', () => {
    expect(value(undefined)).toBeUndefined();
  });
});
