import { allow, and, or } from 'graphql-shield';
import type { IRules } from 'graphql-shield';
import { actsForController, hasRole, isPublic, registerIs } from '../../auth/rules';
import { Role } from '../../auth/roles';
import { RegisterKind } from '../tenant/tenant.entity';

// Renewal and marketing belong to the card-training register (DOMAIN.md §2.1): FORBIDDEN in both guidance
// tenants. §3: OFFICE runs the register, its renewals and announcements; the controller's DPO reads and
// records an opt-out for a rights request; a TRAINER works with sessions, not marketing.
const training = (rule: Parameters<typeof and>[0]) => and(registerIs(RegisterKind.CARD_TRAINING), rule);

const runsMarketing = training(hasRole(Role.OFFICE));
const handlesOptOuts = training(or(hasRole(Role.OFFICE), and(hasRole(Role.DPO), actsForController)));

export const marketingRules: IRules = {
  Query: {
    expiringCards: runsMarketing,
    marketingAudience: runsMarketing,
    marketingOptOut: handlesOptOuts,
  },
  Mutation: {
    sendTrainingAnnouncement: runsMarketing,
    recordMarketingOptOut: handlesOptOuts,
    // DOMAIN.md §3: the data subject opts out by one-time token, without an account; the token decides.
    unsubscribe: isPublic,
  },
  // Reached only through the operations above.
  ExpiringCard: allow,
  MarketingAudienceSize: allow,
  TrainingAnnouncementSent: allow,
  MarketingOptOut: allow,
  Unsubscribed: allow,
};
