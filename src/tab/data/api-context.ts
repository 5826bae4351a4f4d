import { createContext, useContext } from 'react';
import type { ApiClient } from '../api/api-client';
import type { sharedLoaders } from './loaders';
import type { QueryCache } from './query-cache';

export interface ApiContextValue {
  client: ApiClient;
  cache: QueryCache;
  loaders: ReturnType<typeof sharedLoaders>;
}

export const ApiContext = createContext<ApiContextValue | undefined>(undefined);

/** The API client and the query cache of the app. */
export function useApi(): ApiContextValue {
  const value = useContext(ApiContext);
  if (!value) throw new Error('useApi() outside <ApiContext.Provider>');
  return value;
}
