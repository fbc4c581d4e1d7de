import { allow, and } from 'graphql-shield';
import type { IRules } from 'graphql-shield';
import { actsForController, hasRole } from '../../auth/rules';
import { Role } from '../../auth/roles';

// DOMAIN.md §5: the logs are readable by the controller's DPO; in rovaniemi-guidance that is the
// city's DPO, not Eduro's (Eduro is the processor there).
const controllersDpo = and(hasRole(Role.DPO), actsForController);

export const logsRules: IRules = {
  Query: {
    personUseLog: controllersDpo,
    verifyLogs: controllersDpo,
  },
  UseLogEntry: allow,
  LogVerification: allow,
};
