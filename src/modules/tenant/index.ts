import { allow } from 'graphql-shield';
import { Organisation } from '../organisation/organisation.entity';
import { Tenant } from './tenant.entity';
import { TenantResolver } from './tenant.resolver';

export const tenantModule = {
  entities: [Tenant, Organisation],
  resolvers: [TenantResolver],
  // Who controls and processes a register is public (it is in every privacy notice).
  rules: { Tenant: allow, Organisation: allow },
} as const;
