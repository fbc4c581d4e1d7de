import { allow } from 'graphql-shield';
import type { IRules } from 'graphql-shield';
import { isAuthenticated, isPublic } from '../../auth/rules';

export const accountRules: IRules = {
  Query: {
    me: isAuthenticated,
  },
  Mutation: {
    // Signing in and refreshing carry their own credentials (password, refresh token).
    login: isPublic,
    refreshSession: isPublic,
    logout: isAuthenticated,
  },
  // Reached only through the operations above, which decide who may see them.
  AuthPayload: allow,
  Me: allow,
  TenantMembership: allow,
  User: allow,
};
