import { ApiKey } from './api-key.entity';
import { ApiKeyResolver } from './api-key.resolver';
import { apiKeyRules } from './api-key.rules';

export const apiKeyModule = {
  entities: [ApiKey],
  resolvers: [ApiKeyResolver],
  rules: apiKeyRules,
} as const;
