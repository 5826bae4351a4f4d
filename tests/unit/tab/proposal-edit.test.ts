import { editsOf, notNumbers, proposedFieldKind, textOfValue, valueOfText } from '../../../src/tab/model/proposal-edit.js';

describe('the input a proposed field needs', () => {
  it('knows the fields campaigns propose', () => {
    expect(['progress', 'weather', 'trend', 'blockers', 'nextSteps', 'value', 'date'].map(proposedFieldKind)).toEqual([
      'progress',
      'weather',
      'trend',
      'longText',
      'longText',
      'number',
      'date',
    ]);
  });

  it('offers free text for a field it does not know', () => {
    expect(proposedFieldKind('comment')).toBe('longText');
    expect(proposedFieldKind('')).toBe('longText');
    expect(proposedFieldKind('Progress')).toBe('longText');
    // Names of built-in object properties are fields like any other.
    expect(['toString', '__proto__', 'constructor', 'hasOwnProperty'].map(proposedFieldKind)).toEqual(['longText', 'longText', 'longText', 'longText']);
  });
});

describe('a proposed value in an input', () => {
  it('shows every scalar as text, nothing for null', () => {
    expect(textOfValue(null)).toBe('');
    expect(textOfValue(0)).toBe('0');
    expect(textOfValue(12.5)).toBe('12.5');
    expect(textOfValue(false)).toBe('false');
    expect(textOfValue('sunny')).toBe('sunny');
  });
});

describe('what a typed value means for the API', () => {
  it('reads progress and values as numbers, with a decimal comma and spaced thousands', () => {
    expect(valueOfText('progress', '75')).toBe(75);
    expect(valueOfText('progress', ' 12,5 ')).toBe(12.5);
    expect(valueOfText('value', '1 250,75')).toBe(1250.75);
    expect(valueOfText('value', '1\u202F000')).toBe(1000);
    expect(valueOfText('value', '-4')).toBe(-4);
    expect(valueOfText('value', '0')).toBe(0);
  });

  it('gives NaN for a number field holding something else', () => {
    expect(valueOfText('progress', '75 %')).toBeNaN();
    expect(valueOfText('value', 'beaucoup')).toBeNaN();
  });

  it('gives NaN, to be reported, for what JavaScript would read as a number but nobody types as one', () => {
    // 1e999 would be Infinity, which JSON sends as null: the acceptance would clear the field instead of refusing.
    for (const typed of ['1e999', 'Infinity', '-Infinity', '1e3', '0x10', '0b11']) expect(valueOfText('value', typed)).toBeNaN();
    expect(notNumbers(editsOf([{ field: 'progress', new: 40 }], { progress: '1e999' }))).toEqual(['progress']);
  });

  it('trims the short fields and keeps long text exactly as typed', () => {
    expect(valueOfText('weather', ' sunny ')).toBe('sunny');
    expect(valueOfText('trend', 'up\n')).toBe('up');
    expect(valueOfText('date', ' 2025-06-30 ')).toBe('2025-06-30');
    expect(valueOfText('blockers', '  Attente du marché\n- devis  ')).toBe('  Attente du marché\n- devis  ');
    expect(valueOfText('nextSteps', '<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
  });

  it('clears a field emptied or left blank', () => {
    for (const field of ['progress', 'value', 'weather', 'trend', 'date', 'blockers', 'nextSteps', 'other']) {
      expect(valueOfText(field, '')).toBeNull();
      expect(valueOfText(field, ' \n\t ')).toBeNull();
    }
  });
});

describe('the edits sent with an acceptance', () => {
  const changes = [
    { field: 'progress', new: 40 },
    { field: 'weather', new: 'cloudy' },
    { field: 'blockers', new: null },
  ];

  it('sends nothing when the proposed values were left as they are', () => {
    expect(editsOf(changes, {})).toEqual([]);
    expect(editsOf(changes, { progress: '40', weather: 'cloudy', blockers: '' })).toEqual([]);
  });

  it('sends only the fields whose value was changed, typed for the API', () => {
    expect(editsOf(changes, { progress: '45', weather: 'cloudy', blockers: 'Plus de budget' })).toEqual([
      { field: 'progress', new: 45 },
      { field: 'blockers', new: 'Plus de budget' },
    ]);
  });

  it('sends null for a proposed value the reviewer erased', () => {
    expect(editsOf(changes, { weather: '' })).toEqual([{ field: 'weather', new: null }]);
  });

  it('ignores typed fields the proposal does not change', () => {
    expect(editsOf(changes, { title: 'Nouveau titre', progress: '40' })).toEqual([]);
  });

  it('keeps a value that is not a number as NaN, to be reported', () => {
    const edits = editsOf(changes, { progress: 'quarante' });
    expect(edits).toHaveLength(1);
    expect(edits[0]!.field).toBe('progress');
    expect(edits[0]!.new).toBeNaN();
  });
});

describe('fields that must be numbers', () => {
  it('lists the edits whose number could not be read', () => {
    expect(
      notNumbers([
        { field: 'progress', new: Number.NaN },
        { field: 'value', new: 3 },
        { field: 'blockers', new: 'NaN' },
        { field: 'date', new: null },
        { field: 'value', new: Number.NaN },
      ]),
    ).toEqual(['progress', 'value']);
  });

  it('finds nothing among no edits', () => {
    expect(notNumbers([])).toEqual([]);
  });
});
