import { ObjectionResolver } from './objection.resolver';
import { objectionRules } from './objection.rules';

export { hasMarketingObjection, isProcessingObjected } from './objection-state';

export const objectionModule = {
  entities: [],
  resolvers: [ObjectionResolver],
  rules: objectionRules,
} as const;
