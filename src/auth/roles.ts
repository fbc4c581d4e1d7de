import { registerEnumType } from 'type-graphql';

// The principals of DOMAIN.md §3. A membership carries one or more of these in one tenant.
export enum Role {
  COACH = 'COACH',
  OFFICE = 'OFFICE',
  TRAINER = 'TRAINER',
  DPO = 'DPO',
  CONTROLLER_OFFICER = 'CONTROLLER_OFFICER',
  REFERRER = 'REFERRER',
  ADMIN = 'ADMIN',
  INTEGRATION = 'INTEGRATION',
}
registerEnumType(Role, { name: 'Role', description: 'What a member may do in a tenant (DOMAIN.md §3)' });

/** Whom a member's organisation is to the tenant: its controller, its processor, or another party. */
export enum ActsFor {
  CONTROLLER = 'CONTROLLER',
  PROCESSOR = 'PROCESSOR',
  OTHER_PARTY = 'OTHER_PARTY',
}
registerEnumType(ActsFor, {
  name: 'ActsFor',
  description: "Whether the principal's organisation is the tenant's controller, its processor, or another party",
});

export const ALL_ROLES: readonly Role[] = Object.values(Role);
