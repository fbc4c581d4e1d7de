import { Company, Enrolment, PendingContactChange } from './enrolment.entities';
import { EnrolmentResolver } from './enrolment.resolver';
import { enrolmentRules } from './enrolment.rules';
import { OnsiteFormResolver } from './onsite.resolver';

export const enrolmentModule = {
  entities: [Company, Enrolment, PendingContactChange],
  resolvers: [EnrolmentResolver, OnsiteFormResolver],
  rules: enrolmentRules,
} as const;
