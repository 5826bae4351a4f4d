import type { LocalizedText } from '../../domain/validation/messages.js';
import { KIND_LABELS, type ImportKind } from './import-kinds.js';

const quote = (value: string): LocalizedText => ({ fr: `« ${value} »`, en: `"${value}"` });

/** What can be wrong with a cell, a column, a sheet or the file, in both languages. */
export const IMPORT_MESSAGES = {
  required: (): LocalizedText => ({ fr: 'Cette cellule est obligatoire.', en: 'This cell is required.' }),
  invalidDate: (value: string): LocalizedText => ({
    fr: `Date attendue (jj/mm/aaaa ou aaaa-mm-jj), lu ${quote(value).fr}.`,
    en: `A date is expected (dd/mm/yyyy or yyyy-mm-dd), read ${quote(value).en}.`,
  }),
  invalidNumber: (value: string): LocalizedText => ({
    fr: `Nombre attendu (virgule décimale acceptée), lu ${quote(value).fr}.`,
    en: `A number is expected (decimal comma accepted), read ${quote(value).en}.`,
  }),
  invalidChoice: (value: string, allowed: readonly string[]): LocalizedText => ({
    fr: `Valeur non reconnue ${quote(value).fr}. Valeurs possibles : ${allowed.join(', ')}.`,
    en: `Unknown value ${quote(value).en}. Allowed values: ${allowed.join(', ')}.`,
  }),
  invalidMilestones: (value: string): LocalizedText => ({
    fr: `Jalons illisibles ${quote(value).fr} : écrivez « jj/mm/aaaa = valeur », séparés par des points-virgules.`,
    en: `Unreadable milestones ${quote(value).en}: write "dd/mm/yyyy = value", separated by semicolons.`,
  }),
  cellError: (value: string): LocalizedText => ({
    fr: `La cellule affiche une erreur Excel (${value}).`,
    en: `The cell shows an Excel error (${value}).`,
  }),
  unknownReference: (kind: ImportKind, value: string): LocalizedText => ({
    fr: `${quote(value).fr} ne désigne aucun(e) ${KIND_LABELS[kind].fr}, ni dans le fichier ni dans Cap Mandat.`,
    en: `${quote(value).en} matches no ${KIND_LABELS[kind].en}, in the file or in Cap Mandat.`,
  }),
  ambiguousReference: (kind: ImportKind, value: string): LocalizedText => ({
    fr: `${quote(value).fr} désigne plusieurs enregistrements de type ${KIND_LABELS[kind].fr} : utilisez leur référence.`,
    en: `${quote(value).en} matches several records of kind ${KIND_LABELS[kind].en}: use their reference.`,
  }),
  invalidKey: (value: string): LocalizedText => ({
    fr: `Référence invalide ${quote(value).fr} : lettres sans accent, chiffres, points, tirets, deux-points ou soulignés, 56 caractères au plus.`,
    en: `Invalid reference ${quote(value).en}: unaccented letters, digits, dots, hyphens, colons or underscores, at most 56 characters.`,
  }),
  duplicateKey: (value: string, row: number): LocalizedText => ({
    fr: `${quote(value).fr} figure déjà ligne ${row} : une ligne par enregistrement.`,
    en: `${quote(value).en} already appears on row ${row}: one row per record.`,
  }),
  missingColumn: (header: string): LocalizedText => ({
    fr: `Colonne obligatoire absente : ${quote(header).fr}.`,
    en: `Required column missing: ${quote(header).en}.`,
  }),
  unknownColumn: (header: string): LocalizedText => ({
    fr: `Colonne inconnue ${quote(header).fr} : corrigez son intitulé (voir la feuille Instructions) ou supprimez-la.`,
    en: `Unknown column ${quote(header).en}: fix its heading (see the Instructions sheet) or remove it.`,
  }),
  duplicateColumn: (header: string): LocalizedText => ({
    fr: `La colonne ${quote(header).fr} apparaît deux fois.`,
    en: `The column ${quote(header).en} appears twice.`,
  }),
  tooManyRows: (max: number): LocalizedText => ({
    fr: `Trop de lignes : ${max} au plus par feuille.`,
    en: `Too many rows: at most ${max} per sheet.`,
  }),
  unreadableWorkbook: (): LocalizedText => ({
    fr: 'Le fichier n’est pas un classeur Excel (.xlsx) lisible.',
    en: 'The file is not a readable Excel workbook (.xlsx).',
  }),
  unreadableCsv: (): LocalizedText => ({ fr: 'Le fichier CSV est illisible.', en: 'The CSV file cannot be read.' }),
  noKnownSheet: (names: readonly string[]): LocalizedText => ({
    fr: `Aucune feuille reconnue. Feuilles attendues : ${names.join(', ')}.`,
    en: `No known sheet. Expected sheets: ${names.join(', ')}.`,
  }),
  /** Prefixes a field message with the column it is about, as headed in the file. */
  inColumn: (header: string, message: LocalizedText): LocalizedText => ({
    fr: `${quote(header).fr} : ${message.fr}`,
    en: `${quote(header).en}: ${message.en}`,
  }),
  summary: (count: number, shown: number): LocalizedText => ({
    fr: `Le fichier contient ${count} erreur${count > 1 ? 's' : ''} : rien n’a été importé.${shown < count ? ` Les ${shown} premières sont listées.` : ''}`,
    en: `The file has ${count} error${count > 1 ? 's' : ''}: nothing was imported.${shown < count ? ` The first ${shown} are listed.` : ''}`,
  }),
} as const;
