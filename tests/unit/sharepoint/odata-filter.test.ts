import { and, compare, eq, filterParam, literal, oneOf, or, startsWith } from '../../../src/adapters/sharepoint/graph/odata-filter.js';

describe('OData filters on list item fields', () => {
  it('quotes strings and doubles single quotes', () => {
    expect(literal("l'école")).toBe("'l''école'");
    expect(eq('CapId', "act-1' or 1 eq 1")).toBe("fields/CapId eq 'act-1'' or 1 eq 1'");
  });

  it('writes numbers bare and refuses non-finite ones', () => {
    expect(compare('Progress', 'ge', 50)).toBe('fields/Progress ge 50');
    expect(() => literal(Number.NaN)).toThrow(/finite/);
  });

  it('refuses column names that are not plain identifiers', () => {
    expect(() => eq('Cap Id', 'x')).toThrow(/column name/);
    expect(() => eq("x') or (1", 'x')).toThrow(/column name/);
  });

  it('combines with and/or, parenthesising or-groups inside and', () => {
    const filter = and(eq('EntityType', 'action'), oneOf('Status', ['Bloquée', 'Prévue']));
    expect(filter).toBe("fields/EntityType eq 'action' and (fields/Status eq 'Bloquée' or fields/Status eq 'Prévue')");
    expect(or(eq('A', 'x'))).toBe("fields/A eq 'x'");
    expect(() => or()).toThrow();
    expect(startsWith('Title', "O'")).toBe("startswith(fields/Title, 'O''')");
  });

  it('percent-encodes the whole filter so that &, #, + and spaces survive the query string', () => {
    const param = filterParam(eq('Title', 'a&b #1 + c'));
    expect(param.startsWith('$filter=')).toBe(true);
    expect(param).not.toMatch(/[ &#+]/);
    expect(decodeURIComponent(param.slice('$filter='.length))).toBe("fields/Title eq 'a&b #1 + c'");
  });
});
