import { RetentionResolver } from './retention.resolver';
import { retentionRules } from './retention.rules';

export const retentionModule = {
  entities: [],
  resolvers: [RetentionResolver],
  rules: retentionRules,
} as const;
