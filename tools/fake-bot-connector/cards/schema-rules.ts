/**
 * What the Adaptive Card 1.5 JSON schema (adaptivecards.io/schemas/1.5.0/adaptive-card.json) demands and the
 * adaptivecards 3.0.6 parser does not check: required properties, and the Teams extension the schema does not name.
 */

/** The highest card version every Teams client renders (platform.md §4: Universal Actions, version 1.5). */
export const MAX_CARD_VERSION = { major: 1, minor: 5 } as const;

/** Required properties of typed objects (`type` of the object), as the 1.5 schema lists them. */
export const REQUIRED_BY_TYPE: Readonly<Record<string, readonly string[]>> = {
  'Action.OpenUrl': ['url'],
  'Action.ToggleVisibility': ['targetElements'],
  ActionSet: ['actions'],
  Container: ['items'],
  FactSet: ['facts'],
  Image: ['url'],
  ImageSet: ['images'],
  'Input.ChoiceSet': ['id'],
  'Input.Date': ['id'],
  'Input.Number': ['id'],
  'Input.Text': ['id'],
  'Input.Time': ['id'],
  'Input.Toggle': ['id', 'title'],
  Media: ['sources'],
  RichTextBlock: ['inlines'],
  TableCell: ['items'],
  TextBlock: ['text'],
  TextRun: ['text'],
};

/** Required properties of the untyped members of a collection: `FactSet.facts[]`, `Input.ChoiceSet.choices[]`… */
export const REQUIRED_IN_COLLECTION: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  FactSet: { facts: ['title', 'value'] },
  'Input.ChoiceSet': { choices: ['title', 'value'] },
  Media: { sources: ['mimeType', 'url'] },
  'Action.ToggleVisibility': { targetElements: ['elementId'] },
};

/**
 * Teams' own property of the card (not in the schema, documented by Teams): `msteams { width: 'Full' }`, and
 * `entities` for mentions. Anything else under it is as unknown to Teams as to the schema.
 */
export const TEAMS_CARD_EXTENSION = { key: 'msteams', fields: { width: ['Full'], entities: undefined } } as const;

/**
 * Properties the parser leaves out when it writes a card back although the card was right to set them: values
 * equal to the parser's default (case-insensitive enums are written back in their canonical case, so compared so).
 */
export const DEFAULT_VALUES: Readonly<Record<string, readonly unknown[]>> = {
  style: ['compact', 'default'],
  associatedInputs: ['auto'],
  isMultiSelect: [false],
  mode: ['primary'],
  isEnabled: [true],
  isVisible: [true],
};
