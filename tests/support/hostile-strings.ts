/** Inputs that try to break out of their field: markup, OData, markdown, spreadsheet formulas, bidi tricks, size, broken UTF-16, control characters. */
export const HOSTILE: Record<string, string> = {
  script: '<script>alert("xss")</script>',
  imgOnError: '<img src=x onerror=alert(1)>',
  odata: "' or 1 eq 1 or fields/Title ne '",
  odataQuotes: "O''Brien' and startswith(fields/CapId,'",
  markdownLink: '[cliquez ici](https://evil.example/phish)',
  markdownEmphasis: '**urgent** _vraiment_ # titre',
  formulaEquals: '=HYPERLINK("https://evil.example","Rapport")',
  formulaPlus: "+cmd|' /C calc'!A0",
  formulaMinus: '-2+3+cmd|x',
  formulaAt: '@SUM(1+1)*cmd|x',
  rtlOverride: 'facture\u202Efdp.exe',
  zeroWidth: 'ad\u200Bmi\uFEFFn',
  sqlish: "'); DROP TABLE actions; --",
  emoji: 'Végétalisation 🌳🌍 — « cour oasis »',
  longText: 'é'.repeat(10_000),
  loneSurrogate: 'texte \uD800 cassé',
  // Characters XML 1.0 cannot hold: one of them in a stored title used to make bilan.docx and data.xlsx unreadable.
  nul: 'titre\u0000nul',
  bellEscape: 'alerte\u0007\u001B[31mrouge',
  verticalTabFormFeed: 'saut\u000Bde\u000Cpage',
  unitSeparator: 'champ\u001Fsuivant',
  nonCharacters: 'fin\uFFFE\uFFFF',
  formulaAfterControl: '\u0001=HYPERLINK("https://evil.example")',
  // Allowed where multi-line text is, refused on one line.
  tab: 'colonne\tsuivante',
  crlf: 'ligne 1\r\nligne 2',
  loneCarriageReturn: 'ligne\rancienne',
  invisibleOnly: '\u200B\u200C\u200D\u2060\uFEFF',
  // DEL is no XML problem: kept verbatim everywhere.
  deleteChar: 'effacer\u007F',
};

/** Whether a text holds half of a UTF-16 surrogate pair (no store can keep it verbatim). */
export const malformed = (text: string): boolean => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

// Written apart from the schemas' own rules (src/domain/validation/text-characters.ts), so that a change there shows.
// eslint-disable-next-line no-control-regex -- the control characters are the point
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Whether the text holds a character no Word or Excel file can carry (XML 1.0's forbidden ones, U+FFFE, U+FFFF). */
export const unwritable = (text: string): boolean => XML_FORBIDDEN.test(text);

/**
 * Whether a text field refuses the text whatever its length: half a character or a control character anywhere; a tab,
 * a line break or nothing visible on one line; a carriage return outside a CRLF in multi-line text.
 */
export function refusedText(text: string, multiline: boolean): boolean {
  if (malformed(text) || unwritable(text)) return true;
  if (multiline) return /\r(?!\n)/.test(text);
  return /[\t\r\n\u2028\u2029]/.test(text) || text.replace(/[\s\u200B-\u200D\u2060\uFEFF]/g, '') === '';
}
