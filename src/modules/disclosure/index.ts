import { DisclosureResolver } from './disclosure.resolver';
import { disclosureRules } from './disclosure.rules';

export const disclosureModule = {
  entities: [],
  resolvers: [DisclosureResolver],
  rules: disclosureRules,
} as const;
