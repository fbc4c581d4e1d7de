import { GuidanceEntry, StatementRelease } from './entry.entities';

export const entryModule = {
  entities: [GuidanceEntry, StatementRelease],
  resolvers: [],
  rules: {},
} as const;
