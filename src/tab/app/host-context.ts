import { createContext, useContext } from 'react';
import type { Host } from '../teams/host';

export const HostContext = createContext<Host | undefined>(undefined);

/** Where the tab runs (Teams surface or browser) and the Teams capabilities. */
export function useHost(): Host {
  const host = useContext(HostContext);
  if (!host) throw new Error('useHost() outside <HostContext.Provider>');
  return host;
}
