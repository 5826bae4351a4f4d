import { CHOICES } from '../cells/choices.js';
import { choice, text, type SheetDef } from './column.js';

/** Personnes: the people of the roadmap, identified by their e-mail address. */
export const PERSON_SHEET: SheetDef = {
  kind: 'person',
  name: 'Personnes',
  aliases: ['personnes', 'people', 'persons', 'person'],
  intro: 'Une ligne par personne (élus, responsables, utilisateurs de Cap Mandat), identifiée par son adresse e-mail.',
  columns: [
    { field: 'email', header: 'E-mail', cell: text, required: true, key: true, help: 'Adresse e-mail : c’est la clé stable de la ligne et ce que les autres feuilles utilisent pour désigner la personne.', width: 34 },
    { field: 'displayName', header: 'Nom', cell: text, required: true, help: 'Prénom et nom (120 caractères au plus).', width: 26 },
    { field: 'jobTitle', header: 'Fonction', cell: text, help: 'Fonction ou mandat, par exemple « Adjointe au maire ».', width: 34 },
    { field: 'role', header: 'Rôle', cell: choice(CHOICES.role), required: true, help: 'Droits dans Cap Mandat.', width: 16 },
    { field: 'serviceIds', header: 'Services', cell: { type: 'refList', kind: 'service' }, help: 'Codes, références ou noms des services de la personne, séparés par des points-virgules.', width: 20 },
    { field: 'entraObjectId', header: 'Identifiant Entra ID', cell: text, emptyKeeps: true, help: 'Identifiant d’objet Entra ID (GUID) ; en général vide, il est renseigné à la première connexion. Une cellule vide ne l’efface pas.', width: 38 },
  ],
};
