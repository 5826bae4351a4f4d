import { cardProblems } from './support/card-validation.js';

const card = (body: unknown[], extra: Record<string, unknown> = {}) => ({ type: 'AdaptiveCard', version: '1.5', body, ...extra });

// The validator guards every card test: it must itself catch what it is there to catch.
describe('card validation support', () => {
  it('passes a valid card', () => {
    expect(cardProblems(card([{ type: 'TextBlock', text: 'Bonjour', wrap: true }]))).toEqual([]);
  });

  it('catches an unknown element, a bad value, a misspelt property and duplicate ids', () => {
    const problems = cardProblems(
      card([
        { type: 'Foo' },
        { type: 'TextBlock', text: 'x', color: 'red' },
        { type: 'Input.Text', id: 'a' },
        { type: 'Input.Number', id: 'a' },
        { type: 'Input.Date' },
      ]),
    );
    expect(problems.join('\n')).toMatch(/Unknown element type "Foo"/);
    expect(problems.join('\n')).toMatch(/Invalid value "red"/);
    expect(problems.join('\n')).toMatch(/Duplicate Id "a"/);
    expect(problems.join('\n')).toMatch(/Input.Date requires "id"/);
  });

  it('catches a misspelt property, which the library silently drops', () => {
    expect(cardProblems(card([{ type: 'TextBlock', text: 'x', colour: 'attention' }]))).toEqual(['card.body[0].colour: unknown property or invalid value "attention"']);
  });

  it('catches a card over 80 KB counted as UTF-16', () => {
    expect(cardProblems(card([{ type: 'TextBlock', text: 'x'.repeat(41_000), wrap: true }])).join()).toMatch(/size 8\d{4} bytes is over 81920/);
  });

  it('catches another version', () => {
    expect(cardProblems({ type: 'AdaptiveCard', version: '1.2', body: [] })).toContain('version is not 1.5');
  });
});
