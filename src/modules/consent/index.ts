import { ConsentRecord } from './consent-record.entity';
import { ConsentResolver } from './consent.resolver';
import { consentRules } from './consent.rules';

export const consentModule = {
  entities: [ConsentRecord],
  resolvers: [ConsentResolver],
  rules: consentRules,
} as const;
