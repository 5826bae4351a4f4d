import type { Random } from '../src/app/seed/random.js';
import type { Mandate, Person, Role, Service } from '../src/domain/entities/index.js';
import { mailSlug, pad, seededUuid } from './generator-helpers.js';
import { DIRECTORATES, FIRST_NAMES, LAST_NAMES, SERVICE_NAMES } from './metropole-vocabulary.data.js';

/** The administrator the bench authenticates as. */
export const ADMIN_ID = 'pers-admin';
const MAIL_DOMAIN = 'metropole-val-de-loire.fr';

export const METROPOLE_MANDATE: Mandate = {
  id: 'mandate',
  collectivityName: 'Métropole du Val-de-Loire',
  collectivityKind: 'metropole',
  population: 742_500,
  startDate: '2026-04-16',
  endDate: '2032-04-15',
  midTermDate: '2029-04-16',
};

export interface Organisation {
  services: Service[];
  people: Person[];
  /** Operational services (not directorates): what actions are assigned to. */
  operationalServiceIds: string[];
  electedIds: string[];
  /** Who may own an action of each service: its head and its agents. */
  staffByService: Map<string, string[]>;
}

/** 8 directorates and their operational services, up to `count` in all. */
function buildServices(count: number): Service[] {
  const directorates = DIRECTORATES.map((d, i): Service => ({ id: `svc-${pad(i + 1, 3)}`, name: d.name, code: d.code }));
  const operational = Array.from({ length: Math.max(0, count - directorates.length) }, (_, i): Service => {
    const name = SERVICE_NAMES[i % SERVICE_NAMES.length] ?? 'Service';
    const round = Math.floor(i / SERVICE_NAMES.length);
    return {
      id: `svc-${pad(directorates.length + i + 1, 3)}`,
      name: round === 0 ? `Service ${name}` : `Service ${name} ${round + 1}`,
      code: `S${pad(i + 1, 3)}`,
      parentId: directorates[(i % (directorates.length - 1)) + 1]?.id,
    };
  });
  return [...directorates, ...operational];
}

function person(random: Random, index: number, role: Role, jobTitle: string, serviceIds: string[]): Person {
  const firstName = random.pick(FIRST_NAMES);
  const lastName = random.pick(LAST_NAMES);
  return {
    id: `pers-${pad(index, 3)}`,
    ...(random.chance(0.7) ? { entraObjectId: seededUuid(random) } : {}),
    displayName: `${firstName} ${lastName}`,
    email: `${mailSlug(firstName, lastName)}.${index}@${MAIL_DOMAIN}`,
    jobTitle,
    role,
    serviceIds,
  };
}

/** Services with their heads, elected officials, a pilotage team and agents; `pers-admin` first. */
export function buildOrganisation(random: Random, sizes: { services: number; people: number }): Organisation {
  const services = buildServices(sizes.services);
  const [dgs] = services;
  const admin: Person = {
    id: ADMIN_ID,
    displayName: 'Marc Tessier',
    email: `marc.tessier@${MAIL_DOMAIN}`,
    jobTitle: 'Administrateur fonctionnel de Cap Mandat',
    role: 'administrator',
    serviceIds: dgs ? [dgs.id] : [],
  };
  const people: Person[] = [admin];
  const next = (role: Role, jobTitle: string, serviceIds: string[]): Person => {
    const p = person(random, people.length, role, jobTitle, serviceIds);
    people.push(p);
    return p;
  };
  const staffByService = new Map<string, string[]>(services.map((s) => [s.id, []]));

  const electedCount = Math.round(sizes.people * 0.2);
  const electedTitle = (i: number): string =>
    i === 0 ? 'Président de la métropole' : i < 16 ? `Vice-président n° ${i}` : 'Conseiller métropolitain délégué';
  const electedIds = Array.from({ length: electedCount }, (_, i) => next('elected', electedTitle(i), []).id);
  for (let i = 0; i < 6; i += 1) next('pilotage', 'Chargé de mission pilotage et évaluation', dgs ? [dgs.id] : []);
  for (const service of services) {
    const head = next('service_head', `Responsable — ${service.name}`, [service.id]);
    service.headPersonId = head.id;
    staffByService.get(service.id)?.push(head.id);
  }
  const operational = services.filter((s) => s.parentId !== undefined);
  while (people.length < sizes.people) {
    const home = random.pick(operational);
    const extra = random.chance(0.15) ? [random.pick(operational).id].filter((id) => id !== home.id) : [];
    const agent = next('reader', 'Chargé de projet', [home.id, ...extra]);
    staffByService.get(home.id)?.push(agent.id);
  }
  return { services, people, operationalServiceIds: operational.map((s) => s.id), electedIds, staffByService };
}
