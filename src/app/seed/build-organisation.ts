import type { Person, Service } from '../../domain/entities/index.js';
import { foldText } from '../../domain/rules/text.js';
import type { PersonSpec, ServiceSpec } from './demo-data.types.js';

/** "Pierre-Yves Le Gall" → "pierre-yves-le-gall": lower case, no accents, words joined by hyphens. */
export function slugify(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export const personId = (slug: string): string => `pers-${slug}`;
export const serviceId = (slug: string): string => `svc-${slug}`;

/**
 * The Entra object id of the demo's n-th person: a fixed, recognisable GUID (`7a1e…`), so that the bot matches Teams
 * users to people in local trials (the Agents Playground's users are mapped to these in .m365agentsplayground.yml).
 */
export function demoEntraObjectId(index: number): string {
  return `7a1e0000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`;
}

/** Turns the people of the demo into Person records with readable ids and e-mails on the commune's domain. */
export function buildPeople(specs: readonly PersonSpec[], mailDomain: string): Person[] {
  return specs.map((p, index) => ({
    id: personId(slugify(`${p.firstName} ${p.lastName}`)),
    entraObjectId: demoEntraObjectId(index),
    displayName: `${p.firstName} ${p.lastName}`,
    email: `${slugify(p.firstName)}.${slugify(p.lastName)}@${mailDomain}`,
    jobTitle: p.jobTitle,
    role: p.role,
    serviceIds: (p.services ?? []).map(serviceId),
  }));
}

/** Turns the services of the demo into Service records; each head comes from the person who `heads` it. */
export function buildServices(specs: readonly ServiceSpec[], people: readonly PersonSpec[]): Service[] {
  return specs.map((s) => {
    const head = people.find((p) => p.heads === s.slug);
    return {
      id: serviceId(s.slug),
      name: s.name,
      code: s.code,
      ...(s.parent === undefined ? {} : { parentId: serviceId(s.parent) }),
      ...(head === undefined ? {} : { headPersonId: personId(slugify(`${head.firstName} ${head.lastName}`)) }),
    };
  });
}
