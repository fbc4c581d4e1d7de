import { LogsResolver } from './logs.resolver';
import { logsRules } from './logs.rules';

export const logsModule = {
  entities: [],
  resolvers: [LogsResolver],
  rules: logsRules,
} as const;
