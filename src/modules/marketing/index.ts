import { MarketingResolver } from './marketing.resolver';
import { marketingRules } from './marketing.rules';

// Renewals, the marketing audience, training announcements and opt-outs of the card-training register.
// Plain rows, no entities.
export const marketingModule = {
  entities: [],
  resolvers: [MarketingResolver],
  rules: marketingRules,
} as const;
