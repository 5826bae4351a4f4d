import { ref, referenceColumn, text, type SheetDef } from './column.js';

/** Services: the administration's services and directorates. */
export const SERVICE_SHEET: SheetDef = {
  kind: 'service',
  name: 'Services',
  aliases: ['services', 'service'],
  intro: 'Une ligne par service ou direction.',
  columns: [
    referenceColumn('batiments', 'le service'),
    { field: 'code', header: 'Code', cell: text, help: 'Sigle du service (20 caractères au plus), par exemple DST ; les autres feuilles peuvent désigner le service par ce code.', width: 10 },
    { field: 'name', header: 'Nom', cell: text, required: true, help: 'Nom du service (120 caractères au plus).', width: 45 },
    { field: 'parentId', header: 'Service parent', cell: ref('service'), help: 'Code, référence ou nom de la direction de rattachement.', width: 14 },
    { field: 'headPersonId', header: 'Responsable', cell: ref('person'), help: 'Adresse e-mail du chef de service.', width: 30 },
  ],
};
