import { allow } from 'graphql-shield';
import type { IRule, IRules } from 'graphql-shield';
import { controllerOversight, memberRule } from '../../auth/rules';
import { ActsFor, Role } from '../../auth/roles';
import { forbidden } from '../../errors';

// DOMAIN.md §3 and §4: a rights request belongs to the register's controller. Its own people (the DPO,
// in rovaniemi-guidance also the city's CONTROLLER_OFFICER) decide it; Eduro's staff who process the
// register (OFFICE, a COACH for their assigned clients — narrowed in the service — and Eduro's DPO where
// Eduro is only the processor) register and prepare the case but never decide. Referrers, trainers,
// administrators and outsiders have no part in it.

const PREPARING_ROLES = [Role.OFFICE, Role.COACH, Role.DPO, Role.CONTROLLER_OFFICER];

/** The controller's people, or the processor's staff working on the register: register and prepare. */
export const preparesRightsRequest: IRule = memberRule('rightsRequest.prepares', ({ membership }) =>
  membership.actsFor !== ActsFor.OTHER_PARTY && PREPARING_ROLES.some((r) => membership.roles.has(r))
    ? true
    : forbidden('rights requests are handled by the controller and the staff processing the register for it'),
);

/** GDPR 12, DOMAIN.md §3: only the controller's DPO or officers decide (complete, refuse, extend, rectify). */
export const decidesRightsRequest: IRule = controllerOversight;

export const rightsRequestRules: IRules = {
  Query: {
    rightsRequests: preparesRightsRequest,
    rightsRequestQueue: preparesRightsRequest,
    rightsRequest: preparesRightsRequest,
  },
  Mutation: {
    registerRightsRequest: preparesRightsRequest,
    matchRightsRequestPerson: preparesRightsRequest,
    verifyRequesterIdentity: preparesRightsRequest,
    startRightsRequest: preparesRightsRequest,
    extendRightsRequest: decidesRightsRequest,
    completeRightsRequest: decidesRightsRequest,
    refuseRightsRequest: decidesRightsRequest,
    setLogReportPeriod: decidesRightsRequest,
    rectifyPerson: decidesRightsRequest,
  },
  // Reached only through the operations above.
  RightsRequest: allow,
  RequesterIdentityCheck: allow,
  Rectification: allow,
};
