import { allow, and, or } from 'graphql-shield';
import type { IRules } from 'graphql-shield';
import { actsForController, controllerOversight, hasRole, registerIs } from '../../auth/rules';
import { Role } from '../../auth/roles';
import { RegisterKind } from '../tenant/tenant.entity';

// Entries and statements of the guidance registers (DOMAIN.md §2.2, §3; issue 4 items 3, 5, 6 and 8).
// The rules admit roles; the service then opens the client (client-access.ts): a coach needs an
// assignment or emergency access, a referrer a referral. Card training has none of this: FORBIDDEN there.
const guidance = registerIs(RegisterKind.GUIDANCE);

// Issue 4 item 3: coaches write entries; the controller's officers and DPO read but do not write
// coaching entries; office staff never see coaching content (DOMAIN.md §3).
const writesEntries = and(guidance, hasRole(Role.COACH));
const readsEntries = and(guidance, or(hasRole(Role.COACH), controllerOversight));

// DOMAIN.md §3: the referring party sees only statements released to its organisation.
const readsStatements = and(guidance, or(hasRole(Role.COACH, Role.REFERRER), controllerOversight));

// DOMAIN.md §2.2 and §3: a disclosure is the controller's decision. In eduro-guidance Eduro is the
// controller (its coach with a client relationship, or its DPO); in rovaniemi-guidance only the city
// (its officers or DPO): Eduro, the processor there, cannot decide.
const releasesStatements = and(guidance, actsForController, hasRole(Role.COACH, Role.DPO, Role.CONTROLLER_OFFICER));

export const entryRules: IRules = {
  Query: {
    clientEntries: readsEntries,
    releasedStatements: readsStatements,
  },
  Mutation: {
    addEntry: writesEntries,
    correctEntry: writesEntries,
    releaseStatement: releasesStatements,
  },
  // Reached only through the operations above.
  GuidanceEntry: allow,
  EntryVersion: allow,
  ReleasedStatement: allow,
};
