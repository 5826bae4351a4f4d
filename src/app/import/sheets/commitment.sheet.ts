import { CHOICES } from '../cells/choices.js';
import { choice, num, ref, text, type SheetDef } from './column.js';

/** Engagements: the promises of the programme. */
export const COMMITMENT_SHEET: SheetDef = {
  kind: 'commitment',
  name: 'Engagements',
  aliases: ['engagements', 'commitments', 'commitment'],
  intro: 'Une ligne par engagement (promesse) du programme électoral.',
  columns: [
    {
      field: 'reference',
      header: 'Référence',
      cell: text,
      required: true,
      key: true,
      help: 'Référence de l’engagement dans le programme, par exemple « 1.3 » : c’est la clé stable de la ligne ; ne la changez plus après le premier import.',
      width: 11,
    },
    { field: 'axisId', header: 'Axe', cell: ref('axis'), required: true, help: 'Référence de l’axe (colonne Référence de la feuille Axes).', width: 8 },
    { field: 'title', header: 'Titre', cell: text, required: true, help: 'Intitulé de l’engagement, sur une ligne (200 caractères au plus).', width: 50 },
    { field: 'description', header: 'Description', cell: text, help: 'Texte de l’engagement (4 000 caractères au plus).', width: 60 },
    { field: 'leadPersonId', header: 'Élu référent', cell: ref('person'), help: 'Adresse e-mail de l’élu qui porte l’engagement (feuille Personnes ou personne déjà connue de Cap Mandat).', width: 30 },
    { field: 'status', header: 'Statut', cell: choice(CHOICES.commitmentStatus), required: true, help: 'Où en est la promesse.', width: 12 },
    { field: 'gapJustification', header: 'Justification de l’écart', cell: text, help: 'Explication publique de l’écart : obligatoire pour un engagement révisé ou abandonné.', width: 50 },
    { field: 'weight', header: 'Pondération', cell: num, help: 'Poids relatif dans la moyenne de l’axe (nombre positif) ; vide = même poids.', width: 12 },
  ],
};
