import { CHOICES } from '../cells/choices.js';
import { choice, date, num, ref, referenceColumn, text, type SheetDef } from './column.js';

/** Indicateurs: performance indicators, attached to an action or to a commitment. */
export const INDICATOR_SHEET: SheetDef = {
  kind: 'indicator',
  name: 'Indicateurs',
  aliases: ['indicateurs', 'indicators', 'indicator'],
  intro: 'Une ligne par indicateur ; renseignez soit l’action, soit l’engagement auquel il se rattache.',
  columns: [
    referenceColumn('I-1.3-01', 'l’indicateur'),
    { field: 'actionId', header: 'Action', cell: ref('action'), help: 'Référence de l’action mesurée (feuille Actions), ou vide si l’indicateur suit un engagement.', width: 12 },
    { field: 'commitmentId', header: 'Engagement', cell: ref('commitment'), help: 'Référence de l’engagement mesuré, ou vide si l’indicateur suit une action.', width: 11 },
    { field: 'name', header: 'Nom', cell: text, required: true, help: 'Nom de l’indicateur, sur une ligne (200 caractères au plus).', width: 45 },
    { field: 'description', header: 'Description', cell: text, help: 'Définition, mode de calcul.', width: 40 },
    { field: 'unit', header: 'Unité', cell: text, required: true, help: 'Unité de mesure (%, MWh, places…).', width: 10 },
    { field: 'direction', header: 'Sens', cell: choice(CHOICES.direction), required: true, help: 'Sens attendu de l’évolution.', width: 16 },
    { field: 'baselineValue', header: 'Valeur de référence', cell: num, required: true, help: 'Valeur de départ.', width: 12 },
    { field: 'baselineDate', header: 'Date de référence', cell: date, required: true, help: 'Date de la valeur de départ.', width: 12 },
    { field: 'targetValue', header: 'Cible', cell: num, required: true, help: 'Valeur visée (au-dessus de la référence pour une hausse, en dessous pour une baisse).', width: 10 },
    { field: 'targetDate', header: 'Date cible', cell: date, required: true, help: 'Date à laquelle la cible doit être atteinte (après la date de référence).', width: 12 },
    { field: 'milestones', header: 'Jalons', cell: { type: 'milestones' }, help: 'Cibles intermédiaires « jj/mm/aaaa = valeur », séparées par des points-virgules, dans l’ordre des dates.', width: 30 },
    { field: 'frequency', header: 'Fréquence', cell: choice(CHOICES.frequency), required: true, help: 'Fréquence de mesure.', width: 14 },
    { field: 'source', header: 'Source', cell: text, help: 'D’où viennent les valeurs.', width: 30 },
    { field: 'serviceId', header: 'Service', cell: ref('service'), help: 'Code, référence ou nom du service qui mesure.', width: 12 },
  ],
};
