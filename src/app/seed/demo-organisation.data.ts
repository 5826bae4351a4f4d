import type { Mandate } from '../../domain/entities/index.js';
import type { PersonSpec, ServiceSpec } from './demo-data.types.js';

/** The day the demo is anchored on: what is late, what is measured. */
export const DEMO_TODAY = '2026-11-27';

/** Fictional commune; e-mail addresses use this domain. */
export const DEMO_MAIL_DOMAIN = 'valmont-sur-loire.fr';

export const DEMO_MANDATE: Mandate = {
  id: 'mandate',
  collectivityName: 'Ville de Valmont-sur-Loire',
  collectivityKind: 'commune',
  population: 24_870,
  startDate: '2026-03-22',
  endDate: '2032-03-21',
  midTermDate: '2029-03-22',
};

export const DEMO_SERVICES: readonly ServiceSpec[] = [
  { slug: 'dgs', name: 'Direction générale des services', code: 'DGS' },
  { slug: 'transition', name: 'Mission transition écologique', code: 'MTE', parent: 'dgs' },
  { slug: 'urbanisme', name: 'Direction de l’urbanisme, de l’aménagement et des mobilités', code: 'DUAM' },
  { slug: 'dst', name: 'Direction des services techniques', code: 'DST' },
  { slug: 'batiments', name: 'Service bâtiments et énergie', code: 'BAT', parent: 'dst' },
  { slug: 'espaces-publics', name: 'Service voirie, espaces verts et propreté', code: 'VEP', parent: 'dst' },
  { slug: 'education', name: 'Direction de l’enfance et de l’éducation', code: 'DEE' },
  { slug: 'petite-enfance', name: 'Service petite enfance', code: 'PE', parent: 'education' },
  { slug: 'vie-locale', name: 'Direction culture, sports et vie associative', code: 'DCSVA' },
  { slug: 'solidarites', name: 'CCAS et solidarités', code: 'CCAS' },
  { slug: 'police', name: 'Police municipale et tranquillité publique', code: 'PM' },
  { slug: 'finances', name: 'Direction des finances et de la commande publique', code: 'DFCP' },
  { slug: 'rh', name: 'Direction des ressources humaines', code: 'DRH' },
  { slug: 'communication', name: 'Communication et démocratie participative', code: 'COM' },
  { slug: 'numerique', name: 'Direction du numérique et des systèmes d’information', code: 'DNSI' },
];

export const DEMO_PEOPLE: readonly PersonSpec[] = [
  // Elected officials
  { firstName: 'Catherine', lastName: 'Lemoine', jobTitle: 'Maire de Valmont-sur-Loire', role: 'elected' },
  { firstName: 'Julien', lastName: 'Mercier', jobTitle: 'Premier adjoint aux finances et à l’administration générale', role: 'elected' },
  { firstName: 'Sophie', lastName: 'Garnier', jobTitle: 'Adjointe à la transition écologique', role: 'elected' },
  { firstName: 'Karim', lastName: 'Benali', jobTitle: 'Adjoint aux mobilités et à l’espace public', role: 'elected' },
  { firstName: 'Nathalie', lastName: 'Roussel', jobTitle: 'Adjointe à l’éducation et à la petite enfance', role: 'elected' },
  { firstName: 'Olivier', lastName: 'Fabre', jobTitle: 'Adjoint à la sécurité et à la tranquillité publique', role: 'elected' },
  { firstName: 'Amina', lastName: 'Diallo', jobTitle: 'Adjointe à la démocratie participative et à la vie des quartiers', role: 'elected' },
  { firstName: 'Pierre-Yves', lastName: 'Le Gall', jobTitle: 'Adjoint aux solidarités et à la santé', role: 'elected' },
  { firstName: 'Élodie', lastName: 'Vasseur', jobTitle: 'Conseillère municipale déléguée aux sports et à la vie associative', role: 'elected' },
  // Direction générale and pilotage
  { firstName: 'Laurent', lastName: 'Dufresne', jobTitle: 'Directeur général des services', role: 'pilotage', services: ['dgs'], heads: 'dgs' },
  { firstName: 'Claire', lastName: 'Besson', jobTitle: 'Chargée de mission pilotage et évaluation des politiques publiques', role: 'pilotage', services: ['dgs'] },
  { firstName: 'Marc', lastName: 'Tessier', jobTitle: 'Directeur du numérique et des systèmes d’information', role: 'administrator', services: ['numerique'], heads: 'numerique' },
  // Service heads
  { firstName: 'Émilie', lastName: 'Carrel', jobTitle: 'Cheffe de la mission transition écologique', role: 'service_head', services: ['transition'], heads: 'transition' },
  { firstName: 'Thomas', lastName: 'Morel', jobTitle: 'Directeur de l’urbanisme, de l’aménagement et des mobilités', role: 'service_head', services: ['urbanisme'], heads: 'urbanisme' },
  { firstName: 'Philippe', lastName: 'Gauthier', jobTitle: 'Directeur des services techniques', role: 'service_head', services: ['dst'], heads: 'dst' },
  { firstName: 'Isabelle', lastName: 'Caron', jobTitle: 'Responsable du service bâtiments et énergie', role: 'service_head', services: ['batiments'], heads: 'batiments' },
  { firstName: 'Mehdi', lastName: 'Haddad', jobTitle: 'Responsable voirie, espaces verts et propreté', role: 'service_head', services: ['espaces-publics'], heads: 'espaces-publics' },
  { firstName: 'Valérie', lastName: 'Perrin', jobTitle: 'Directrice de l’enfance et de l’éducation', role: 'service_head', services: ['education'], heads: 'education' },
  { firstName: 'Sandrine', lastName: 'Lefèvre', jobTitle: 'Coordinatrice petite enfance', role: 'service_head', services: ['petite-enfance'], heads: 'petite-enfance' },
  { firstName: 'Nicolas', lastName: 'Bertin', jobTitle: 'Directeur culture, sports et vie associative', role: 'service_head', services: ['vie-locale'], heads: 'vie-locale' },
  { firstName: 'Fatima', lastName: 'Belkacem', jobTitle: 'Directrice du CCAS', role: 'service_head', services: ['solidarites'], heads: 'solidarites' },
  { firstName: 'Franck', lastName: 'Morin', jobTitle: 'Chef de service de police municipale', role: 'service_head', services: ['police'], heads: 'police' },
  { firstName: 'Anne-Sophie', lastName: 'Roche', jobTitle: 'Directrice des finances et de la commande publique', role: 'service_head', services: ['finances'], heads: 'finances' },
  { firstName: 'Christophe', lastName: 'Lambert', jobTitle: 'Directeur des ressources humaines', role: 'service_head', services: ['rh'], heads: 'rh' },
  { firstName: 'Léa', lastName: 'Fontaine', jobTitle: 'Directrice de la communication et de la démocratie participative', role: 'service_head', services: ['communication'], heads: 'communication' },
  // Agents (read-only)
  { firstName: 'Romain', lastName: 'Giraud', jobTitle: 'Agent de maîtrise, espaces verts', role: 'reader', services: ['espaces-publics'] },
  { firstName: 'Manon', lastName: 'Leroy', jobTitle: 'Assistante administrative, service éducation', role: 'reader', services: ['education'] },
];
