import { allow, and, or } from 'graphql-shield';
import type { IRules } from 'graphql-shield';
import { controllerIntegration, controllerOversight, hasRole, registerIs } from '../../auth/rules';
import { Role } from '../../auth/roles';
import { RegisterKind } from '../tenant/tenant.entity';

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
