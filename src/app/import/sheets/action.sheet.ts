import { CHOICES } from '../cells/choices.js';
import { choice, date, num, ref, referenceColumn, text, type SheetDef } from './column.js';

/** Actions: what the administration does to keep each commitment. */
export const ACTION_SHEET: SheetDef = {
  kind: 'action',
  name: 'Actions',
  aliases: ['actions', 'action'],
  intro: 'Une ligne par action de la feuille de route.',
  columns: [
    referenceColumn('A-1.3-02', 'l’action'),
    { field: 'commitmentId', header: 'Engagement', cell: ref('commitment'), required: true, help: 'Référence de l’engagement que l’action sert (par exemple 1.3).', width: 11 },
    { field: 'title', header: 'Titre', cell: text, required: true, help: 'Intitulé de l’action, sur une ligne (200 caractères au plus).', width: 50 },
    { field: 'description', header: 'Description', cell: text, help: 'Précisions (4 000 caractères au plus).', width: 40 },
    { field: 'serviceId', header: 'Service pilote', cell: ref('service'), help: 'Code, référence ou nom du service pilote (feuille Services).', width: 14 },
    { field: 'ownerPersonId', header: 'Responsable', cell: ref('person'), help: 'Adresse e-mail de la personne responsable.', width: 30 },
    { field: 'status', header: 'Statut', cell: choice(CHOICES.actionStatus), required: true, help: 'État de l’action.', width: 12 },
    { field: 'startDate', header: 'Début', cell: date, help: 'Date de début.', width: 12 },
    { field: 'dueDate', header: 'Échéance', cell: date, help: 'Échéance prévue (pas avant le début).', width: 12 },
    { field: 'revisedDueDate', header: 'Échéance révisée', cell: date, help: 'Nouvelle échéance, si elle a été décalée.', width: 12 },
    { field: 'progress', header: 'Avancement (%)', cell: num, help: 'Nombre entier de 0 à 100 ; une action terminée est à 100.', width: 10 },
    { field: 'weather', header: 'Météo', cell: choice(CHOICES.weather), help: 'Appréciation de l’action ; vide = non renseignée.', width: 12 },
    { field: 'trend', header: 'Tendance', cell: choice(CHOICES.trend), help: 'Sens de l’évolution depuis le dernier point.', width: 12 },
    { field: 'budgetPlanned', header: 'Budget prévu (€)', cell: num, help: 'Montant en euros.', width: 14 },
    { field: 'budgetSpent', header: 'Budget consommé (€)', cell: num, help: 'Montant en euros.', width: 14 },
    { field: 'staffing', header: 'Moyens humains (ETP)', cell: num, help: 'Équivalents temps plein, décimales acceptées (0,5).', width: 10 },
    { field: 'blockers', header: 'Points de blocage', cell: text, help: 'Ce qui bloque (2 000 caractères au plus).', width: 40 },
    { field: 'nextSteps', header: 'Prochaines étapes', cell: text, help: 'Ce qui vient ensuite (2 000 caractères au plus).', width: 40 },
    { field: 'priority', header: 'Priorité', cell: choice(CHOICES.priority), help: 'Priorité de l’action.', width: 10 },
    { field: 'half', header: 'Moitié du mandat', cell: choice(CHOICES.half), required: true, help: 'Moitié du mandat où l’action se joue.', width: 16 },
    { field: 'weight', header: 'Pondération', cell: num, help: 'Poids relatif dans l’avancement de l’engagement (nombre positif) ; vide = même poids.', width: 12 },
  ],
};
