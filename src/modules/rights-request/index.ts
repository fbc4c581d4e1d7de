import { RightsRequestResolver } from './rights-request.resolver';
import { rightsRequestRules } from './rights-request.rules';

export const rightsRequestModule = {
  entities: [],
  resolvers: [RightsRequestResolver],
  rules: rightsRequestRules,
} as const;
