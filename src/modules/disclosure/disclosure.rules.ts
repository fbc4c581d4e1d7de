import { allow, and, or } from 'graphql-shield';
import type { IRules } from 'graphql-shield';
import { actsForController, actsForProcessor, controllerOversight, hasRole } from '../../auth/rules';
import { Role } from '../../auth/roles';

// DOMAIN.md §2.2 and §3: a disclosure happens only on the person's written request or an authority's
// demand, and only the controller decides it. Eduro's office staff and DPO register and prepare requests,
// also in rovaniemi-guidance where Eduro is the processor; the controller's own officers or DPO decide and
// execute (in Eduro's registers Eduro's DPO; in rovaniemi-guidance only the city's CONTROLLER_OFFICER or
// DPO). Coaches, trainers, referrers and administrators take no part.
const prepares = and(hasRole(Role.OFFICE, Role.DPO, Role.CONTROLLER_OFFICER), or(actsForController, actsForProcessor));

// Execution hands the full package to the executor: that is the controller's act, like the decision.
const controllerDecides = controllerOversight;

export const disclosureRules: IRules = {
  Query: {
    disclosureRequests: prepares,
    disclosureRequest: prepares,
  },
  Mutation: {
    registerDisclosureRequest: prepares,
    recordTransferSafeguards: prepares,
    decideDisclosureRequest: controllerDecides,
    executeDisclosure: controllerDecides,
  },
  // Reached only through the operations above.
  DisclosureRequest: allow,
  DisclosureRecipient: allow,
  DisclosureBasis: allow,
  DpoAssessment: allow,
  TransferSafeguardsView: allow,
  DisclosureExecution: allow,
};
