import { allow, and } from 'graphql-shield';
import type { IRules } from 'graphql-shield';
import { hasRole, isPublic, publicRegisterIs, registerIs } from '../../auth/rules';
import { Role } from '../../auth/roles';
import { RegisterKind } from '../tenant/tenant.entity';

// DOMAIN.md §2.1 and §3: the personal-data form at the training is filled in with OFFICE or the session's
// TRAINER (onsite.service.ts narrows a trainer to sessions they teach); FORBIDDEN in the guidance registers.
const atTraining = and(registerIs(RegisterKind.CARD_TRAINING), hasRole(Role.OFFICE, Role.TRAINER));

// DOMAIN.md §2.1: the public web enrolment form (no login) is a source of the card-training register only;
// both guidance tenants get FORBIDDEN. The tenant comes from the Kaira-Tenant header; any credentials sent
// along are ignored (the subject enrols themself).
export const enrolmentRules: IRules = {
  Mutation: {
    enrol: and(isPublic, publicRegisterIs(RegisterKind.CARD_TRAINING)),
    recordParticipant: atTraining,
    completeParticipantData: atTraining,
    decideContactChange: atTraining,
  },
  // The receipt holds no stored personal data (enrolment.types.ts).
  EnrolmentReceipt: allow,
  EnrolmentSession: allow,
};
