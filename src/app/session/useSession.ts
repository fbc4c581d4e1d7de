import { useSyncExternalStore } from 'react';
import { getSession, subscribeSession, type Session } from './session';

/** The signed-in session; the component renders again when it starts, is renewed or ends. */
export function useSession(): Session | null {
  return useSyncExternalStore(subscribeSession, getSession);
}
