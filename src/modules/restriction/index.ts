import { RestrictionResolver } from './restriction.resolver';
import { restrictionRules } from './restriction.rules';

export const restrictionModule = {
  entities: [],
  resolvers: [RestrictionResolver],
  rules: restrictionRules,
} as const;
