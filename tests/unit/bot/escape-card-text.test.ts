import { escapeCardText, truncateText } from '../../../bot/cards/escape-card-text.js';

describe('escapeCardText', () => {
  it('neutralises a markdown link', () => {
    expect(escapeCardText('[click](http://evil)')).toBe('\\[click\\]\\(http://evil\\)');
  });

  it('neutralises bold and italics', () => {
    expect(escapeCardText('**bold**')).toBe('\\*\\*bold\\*\\*');
    expect(escapeCardText('_italic_ et *aussi*')).toBe('\\_italic\\_ et \\*aussi\\*');
  });

  it('neutralises images, code, headings, HTML and mentions', () => {
    expect(escapeCardText('![x](http://evil/img.png)')).toBe('!\\[x\\]\\(http://evil/img.png\\)');
    expect(escapeCardText('`code`')).toBe('\\`code\\`');
    expect(escapeCardText('# Titre')).toBe('\\# Titre');
    expect(escapeCardText('<at>Maire</at>')).toBe('\\<at\\>Maire\\</at\\>');
  });

  it('neutralises list markers at the start of a line only', () => {
    expect(escapeCardText('- item')).toBe('\\- item');
    expect(escapeCardText('+ item')).toBe('\\+ item');
    expect(escapeCardText('1. premier')).toBe('1\\. premier');
    expect(escapeCardText('2026. Une année')).toBe('2026\\. Une année');
    expect(escapeCardText('Jean-Moulin - 12.5 %')).toBe('Jean-Moulin - 12.5 %');
  });

  it('escapes a backslash so that it cannot undo our escapes', () => {
    expect(escapeCardText('a\\[b]')).toBe('a\\\\\\[b\\]');
  });

  it('keeps line breaks as paragraphs and escapes each line', () => {
    expect(escapeCardText('Ligne 1\r\n- point\n\n\n3. fin')).toBe('Ligne 1\n\n\\- point\n\n3\\. fin');
  });

  it('leaves ordinary French text as it is', () => {
    const text = 'L’école « Jules-Ferry » : 12,5 % d’avancement, météo ☀️ !';
    expect(escapeCardText(text)).toBe(text);
  });
});

describe('truncateText', () => {
  it('cuts at the limit with an ellipsis, counting emoji as one character', () => {
    expect(truncateText('abcdef', 4)).toBe('abc…');
    expect(truncateText('abc', 4)).toBe('abc');
    expect(truncateText('👍👍👍👍👍', 3)).toBe('👍👍…');
  });
});
