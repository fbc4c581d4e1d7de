import { GuidanceEntry, StatementRelease } from './entry.entities';
import { EntryResolver } from './entry.resolver';
import { entryRules } from './entry.rules';

export const entryModule = {
  entities: [GuidanceEntry, StatementRelease],
  resolvers: [EntryResolver],
  rules: entryRules,
} as const;
