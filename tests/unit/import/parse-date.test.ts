import { parseDate } from '../../../src/app/import/cells/parse-date.js';

const value = (cell: Parameters<typeof parseDate>[0]) => {
  const parsed = parseDate(cell);
  return parsed.ok ? parsed.value : `error:${parsed.code}`;
};

describe('reading a date cell', () => {
  it('takes Excel date cells by their calendar day (exceljs gives midnight UTC)', () => {
    expect(value(new Date('2027-03-15T00:00:00.000Z'))).toBe('2027-03-15');
    expect(value(new Date('2027-03-15T23:30:00.000Z'))).toBe('2027-03-15');
  });

  it('takes Excel serial numbers (a date cell formatted as a number)', () => {
    expect(value(46461)).toBe('2027-03-15');
    expect(value(1)).toBe('1899-12-31');
  });

  it('takes ISO and French text, with any day-first separator', () => {
    expect(value('2027-03-15')).toBe('2027-03-15');
    expect(value('2027-03-15T00:00:00Z')).toBe('2027-03-15');
    expect(value('15/03/2027')).toBe('2027-03-15');
    expect(value('5/3/2027')).toBe('2027-03-05');
    expect(value(' 15.03.2027 ')).toBe('2027-03-15');
    expect(value('15-03-2027')).toBe('2027-03-15');
  });

  it('refuses dates that do not exist and text that is not a date, quoting what it read', () => {
    expect(value('31/02/2027')).toBe('error:invalid_date');
    expect(value('2027-13-01')).toBe('error:invalid_date');
    expect(value('03/15/2027')).toBe('error:invalid_date');
    expect(value('mars 2027')).toBe('error:invalid_date');
    expect(value(1.5)).toBe('error:invalid_date');
    const parsed = parseDate('bientôt');
    expect(parsed.ok ? undefined : parsed.message).toEqual({
      fr: 'Date attendue (jj/mm/aaaa ou aaaa-mm-jj), lu « bientôt ».',
      en: 'A date is expected (dd/mm/yyyy or yyyy-mm-dd), read "bientôt".',
    });
  });

  it('reads an empty cell as no date', () => {
    expect(value(undefined)).toBeUndefined();
  });
});
