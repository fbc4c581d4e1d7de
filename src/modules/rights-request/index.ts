import { RectificationResolver } from './rectification.resolver';
import { RightsRequestResolver } from './rights-request.resolver';
import { rightsRequestRules } from './rights-request.rules';

export const rightsRequestModule = {
  entities: [],
  resolvers: [RightsRequestResolver, RectificationResolver],
  rules: rightsRequestRules,
} as const;
