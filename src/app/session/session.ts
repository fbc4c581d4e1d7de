import { CombinedGraphQLErrors, type ApolloClient } from '@apollo/client';
import { AppRefreshSessionDocument, type AppAuthPayloadFragment } from '../gql/graphql';

// The signed-in session of this browser tab: a short-lived access token and a single-use refresh token,
// kept in sessionStorage (gone when the tab closes, never shared with other tabs). The access token is
// renewed shortly before it expires, and once more when the server answers UNAUTHENTICATED; when the
// refresh token no longer works the session ends and the app sends the user to sign in, remembering the page.

export type Session = AppAuthPayloadFragment;
export type SessionEnd = 'signedOut' | 'expired';

const STORAGE_KEY = 'kaira.session';
const END_KEY = 'kaira.sessionEnd'; // kept over a reload of the login page
const RENEW_BEFORE_MS = 30_000;

let current: Session | null = load();
let ended = storedEnd();
let refreshing: Promise<Session | null> | null = null;
let refreshClient: ApolloClient | null = null;
const listeners = new Set<() => void>();

function load(): Session | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

function storedEnd(): SessionEnd | null {
  try {
    const value = sessionStorage.getItem(END_KEY);
    return value === 'expired' || value === 'signedOut' ? value : null;
  } catch {
    return null;
  }
}

function notify(): void {
  listeners.forEach((listener) => listener());
}

export function getSession(): Session | null {
  return current;
}

/** Why the last session ended, until the next sign-in. */
export function sessionEnd(): SessionEnd | null {
  return ended;
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function startSession(session: Session): void {
  current = session;
  ended = null;
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  sessionStorage.removeItem(END_KEY);
  notify();
}

export function endSession(reason: SessionEnd): void {
  if (!current) return;
  current = null;
  ended = reason;
  sessionStorage.removeItem(STORAGE_KEY);
  sessionStorage.setItem(END_KEY, reason);
  notify();
}

/** The client refreshSession goes through (no auth link of its own, so no loop). */
export function setRefreshClient(client: ApolloClient): void {
  refreshClient = client;
}

/** An access token that is valid for a while yet, renewing it first when it is about to expire. */
export async function accessToken(): Promise<string | null> {
  if (!current) return null;
  if (Date.parse(current.accessTokenExpiresAt) - Date.now() > RENEW_BEFORE_MS) return current.accessToken;
  return (await renew())?.accessToken ?? null;
}

/** Exchanges the refresh token once; parallel callers share the one exchange (the token works only once). */
export function renew(): Promise<Session | null> {
  refreshing ??= exchange().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

async function exchange(): Promise<Session | null> {
  const session = current;
  if (!session || !refreshClient) return null;
  try {
    const { data } = await refreshClient.mutate({
      mutation: AppRefreshSessionDocument,
      variables: { input: { refreshToken: session.refreshToken } },
    });
    if (!data) throw new Error('no session in the answer');
    startSession(data.refreshSession);
    return data.refreshSession;
  } catch (error) {
    // The server refused the refresh token (used, ended or expired): sign in again. A network failure
    // keeps the session: the next request tries again.
    if (CombinedGraphQLErrors.is(error)) {
      endSession('expired');
      return null;
    }
    throw error;
  }
}
