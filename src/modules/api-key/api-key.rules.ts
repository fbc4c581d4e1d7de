import { allow } from 'graphql-shield';
import type { IRules } from 'graphql-shield';
import { hasRole } from '../../auth/rules';
import { Role } from '../../auth/roles';

// DOMAIN.md §3: ADMIN administers "memberships and keys; no client content". Only an ADMIN of the tenant the
// request names manages that tenant's keys; every other role, and ADMINs of other tenants, get FORBIDDEN.
const tenantAdmin = hasRole(Role.ADMIN);

export const apiKeyRules: IRules = {
  Query: {
    apiKeys: tenantAdmin,
  },
  Mutation: {
    createApiKey: tenantAdmin,
    rotateApiKey: tenantAdmin,
    revokeApiKey: tenantAdmin,
  },
  // Reached only through the operations above; no secret hash is a field.
  ApiKey: allow,
  ApiKeySecret: allow,
};
