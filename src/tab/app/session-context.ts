import { createContext, useContext } from 'react';
import type { Language } from '../i18n/languages';

/** Choices of the person at the screen: language and, against a development server, the demo identity. */
export interface Session {
  language: Language;
  setLanguage: (language: Language) => void;
  devUserId: string | undefined;
  setDevUserId: (id: string | undefined) => void;
}

export const SessionContext = createContext<Session | undefined>(undefined);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() outside <SessionContext.Provider>');
  return session;
}
