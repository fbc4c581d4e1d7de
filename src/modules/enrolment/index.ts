import { Company, Enrolment, PendingContactChange } from './enrolment.entities';
import { EnrolmentResolver } from './enrolment.resolver';
import { enrolmentRules } from './enrolment.rules';

export const enrolmentModule = {
  entities: [Company, Enrolment, PendingContactChange],
  resolvers: [EnrolmentResolver],
  rules: enrolmentRules,
} as const;
