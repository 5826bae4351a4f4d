/**
 * A reader for the YAML subset the Agents Toolkit project files use: block mappings, block sequences (including
 * `- key: value` items), plain and quoted scalars, comments. Anything else (tabs, flow collections, anchors,
 * multi-line scalars, bad indentation, duplicate keys) is refused with the line number, so a typo cannot pass.
 */
export type YamlValue = string | YamlValue[] | { [key: string]: YamlValue };

export class YamlError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
  }
}

interface Line {
  no: number;
  indent: number;
  text: string;
}

function stripComment(raw: string): string {
  let quote: string | undefined;
  for (let i = 0; i < raw.length; i += 1) {
    const c = raw[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(raw[i - 1] ?? ''))) return raw.slice(0, i);
  }
  return raw;
}

function lex(text: string): Line[] {
  const lines: Line[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const content = stripComment(raw).replace(/\s+$/, '');
    if (content.trim() === '') return;
    const indent = /^ */.exec(content)?.[0].length ?? 0;
    if (content[indent] === '\t') throw new YamlError(index + 1, 'tab in indentation');
    lines.push({ no: index + 1, indent, text: content.slice(indent) });
  });
  return lines;
}

function scalar(text: string, no: number): string {
  const t = text.trim();
  if (/^"(?:[^"\\]|\\.)*"$/.test(t)) return t.slice(1, -1).replace(/\\(["\\/nt])/g, (_, c: string) => ({ n: '\n', t: '\t' })[c] ?? c);
  if (/^'(?:[^']|'')*'$/.test(t)) return t.slice(1, -1).replace(/''/g, "'");
  if (/^["']/.test(t)) throw new YamlError(no, `unterminated quoted string ${t}`);
  if (/^[[{&*!|>%@`]/.test(t)) throw new YamlError(no, `unsupported YAML construct ${JSON.stringify(t)}`);
  return t;
}

const KEY = /^((?:"[^"]*"|'[^']*'|[^\s#'"\-?:][^:]*?)):(?:\s+(.*))?$/;

class Reader {
  private i = 0;
  constructor(private readonly lines: Line[]) {}

  document(): YamlValue {
    const first = this.lines[0];
    if (!first) return {};
    if (first.indent !== 0) throw new YamlError(first.no, 'document must start at column 1');
    const value = this.node(0);
    const rest = this.lines[this.i];
    if (rest) throw new YamlError(rest.no, 'bad indentation');
    return value;
  }

  private isItem(line: Line): boolean {
    return line.text === '-' || line.text.startsWith('- ');
  }

  private node(indent: number): YamlValue {
    const line = this.lines[this.i];
    if (!line) return '';
    return this.isItem(line) ? this.sequence(indent) : this.mapping(indent);
  }

  private nested(parentIndent: number, allowSameIndentSequence: boolean): YamlValue {
    const next = this.lines[this.i];
    if (next && next.indent > parentIndent) return this.node(next.indent);
    if (next && allowSameIndentSequence && next.indent === parentIndent && this.isItem(next)) return this.sequence(parentIndent);
    return '';
  }

  private mapping(indent: number): { [key: string]: YamlValue } {
    const result: { [key: string]: YamlValue } = {};
    for (let line = this.lines[this.i]; line && line.indent === indent && !this.isItem(line); line = this.lines[this.i]) {
      const match = KEY.exec(line.text);
      if (!match?.[1]) throw new YamlError(line.no, `expected "key: value", found ${JSON.stringify(line.text)}`);
      const key = scalar(match[1], line.no);
      if (Object.prototype.hasOwnProperty.call(result, key)) throw new YamlError(line.no, `duplicate key ${key}`);
      this.i += 1;
      result[key] = match[2] !== undefined && match[2] !== '' ? scalar(match[2], line.no) : this.nested(indent, true);
    }
    const stray = this.lines[this.i];
    if (stray && stray.indent > indent) throw new YamlError(stray.no, 'bad indentation');
    return result;
  }

  private sequence(indent: number): YamlValue[] {
    const items: YamlValue[] = [];
    for (let line = this.lines[this.i]; line && line.indent === indent && this.isItem(line); line = this.lines[this.i]) {
      const rest = line.text.slice(1).trimStart();
      if (rest === '') {
        this.i += 1;
        items.push(this.nested(indent, false));
      } else if (KEY.test(rest)) {
        // `- key: value`: the item is a mapping whose first line starts where `key` starts.
        const inner = indent + (line.text.length - rest.length);
        this.lines[this.i] = { no: line.no, indent: inner, text: rest };
        items.push(this.mapping(inner));
      } else {
        this.i += 1;
        items.push(scalar(rest, line.no));
      }
    }
    return items;
  }
}

/** Parses the subset described above; throws YamlError with a line number on anything else. */
export function parseYamlSubset(text: string): YamlValue {
  return new Reader(lex(text)).document();
}
