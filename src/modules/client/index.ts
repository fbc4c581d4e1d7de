import { Assignment, ClientProfile, EmergencyAccess, ServicePeriod } from './client.entities';

export const clientModule = {
  entities: [ClientProfile, ServicePeriod, Assignment, EmergencyAccess],
  resolvers: [],
  rules: {},
} as const;
