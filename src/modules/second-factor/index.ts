import { UserRecoveryCode, UserSecondFactor } from './second-factor.entities';
import { SecondFactorResolver } from './second-factor.resolver';
import { secondFactorRules } from './second-factor.rules';

export const secondFactorModule = {
  entities: [UserSecondFactor, UserRecoveryCode],
  resolvers: [SecondFactorResolver],
  rules: secondFactorRules,
} as const;
