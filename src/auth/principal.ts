import type { ActsFor, Role } from './roles';

/** Who is acting: a signed-in user, and in the named tenant their membership. */
export interface Principal {
  userId: string;
  sessionId: string;
  /** Null when the request names no tenant. */
  membership: Membership | null;
  /** The session proved a second factor at sign-in (staff users; see src/auth/second-factor.ts). */
  secondFactor?: boolean;
  /** Set for an INTEGRATION principal signed in with an API key: userId and sessionId are the key's id. */
  apiKey?: { id: string; operations: readonly string[] };
}

export interface Membership {
  tenantId: string;
  organisationId: string;
  roles: ReadonlySet<Role>;
  actsFor: ActsFor;
}
