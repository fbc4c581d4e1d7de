import { Person, PersonRevision } from './person.entity';
import { PersonResolver } from './person.resolver';
import { personRules } from './person.rules';

export const personModule = {
  entities: [Person, PersonRevision],
  resolvers: [PersonResolver],
  rules: personRules,
} as const;
