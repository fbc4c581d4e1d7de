import { Company, Enrolment, PendingContactChange } from './enrolment.entities';
import { EnrolmentResolver } from './enrolment.resolver';
import { enrolmentRules } from './enrolment.rules';
import { SessionSeatsResolver } from './session-seats.resolver';
import { OnsiteFormResolver } from './onsite.resolver';

export const enrolmentModule = {
  entities: [Company, Enrolment, PendingContactChange],
  resolvers: [EnrolmentResolver, SessionSeatsResolver, OnsiteFormResolver],
  rules: enrolmentRules,
} as const;
