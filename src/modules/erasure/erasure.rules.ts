import { allow, and } from 'graphql-shield';
import type { IRules } from 'graphql-shield';
import { actsForController, controllerOversight, hasRole } from '../../auth/rules';
import { Role } from '../../auth/roles';

// GDPR 17 and DOMAIN.md §3: completing an erasure request is the controller's decision — Eduro's DPO in
// Eduro's registers, the city's officer or DPO in rovaniemi-guidance; Eduro's staff there never decide.
// Legal holds are recorded by the controller's own staff (its office, DPO or officers): the controller
// knows its invoices, collection cases, authorities' processes and court orders.
const controllersStaff = and(actsForController, hasRole(Role.OFFICE, Role.DPO, Role.CONTROLLER_OFFICER));

export const erasureRules: IRules = {
  Query: {
    legalHolds: controllersStaff,
    erasureCertificate: controllerOversight,
  },
  Mutation: {
    recordLegalHold: controllersStaff,
    eraseOnRequest: controllerOversight,
  },
  LegalHold: allow,
  ErasureCertificate: allow,
  ErasedCategory: allow,
  KeptCategory: allow,
  HoldReference: allow,
};
