import { allow, and, or } from 'graphql-shield';
import type { IRules } from 'graphql-shield';
import { actsForController, actsForProcessor, hasRole, isPublic } from '../../auth/rules';
import { Role } from '../../auth/roles';

// GDPR 12-14: the privacy notice is given to everyone whose data is collected, before any login.
// GDPR 30: the records are the organisations' own documentation, kept for the supervisory authority
// (30(4)); staff who answer for them read them: the DPO and user administration (ADMIN, who keeps the
// access rights the records describe). The processor's record is the processor's (Eduro's in
// rovaniemi-guidance): its DPO and ADMIN, and the controller's DPO, who oversees the processor (28(3)(h)).
export const privacyNoticeRules: IRules = {
  Query: {
    privacyNotice: isPublic,
    controllerProcessingRecord: hasRole(Role.DPO, Role.ADMIN),
    processorProcessingRecord: or(
      and(hasRole(Role.DPO, Role.ADMIN), actsForProcessor),
      and(hasRole(Role.DPO), actsForController),
    ),
  },
  PrivacyNotice: allow,
  NoticeSection: allow,
  ProcessingRecord: allow,
  ProcessingRecordItem: allow,
};
