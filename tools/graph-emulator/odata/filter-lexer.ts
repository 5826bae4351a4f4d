import { badRequest } from '../http/graph-error.js';

export type Token =
  | { kind: 'punct'; value: '(' | ')' | ',' }
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'datetime'; value: string }
  | { kind: 'word'; value: string };

const DATETIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?/;
const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/;
const WORD = /^[A-Za-z_@][A-Za-z0-9_./@]*/;

/** Splits an OData $filter into tokens; string literals use doubled single quotes ('O''Brien'). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (/\s/.test(ch)) { i++; continue; }
    if (ch === '(' || ch === ')' || ch === ',') { tokens.push({ kind: 'punct', value: ch }); i++; continue; }
    if (ch === "'") {
      let value = '';
      i++;
      for (;;) {
        if (i >= text.length) throw badRequest('Invalid filter clause: unterminated string literal.');
        const c = text.charAt(i);
        if (c === "'") {
          if (text.charAt(i + 1) === "'") { value += "'"; i += 2; continue; }
          i++;
          break;
        }
        value += c;
        i++;
      }
      tokens.push({ kind: 'string', value });
      continue;
    }
    const rest = text.slice(i);
    const datetime = DATETIME.exec(rest);
    if (datetime && datetime[0].length >= 10) { tokens.push({ kind: 'datetime', value: datetime[0] }); i += datetime[0].length; continue; }
    const number = NUMBER.exec(rest);
    if (number) { tokens.push({ kind: 'number', value: Number(number[0]) }); i += number[0].length; continue; }
    const word = WORD.exec(rest);
    if (word) { tokens.push({ kind: 'word', value: word[0] }); i += word[0].length; continue; }
    throw badRequest(`Invalid filter clause: unexpected character '${ch}' at position ${i}.`);
  }
  return tokens;
}
