// The subset of Adaptive Cards 1.5 our cards use, typed so that a misspelt property fails to compile.
// Our own types: no botbuilder or adaptivecards type crosses into the builders.

/** Space above an element. */
export type Spacing = 'none' | 'small' | 'default' | 'medium' | 'large' | 'extraLarge';
/** Text colours of the host theme. */
export type TextColor = 'default' | 'dark' | 'light' | 'accent' | 'good' | 'warning' | 'attention';
/** Container styles of the host theme. */
export type ContainerStyle = 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';

interface ElementBase {
  id?: string;
  spacing?: Spacing;
  separator?: boolean;
}

/** A block of text; renders a markdown subset. */
export interface TextBlock extends ElementBase {
  type: 'TextBlock';
  text: string;
  wrap?: boolean;
  size?: 'small' | 'default' | 'medium' | 'large' | 'extraLarge';
  weight?: 'lighter' | 'default' | 'bolder';
  color?: TextColor;
  isSubtle?: boolean;
  style?: 'default' | 'heading';
  maxLines?: number;
}

/** Title/value pairs; titles and values render markdown. */
export interface FactSet extends ElementBase {
  type: 'FactSet';
  facts: { title: string; value: string }[];
}

/** A group of elements. */
export interface Container extends ElementBase {
  type: 'Container';
  items: CardElement[];
  style?: ContainerStyle;
}

interface InputBase extends ElementBase {
  id: string;
  label?: string;
  isRequired?: boolean;
  errorMessage?: string;
}

/** A text input. */
export interface InputText extends InputBase {
  type: 'Input.Text';
  value?: string;
  placeholder?: string;
  isMultiline?: boolean;
  maxLength?: number;
}

/** A number input. */
export interface InputNumber extends InputBase {
  type: 'Input.Number';
  value?: number;
  placeholder?: string;
  min?: number;
  max?: number;
}

/** A date input (YYYY-MM-DD). */
export interface InputDate extends InputBase {
  type: 'Input.Date';
  value?: string;
  min?: string;
  max?: string;
}

/** One choice of a ChoiceSet. */
export interface Choice {
  title: string;
  value: string;
}

/** A list of choices; multi-select values arrive joined by commas. */
export interface InputChoiceSet extends InputBase {
  type: 'Input.ChoiceSet';
  choices: Choice[];
  value?: string;
  style?: 'compact' | 'expanded';
  isMultiSelect?: boolean;
  placeholder?: string;
  wrap?: boolean;
}

/** Any input. */
export type CardInput = InputText | InputNumber | InputDate | InputChoiceSet;

/** The pre-Universal-Actions submit, kept as a fallback. */
export interface SubmitAction {
  type: 'Action.Submit';
  title: string;
  data: Record<string, unknown>;
  associatedInputs?: 'auto' | 'none';
  style?: 'default' | 'positive' | 'destructive';
}

/** A Universal Action: Teams sends an `adaptiveCard/action` invoke. */
export interface ExecuteAction {
  type: 'Action.Execute';
  title: string;
  verb: string;
  data: Record<string, unknown>;
  associatedInputs?: 'auto' | 'none';
  style?: 'default' | 'positive' | 'destructive';
  /** For clients without Universal Actions. */
  fallback?: SubmitAction;
}

/** A link button. */
export interface OpenUrlAction {
  type: 'Action.OpenUrl';
  title: string;
  url: string;
}

/** Any button. */
export type CardActionElement = ExecuteAction | SubmitAction | OpenUrlAction;

/** Buttons inside the body. */
export interface ActionSet extends ElementBase {
  type: 'ActionSet';
  actions: CardActionElement[];
}

/** Any body element. */
export type CardElement = TextBlock | FactSet | Container | CardInput | ActionSet;

/** Automatic refresh of the card when it is viewed. */
export interface Refresh {
  action: Omit<ExecuteAction, 'title' | 'fallback' | 'associatedInputs'>;
  /** Who gets automatic refresh: `29:…` or `8:orgid:<Entra object id>`. */
  userIds: string[];
}

/** An Adaptive Card, version 1.5 (Universal Actions). */
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  version: '1.5';
  body: CardElement[];
  actions?: CardActionElement[];
  refresh?: Refresh;
  fallbackText?: string;
  msteams?: { width: 'Full' };
}
