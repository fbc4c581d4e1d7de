import { AccountResolver } from './account.resolver';
import { accountRules } from './account.rules';
import { AuthSession, RefreshToken } from './auth-session.entity';
import { Membership } from './membership.entity';
import { UserAccount } from './user-account.entity';

export const accountModule = {
  entities: [UserAccount, AuthSession, RefreshToken, Membership],
  resolvers: [AccountResolver],
  rules: accountRules,
} as const;
