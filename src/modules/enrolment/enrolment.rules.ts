import { allow, and } from 'graphql-shield';
import type { IRules } from 'graphql-shield';
import { isPublic, publicRegisterIs } from '../../auth/rules';
import { RegisterKind } from '../tenant/tenant.entity';

// DOMAIN.md §2.1: the public web enrolment form (no login) is a source of the card-training register only;
// both guidance tenants get FORBIDDEN. The tenant comes from the Kaira-Tenant header; any credentials sent
// along are ignored (the subject enrols themself).
export const enrolmentRules: IRules = {
  Mutation: {
    enrol: and(isPublic, publicRegisterIs(RegisterKind.CARD_TRAINING)),
  },
  // The receipt holds no stored personal data (enrolment.types.ts).
  EnrolmentReceipt: allow,
  EnrolmentSession: allow,
};
