import { num, referenceColumn, text, type SheetDef } from './column.js';

/** Axes: the themes of the programme. */
export const AXIS_SHEET: SheetDef = {
  kind: 'axis',
  name: 'Axes',
  aliases: ['axes', 'axis'],
  intro: 'Une ligne par axe (thème) du programme.',
  columns: [
    referenceColumn('1', 'l’axe'),
    { field: 'order', header: 'Ordre', cell: num, required: true, help: 'Rang d’affichage de l’axe (nombre entier).', width: 8 },
    { field: 'title', header: 'Titre', cell: text, required: true, help: 'Intitulé de l’axe, sur une ligne (120 caractères au plus).', width: 40 },
    { field: 'description', header: 'Description', cell: text, help: 'Présentation de l’axe (2 000 caractères au plus).', width: 60 },
    { field: 'color', header: 'Couleur', cell: text, required: true, help: 'Couleur au format #RRVVBB, par exemple #2E7D32 (prévoir un contraste suffisant avec du texte blanc).', width: 10 },
    { field: 'weight', header: 'Pondération', cell: num, help: 'Poids relatif dans les moyennes (nombre positif) ; vide = même poids que les autres.', width: 12 },
  ],
};
