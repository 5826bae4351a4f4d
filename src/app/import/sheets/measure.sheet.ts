import { CHOICES } from '../cells/choices.js';
import { choice, date, num, ref, text, type SheetDef } from './column.js';

/** Mesures: dated values of the indicators; a measure is identified by its indicator and its date. */
export const MEASURE_SHEET: SheetDef = {
  kind: 'measure',
  name: 'Mesures',
  aliases: ['mesures', 'measures', 'measure'],
  intro: 'Une ligne par valeur mesurée. Une mesure est identifiée par son indicateur et sa date : une seule mesure par indicateur et par date.',
  columns: [
    { field: 'indicatorId', header: 'Indicateur', cell: ref('indicator'), required: true, key: true, help: 'Référence de l’indicateur (feuille Indicateurs).', width: 12 },
    { field: 'date', header: 'Date', cell: date, required: true, key: true, help: 'Date de la mesure.', width: 12 },
    { field: 'value', header: 'Valeur', cell: num, required: true, help: 'Valeur mesurée, dans l’unité de l’indicateur.', width: 12 },
    { field: 'source', header: 'Origine', cell: choice(CHOICES.measureSource), emptyKeeps: true, defaultForNew: 'import', help: 'D’où vient la valeur ; vide = Import pour une nouvelle mesure, inchangée pour une mesure existante.', width: 10 },
    { field: 'comment', header: 'Commentaire', cell: text, help: 'Remarque sur la valeur (1 000 caractères au plus).', width: 40 },
  ],
};
