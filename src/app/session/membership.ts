import { createContext, useContext } from 'react';
import type { AppMembershipFragment, Role } from '../gql/graphql';

// What the signed-in user may do in the tenant they work in. These mirror Kaira's shield rules only to
// decide what to show; Kaira decides every operation itself (FORBIDDEN is shown in words if they differ).

export type Membership = AppMembershipFragment;

export const has = (m: Membership, ...roles: Role[]): boolean => roles.some((r) => m.roles.includes(r));
export const guidance = (m: Membership): boolean => m.tenant.registerKind === 'GUIDANCE';
export const cardTraining = (m: Membership): boolean => m.tenant.registerKind === 'CARD_TRAINING';
/** The controller's DPO or officers: oversight of the register (DOMAIN.md §3). */
export const oversight = (m: Membership): boolean => has(m, 'DPO', 'CONTROLLER_OFFICER') && m.actsFor === 'CONTROLLER';
export const controllersDpo = (m: Membership): boolean => has(m, 'DPO') && m.actsFor === 'CONTROLLER';

export const can = {
  listClients: (m: Membership) => guidance(m) && (has(m, 'COACH', 'OFFICE') || oversight(m)),
  readConsent: (m: Membership) => guidance(m) && (has(m, 'COACH', 'OFFICE') || oversight(m)),
  readEntries: (m: Membership) => guidance(m) && (has(m, 'COACH') || oversight(m)),
  writeEntries: (m: Membership) => guidance(m) && has(m, 'COACH'),
  openEmergencyAccess: (m: Membership) => guidance(m) && has(m, 'COACH'),
  // DOMAIN.md §6: showing the full henkilötunnus is a logged act with a purpose; office and the controller's oversight.
  revealIdentityCode: (m: Membership) => has(m, 'OFFICE') || oversight(m),
  readSurveys: (m: Membership) => guidance(m) && (has(m, 'COACH', 'OFFICE') || oversight(m)),
  writeSurveys: (m: Membership) => guidance(m) && has(m, 'COACH', 'OFFICE'),
  readSurveyAnswers: (m: Membership) => guidance(m) && (has(m, 'COACH') || oversight(m)),
  readSessions: (m: Membership) => cardTraining(m) && (has(m, 'OFFICE', 'TRAINER') || controllersDpo(m)),
  readUseLog: (m: Membership) => controllersDpo(m),
  // The register's people (names, masked henkilötunnus): office and the controller's oversight.
  readPeople: (m: Membership) => has(m, 'OFFICE') || oversight(m),
  // DOMAIN.md §3, §4: the controller's people and the staff processing the register prepare rights
  // requests; only the controller's DPO or officers decide (complete, refuse, extend).
  readRightsRequests: (m: Membership) => m.actsFor !== 'OTHER_PARTY' && has(m, 'OFFICE', 'DPO', 'CONTROLLER_OFFICER'),
  decideRightsRequests: (m: Membership) => oversight(m),
  // §2.2: office and DPOs register and prepare disclosures; only the controller decides them.
  readDisclosures: (m: Membership) => m.actsFor !== 'OTHER_PARTY' && has(m, 'OFFICE', 'DPO', 'CONTROLLER_OFFICER'),
  decideDisclosures: (m: Membership) => oversight(m),
  // Card training: office and the session's trainers record at the training; office runs the renewals.
  recordAtTraining: (m: Membership) => cardTraining(m) && has(m, 'OFFICE', 'TRAINER'),
  readExpiringCards: (m: Membership) => cardTraining(m) && has(m, 'OFFICE'),
};

export const MembershipContext = createContext<Membership | null>(null);

/** The membership in the tenant of the current page (inside a tenant's routes). */
export function useMembership(): Membership {
  const membership = useContext(MembershipContext);
  if (!membership) throw new Error('useMembership outside a tenant');
  return membership;
}

/** A path inside the current tenant: tenantPath('clients/…') → /<tenant>/clients/…. */
export function useTenantPath(): (path: string) => string {
  const slug = useMembership().tenant.slug;
  return (path) => `/${slug}/${path}`;
}
