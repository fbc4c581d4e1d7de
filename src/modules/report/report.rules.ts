import { allow, and, or } from 'graphql-shield';
import type { IRules } from 'graphql-shield';
import { controllerOversight, hasRole, memberRule, registerIs } from '../../auth/rules';
import { ActsFor, Role } from '../../auth/roles';
import { forbidden } from '../../errors';
import { RegisterKind } from '../tenant/tenant.entity';

// The controller's own reporting system: an INTEGRATION key acting for the tenant's controller
// (DOMAIN.md §3: the controller oversees its register; a key is issued for the controller).
const controllerIntegration = memberRule('report.controllerIntegration', ({ membership }) =>
  membership.roles.has(Role.INTEGRATION) && membership.actsFor === ActsFor.CONTROLLER
    ? true
    : forbidden("this needs the controller's own integration"),
);

export const reportRules: IRules = {
  Query: {
    // DOMAIN.md §3: OFFICE handles enrolments and billing; the billing system pulls the same export.
    billingExport: and(registerIs(RegisterKind.CARD_TRAINING), hasRole(Role.OFFICE, Role.INTEGRATION)),
    // DOMAIN.md §1, §3: the controller's officers and DPO oversee the register; its reporting system too.
    servicePeriodReport: and(registerIs(RegisterKind.GUIDANCE), or(controllerOversight, controllerIntegration)),
  },
  BillingExportRow: allow,
  ServicePeriodReportRow: allow,
};
