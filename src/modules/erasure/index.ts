import { ErasureResolver } from './erasure.resolver';
import { erasureRules } from './erasure.rules';

export { activeHolds, type ActiveHold, type HoldSource } from './legal-hold.service';

export const erasureModule = {
  entities: [],
  resolvers: [ErasureResolver],
  rules: erasureRules,
} as const;
