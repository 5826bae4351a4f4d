import { useMemo } from 'react';
import type { Person, Service } from '../../api/records';
import { useApi } from '../api-context';
import { keys } from '../query-keys';
import { useQuery, type QueryResult } from '../use-query';

/** Every service of the administration. */
export function useServices(): QueryResult<Service[]> {
  return useQuery<Service[]>(keys.services, useApi().loaders.services);
}

/** Every person known to the store. */
export function usePeople(): QueryResult<Person[]> {
  return useQuery<Person[]>(keys.people, useApi().loaders.people);
}

/** Names of services and people by id, for display. */
export interface Directory {
  services: Service[];
  people: Person[];
  serviceName: (id: string | undefined) => string | undefined;
  personName: (id: string | undefined) => string | undefined;
}

/** Services and people, with lookups by id. */
export function useDirectory(): Directory {
  const services = useServices().data;
  const people = usePeople().data;
  return useMemo(() => {
    const serviceById = new Map((services ?? []).map((s) => [s.id, s]));
    const personById = new Map((people ?? []).map((p) => [p.id, p]));
    return {
      services: services ?? [],
      people: people ?? [],
      serviceName: (id) => (id === undefined ? undefined : serviceById.get(id)?.name),
      personName: (id) => (id === undefined ? undefined : personById.get(id)?.displayName),
    };
  }, [services, people]);
}
