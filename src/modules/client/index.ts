import { Assignment, ClientProfile, EmergencyAccess, ServicePeriod } from './client.entities';
import { ClientRelationshipResolver } from './client-relationship.resolver';
import { ClientResolver } from './client.resolver';
import { clientRules } from './client.rules';
import { ServicePeriodResolver } from './service-period.resolver';

export const clientModule = {
  entities: [ClientProfile, ServicePeriod, Assignment, EmergencyAccess],
  resolvers: [ClientResolver, ServicePeriodResolver, ClientRelationshipResolver],
  rules: clientRules,
} as const;
