import type ExcelJS from 'exceljs';
import { choiceLabels } from '../cells/choices.js';
import type { Column } from '../sheets/column.js';
import { SHEETS } from '../sheets/sheets.js';
import { headingOf } from './data-sheet.js';

/** The name of the explanations sheet; the import ignores it. */
export const INSTRUCTIONS_SHEET = 'Instructions';

const RULES = [
  'Ce classeur importe dans Cap Mandat le programme (axes, engagements), la feuille de route (actions, indicateurs, mesures), les services et les personnes. Une feuille par niveau ; une ligne par enregistrement à partir de la ligne 3. La ligne 2, en gris, donne le nom du champ dans l’API : laissez-la telle quelle.',
  'La colonne Référence (en brun) est la clé stable de chaque ligne ; pour les personnes c’est l’adresse e-mail, pour les mesures l’indicateur et la date. Réimporter le fichier met à jour les enregistrements au lieu de les dupliquer : ne changez pas une référence après le premier import.',
  'L’import vérifie tout le fichier avant d’écrire quoi que ce soit. S’il trouve une erreur, rien n’est importé et chaque erreur est donnée avec sa feuille, sa ligne et sa colonne (par exemple Actions!F12).',
  'Les enregistrements déjà dans Cap Mandat mais absents du fichier sont conservés, jamais supprimés ; le compte rendu les compte comme « absents du fichier ».',
  'Les colonnes marquées d’un astérisque (*) sont obligatoires. Une cellule vide efface la valeur facultative correspondante ; une colonne facultative retirée du fichier laisse les valeurs existantes inchangées.',
  'Dates : cellule date d’Excel, ou texte jj/mm/aaaa ou aaaa-mm-jj. Nombres : virgule ou point décimal, espaces entre les milliers acceptés (1 234,5) ; pas de séparateur de milliers en point.',
  'Listes de valeurs : choisissez dans la liste déroulante. Le libellé français ou le code de l’API sont acceptés, sans tenir compte des majuscules ni des accents.',
  'Liens entre feuilles : un engagement désigne son axe par la référence de l’axe ; une action, son engagement par la référence de l’engagement (par exemple 1.3) ; un indicateur, son action ou son engagement ; une mesure, son indicateur. Un service se désigne par son code, sa référence ou son nom ; une personne par son adresse e-mail. La cible peut figurer dans le fichier ou exister déjà dans Cap Mandat.',
  'CSV : un fichier par feuille, avec les mêmes en-têtes ; séparateur point-virgule (Excel en français), virgule ou tabulation ; encodage UTF-8 ou Windows-1252. La feuille se précise dans l’adresse : POST /api/v1/import?sheet=actions.',
  'Essai à blanc : POST /api/v1/import?dryRun=true vérifie le fichier et annonce ce qui serait créé ou modifié, sans rien écrire.',
];

const TABLE_HEADINGS = ['Colonne', 'Champ de l’API', 'Obligatoire', 'Contenu attendu', 'Valeurs possibles'];

function allowed(column: Column): string {
  switch (column.cell.type) {
    case 'choice':
      return choiceLabels(column.cell.choices).join(' · ');
    case 'date':
      return 'jj/mm/aaaa';
    case 'number':
      return 'nombre';
    default:
      return '';
  }
}

/** The first sheet: how to fill in the workbook, then every column of every sheet and its allowed values. */
export function addInstructionsSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(INSTRUCTIONS_SHEET);
  sheet.columns = [{ width: 28 }, { width: 18 }, { width: 12 }, { width: 70 }, { width: 50 }];
  const title = sheet.addRow(['Cap Mandat — modèle d’import du programme et de la feuille de route']);
  title.font = { bold: true, size: 14 };
  for (const rule of RULES) {
    const row = sheet.addRow([rule]);
    sheet.mergeCells(row.number, 1, row.number, 5);
    row.alignment = { wrapText: true, vertical: 'top' };
    row.height = 45;
  }
  for (const def of SHEETS) {
    sheet.addRow([]);
    sheet.addRow([`Feuille « ${def.name} » — ${def.intro}`]).font = { bold: true, size: 12 };
    sheet.addRow(TABLE_HEADINGS).font = { bold: true };
    for (const column of def.columns) {
      const row = sheet.addRow([headingOf(column), column.field, column.required ? 'oui' : 'non', column.help, allowed(column)]);
      row.alignment = { wrapText: true, vertical: 'top' };
    }
  }
}
