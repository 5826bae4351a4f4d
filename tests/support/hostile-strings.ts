/** Inputs that try to break out of their field: markup, OData, markdown, spreadsheet formulas, bidi tricks, size, broken UTF-16. */
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
};

/** Whether a text holds half of a UTF-16 surrogate pair (no store can keep it verbatim). */
export const malformed = (text: string): boolean => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
