import { allow, and, or } from 'graphql-shield';
import type { IRules } from 'graphql-shield';
import { actsForController, controllerOversight, hasRole, registerIs } from '../../auth/rules';
import { Role } from '../../auth/roles';
import { RegisterKind } from '../tenant/tenant.entity';

// Every operation here belongs to the client-guidance register (ARVI2): FORBIDDEN in eduro-training.
const guidance = (rule: Parameters<typeof and>[0]) => and(registerIs(RegisterKind.GUIDANCE), rule);

// DOMAIN.md §3: office staff keep contact and administrative data; the controller's officers and DPO
// read everything (controller oversight). In rovaniemi-guidance those are the city's people, not Eduro's.
const readsRegister = or(hasRole(Role.OFFICE), controllerOversight);

// Opening one client: coaches (assignment or emergency access), office staff, referrers (their own
// referrals) and the controller's people. openClient (client-access.ts) decides per client and basis.
const opensClients = or(hasRole(Role.COACH, Role.OFFICE, Role.REFERRER), controllerOversight);

// Recording clients, service periods and assignments is office work (the register's administrative data).
const keepsRegister = hasRole(Role.OFFICE);

// DOMAIN.md §2.2: emergency access is queued for review by the controller's DPO; in rovaniemi-guidance
// the city's DPO, not Eduro's (Eduro is the processor there).
const controllersDpo = and(hasRole(Role.DPO), actsForController);

export const clientRules: IRules = {
  Query: {
    // §2.2: a coach opens only clients with an active assignment.
    myClients: guidance(hasRole(Role.COACH)),
    clients: guidance(readsRegister),
    // §3: a referrer sees only the clients its organisation referred.
    referredClients: guidance(hasRole(Role.REFERRER)),
    client: guidance(opensClients),
    purchaserOrganisations: guidance(or(hasRole(Role.COACH, Role.OFFICE), controllerOversight)),
    emergencyAccessReviewQueue: guidance(controllersDpo),
  },
  Mutation: {
    registerClient: guidance(keepsRegister),
    updateClientProfile: guidance(keepsRegister),
    recordServicePeriod: guidance(keepsRegister),
    setServicePeriodStatus: guidance(keepsRegister),
    assignCoach: guidance(keepsRegister),
    endAssignment: guidance(keepsRegister),
    // §2.2: the logged emergency route is for a coach without a client relationship.
    openEmergencyAccess: guidance(hasRole(Role.COACH)),
    reviewEmergencyAccess: guidance(controllersDpo),
  },
  // Reached only through the operations above, which decide who may see them and log the read.
  Client: allow,
  ClientConnection: allow,
  ServicePeriod: allow,
  PurchaserOrganisation: allow,
  Assignment: allow,
  EmergencyAccess: allow,
};
