import { allow, and, or } from 'graphql-shield';
import type { IRules } from 'graphql-shield';
import { controllerOversight, hasRole, registerIs } from '../../auth/rules';
import { Role } from '../../auth/roles';
import { RegisterKind } from '../tenant/tenant.entity';

// The written-consent ledger of the guidance registers (DOMAIN.md §2.2; issue 4 items 4 and 8). The rules
// admit roles; the service then opens the client (client-access.ts) and refuses a coach without a client
// relationship. Card training has no consent ledger: FORBIDDEN in eduro-training.
const guidance = registerIs(RegisterKind.GUIDANCE);

// DOMAIN.md §3: coaches (their clients) and office staff record consent — processing, which Eduro does in
// both registers, also as the city's processor.
const recordsConsent = and(guidance, hasRole(Role.COACH, Role.OFFICE));

// Those who record it read it, and the controller oversees it. The referring party never: it sees only
// statements released to it (DOMAIN.md §3).
const readsConsent = and(guidance, or(hasRole(Role.COACH, Role.OFFICE), controllerOversight));

export const consentRules: IRules = {
  Query: {
    consentLedger: readsConsent,
    consentStatus: readsConsent,
  },
  Mutation: {
    recordConsent: recordsConsent,
    // GDPR 7(3): withdrawing is as easy as giving: whoever records consent records its withdrawal.
    withdrawConsent: recordsConsent,
  },
  // Reached only through the operations above.
  ConsentLedgerEntry: allow,
  ConsentStatus: allow,
  ConsentCategoryStatus: allow,
  CategoryName: allow,
};
