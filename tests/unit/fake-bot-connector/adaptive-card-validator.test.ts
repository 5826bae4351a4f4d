import { adaptiveCardProblems } from '../../../tools/fake-bot-connector/cards/adaptive-card-validator.js';
import { utf16Bytes } from '../../../tools/fake-bot-connector/connector/message-size.js';

const card = (body: unknown[], extra: Record<string, unknown> = {}) => ({ type: 'AdaptiveCard', version: '1.5', body, ...extra });
const problemsOf = (value: unknown): string => adaptiveCardProblems(value).join('\n');

// The one validator of the fake Bot Connector (and of the card unit tests): each kind of defect the Adaptive Card
// 1.5 schema refuses must come out, including those the adaptivecards parser lets through silently.
describe('Adaptive Card 1.5 validation', () => {
  it('passes a valid card with Teams’ extension, a refresh and an action fallback', () => {
    const execute = { type: 'Action.Execute', title: 'Envoyer', verb: 'submit', data: { id: 1 } };
    const valid = card([{ type: 'TextBlock', text: 'Bonjour', wrap: true, separator: true }, { type: 'Input.Text', id: 'note', isRequired: true, label: 'Note' }], {
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      actions: [{ ...execute, fallback: { type: 'Action.Submit', title: 'Envoyer', data: { id: 1 } } }],
      refresh: { action: { type: 'Action.Execute', verb: 'refresh', data: {} }, userIds: ['29:a'] },
      msteams: { width: 'Full' },
      fallbackText: 'Bonjour',
    });
    expect(adaptiveCardProblems(valid)).toEqual([]);
  });

  it.each([
    ['an unknown element', card([{ type: 'Foo' }]), /Unknown element type "Foo"/],
    ['an unknown action', card([], { actions: [{ type: 'Action.Foo', title: 'x' }] }), /Unknown action type "Action.Foo"/],
    ['an unknown property', card([{ type: 'TextBlock', text: 'x', colour: 'attention' }]), /card\.body\[0\]\.colour: unknown property/],
    ['a value outside its enum', card([{ type: 'TextBlock', text: 'x', color: 'red' }]), /Invalid value "red" for property "color"/],
    ['a number where a string is wanted', card([{ type: 'TextBlock', text: 5 }]), /card\.body\[0\]\.text: unknown property or invalid value 5/],
    ['a string where a boolean is wanted', card([{ type: 'TextBlock', text: 'x', separator: 'true' }]), /separator: string given where the schema wants a boolean/],
    ['a string where a number is wanted', card([{ type: 'Input.Number', id: 'n', min: 'NaN' }]), /card\.body\[0\]\.min: unknown property or invalid value "NaN"/],
    ['a TextBlock without text', card([{ type: 'TextBlock' }]), /TextBlock requires "text"/],
    ['an input without id', card([{ type: 'Input.Date' }]), /Input\.Date requires "id"/],
    ['a fact without value', card([{ type: 'FactSet', facts: [{ title: 'a' }] }]), /facts\[0\]: requires "value"/],
    ['an OpenUrl without url', card([], { actions: [{ type: 'Action.OpenUrl', title: 'x' }] }), /Action\.OpenUrl requires "url"/],
    ['duplicate ids', card([{ type: 'Input.Text', id: 'a' }, { type: 'Input.Number', id: 'a' }]), /Duplicate Id "a"/],
    ['a 1.6 element in a 1.5 card', card([{ type: 'Input.Rating', id: 'r' }]), /Unknown element type "Input.Rating"/],
    ['a 1.5 element in a 1.2 card', { type: 'AdaptiveCard', version: '1.2', body: [{ type: 'Table', columns: [{ width: 1 }], rows: [] }] }, /Unknown element type "Table"/],
    ['a 1.3 property in a 1.2 card', { type: 'AdaptiveCard', version: '1.2', body: [{ type: 'Input.Text', id: 'a', label: 'x' }] }, /"label" is supported in version 1\.3/],
    ['a card of version 1.6', { type: 'AdaptiveCard', version: '1.6', body: [] }, /card\.version: 1\.6 is above 1\.5/],
    ['a card without version', { type: 'AdaptiveCard', body: [] }, /card\.version: required/],
    ['a card without its type', { version: '1.5', body: [] }, /card\.type: must be "AdaptiveCard"/],
    ['a body that is not an array', card('texte' as unknown as unknown[]), /card\.body: unknown property or invalid value "texte"/],
    ['an invalid fallback', card([], { actions: [{ type: 'Action.Execute', title: 'x', verb: 'v', fallback: { type: 'Action.Submit', title: 5 } }] }), /card\.actions\[0\]\.fallback\.title/],
    ['an unknown Teams width', card([], { msteams: { width: 'Half' } }), /card\.msteams\.width: invalid value "Half"/],
    ['an unknown Teams property', card([], { msteams: { wide: true } }), /card\.msteams\.wide: unknown property/],
  ])('refuses %s', (_what, value, expected) => {
    expect(problemsOf(value)).toMatch(expected);
  });

  it('refuses what is not a JSON object', () => {
    expect(adaptiveCardProblems('{"type":"AdaptiveCard"}')).toEqual(['card: must be a JSON object']);
  });
});

describe('activity size as Teams counts it', () => {
  it('counts two bytes per UTF-16 code unit of the JSON, not UTF-8 bytes', () => {
    const base = utf16Bytes({ text: '' });
    expect(utf16Bytes({ text: 'a' }) - base).toBe(2); // 1 byte of UTF-8
    expect(utf16Bytes({ text: 'é' }) - base).toBe(2); // 2 bytes of UTF-8
    expect(utf16Bytes({ text: '€' }) - base).toBe(2); // 3 bytes of UTF-8
    expect(utf16Bytes({ text: '😀' }) - base).toBe(4); // a surrogate pair, 4 bytes of UTF-8
  });
});
