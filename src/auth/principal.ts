import type { ActsFor, Role } from './roles';

/** Who is acting: a signed-in user, and in the named tenant their membership. */
export interface Principal {
  userId: string;
  sessionId: string;
  /** Null when the request names no tenant. */
  membership: Membership | null;
}

export interface Membership {
  tenantId: string;
  organisationId: string;
  roles: ReadonlySet<Role>;
  actsFor: ActsFor;
}
