import { badRequest } from '../http/graph-error.js';
import type { CompareOp, FilterNode, Literal } from './filter-ast.js';
import { tokenize, type Token } from './filter-lexer.js';

const COMPARE_OPS: readonly string[] = ['eq', 'ne', 'lt', 'gt', 'le', 'ge'];
const KEYWORDS: readonly string[] = [...COMPARE_OPS, 'and', 'or', 'not', 'true', 'false', 'null'];

const invalid = (detail: string): Error => badRequest(`Invalid filter clause: ${detail}`);

/** Recursive-descent parser: or > and > comparison / startswith / parentheses. No eval, no regex tricks. */
class FilterParser {
  private position = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): FilterNode {
    const node = this.orExpression();
    const extra = this.peek();
    if (extra) throw invalid(`unexpected '${describe(extra)}'.`);
    return node;
  }

  private peek(): Token | undefined { return this.tokens[this.position]; }
  private next(): Token | undefined { return this.tokens[this.position++]; }
  private isWord(value: string): boolean { const t = this.peek(); return t?.kind === 'word' && t.value.toLowerCase() === value; }
  private isPunct(value: string): boolean { const t = this.peek(); return t?.kind === 'punct' && t.value === value; }
  private expectPunct(value: string): void {
    if (!this.isPunct(value)) throw invalid(`'${value}' expected${this.peek() ? ` before '${describe(this.peek() as Token)}'` : ' at the end'}.`);
    this.position++;
  }

  private orExpression(): FilterNode {
    let left = this.andExpression();
    while (this.isWord('or')) { this.position++; left = { kind: 'or', left, right: this.andExpression() }; }
    return left;
  }

  private andExpression(): FilterNode {
    let left = this.primary();
    while (this.isWord('and')) { this.position++; left = { kind: 'and', left, right: this.primary() }; }
    return left;
  }

  private primary(): FilterNode {
    if (this.isPunct('(')) {
      this.position++;
      const inner = this.orExpression();
      this.expectPunct(')');
      return inner;
    }
    if (this.isWord('not')) throw invalid("the 'not' operator is not supported on list items.");
    if (this.isWord('startswith')) return this.startsWith();
    const path = this.path();
    const op = this.next();
    if (op?.kind !== 'word' || !COMPARE_OPS.includes(op.value.toLowerCase())) throw invalid(`comparison operator expected after '${path}'.`);
    return { kind: 'compare', op: op.value.toLowerCase() as CompareOp, path, value: this.literal() };
  }

  private startsWith(): FilterNode {
    this.position++;
    this.expectPunct('(');
    const path = this.path();
    this.expectPunct(',');
    const value = this.literal();
    if (value.type !== 'string') throw invalid('startswith needs a string literal.');
    this.expectPunct(')');
    if (this.isWord('eq')) {
      this.position++;
      const truth = this.literal();
      if (truth.type !== 'boolean' || !truth.value) throw invalid("only 'startswith(…) eq true' is supported.");
    }
    return { kind: 'startswith', path, value: value.value };
  }

  private path(): string {
    const token = this.next();
    if (token?.kind !== 'word' || KEYWORDS.includes(token.value.toLowerCase())) {
      throw invalid(token ? `property expected, found '${describe(token)}'.` : 'property expected at the end.');
    }
    return token.value;
  }

  private literal(): Literal {
    const token = this.next();
    if (!token) throw invalid('value expected at the end.');
    switch (token.kind) {
      case 'string': return { type: 'string', value: token.value };
      case 'number': return { type: 'number', value: token.value };
      case 'datetime': return { type: 'datetime', value: token.value };
      case 'word': {
        const word = token.value.toLowerCase();
        if (word === 'true' || word === 'false') return { type: 'boolean', value: word === 'true' };
        if (word === 'null') return { type: 'null' };
        throw invalid(`a literal value is expected, found '${token.value}' (only 'property op value' comparisons are supported).`);
      }
      case 'punct': throw invalid(`value expected, found '${token.value}'.`);
    }
  }
}

function describe(token: Token): string {
  return token.kind === 'string' ? `'${token.value}'` : String(token.value);
}

/** Parses an OData $filter expression into a tree. */
export function parseFilter(text: string): FilterNode {
  const tokens = tokenize(text);
  if (tokens.length === 0) throw invalid('the filter is empty.');
  return new FilterParser(tokens).parse();
}
