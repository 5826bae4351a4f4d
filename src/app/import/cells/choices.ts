import { foldText } from '../../../domain/rules/text.js';

/** A list of allowed values: the code stored, the French label written in the workbook, and other spellings accepted. */
export interface ChoiceList<C extends string = string> {
  labels: Readonly<Record<C, string>>;
  /** Extra spellings (folded or not) read as a code, e.g. the tab's wording. */
  aliases?: Readonly<Record<string, C>>;
}

const list = <C extends string>(labels: Record<C, string>, aliases?: Record<string, NoInfer<C>>): ChoiceList<C> => ({ labels, aliases });

// Labels follow the SharePoint lists (what business users already read there); aliases take the tab's wording too.
export const CHOICES = {
  commitmentStatus: list({ planned: 'Prévu', in_progress: 'En cours', done: 'Tenu', revised: 'Révisé', abandoned: 'Abandonné' }),
  actionStatus: list({ planned: 'Prévue', in_progress: 'En cours', blocked: 'Bloquée', done: 'Terminée', cancelled: 'Annulée' }),
  weather: list({ sunny: 'Ensoleillé', cloudy: 'Nuageux', overcast: 'Couvert', stormy: 'Orageux' }, { eclaircies: 'cloudy' }),
  trend: list({ up: 'En hausse', flat: 'Stable', down: 'En baisse' }, { 'en amelioration': 'up', 'en degradation': 'down' }),
  priority: list({ high: 'Haute', medium: 'Moyenne', low: 'Basse' }),
  half: list({ first: 'Première moitié', second: 'Seconde moitié' }, { '1': 'first', '2': 'second', 'deuxieme moitie': 'second' }),
  direction: list(
    { increase: 'Hausse', decrease: 'Baisse', stay_above: 'Rester au-dessus', stay_below: 'Rester en dessous' },
    { 'a augmenter': 'increase', 'a reduire': 'decrease', 'a maintenir au-dessus': 'stay_above', 'a maintenir en dessous': 'stay_below' },
  ),
  frequency: list({ monthly: 'Mensuelle', quarterly: 'Trimestrielle', semiannual: 'Semestrielle', annual: 'Annuelle' }),
  measureSource: list({ manual: 'Saisie', bot: 'Bot', import: 'Import' }, { 'bot teams': 'bot' }),
  role: list({ administrator: 'Administrateur', pilotage: 'Pilotage', elected: 'Élu', service_head: 'Chef de service', reader: 'Lecteur' }),
} as const;

/** Folds a cell's text for comparison: case, accents, surrounding and repeated spaces, typographic apostrophes. */
export const foldCell = (text: string): string => foldText(text).replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

/** The code a cell's text stands for (French label, code or alias, any case or accents); undefined if none. */
export function choiceCode(choices: ChoiceList, text: string): string | undefined {
  const folded = foldCell(text);
  for (const [code, label] of Object.entries(choices.labels)) {
    if (foldCell(label) === folded || code.toLowerCase() === folded) return code;
  }
  for (const [alias, code] of Object.entries(choices.aliases ?? {})) {
    if (foldCell(alias) === folded) return code;
  }
  return undefined;
}

/** The French label of a code, as written in the workbook. */
export const choiceLabel = (choices: ChoiceList, code: string): string =>
  (choices.labels as Record<string, string>)[code] ?? code;

/** The French labels of a list, in order. */
export const choiceLabels = (choices: ChoiceList): string[] => Object.values(choices.labels);
