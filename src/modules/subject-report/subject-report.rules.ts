import { allow } from 'graphql-shield';
import type { IRules } from 'graphql-shield';
import { preparesRightsRequest } from '../rights-request/rights-request.rules';

// DOMAIN.md §3: Eduro's staff may prepare the material of a rights request (in rovaniemi-guidance for the
// city, which decides whether and when it is handed out); the controller's people may too. A coach
// prepares only for an assigned client (rights-request.rows.ts). Every report needs the requester's
// identity checked first (GDPR 12(6)): subject-data.ts refuses with IDENTITY_NOT_VERIFIED.
export const subjectReportRules: IRules = {
  Query: {
    accessReport: preparesRightsRequest,
    accessReportHtml: preparesRightsRequest,
    logReport: preparesRightsRequest,
    portabilityExport: preparesRightsRequest,
  },
  LogReport: allow,
  LogReportUse: allow,
  LogReportDisclosure: allow,
};
