import { ConsentRecord } from './consent-record.entity';

export const consentModule = {
  entities: [ConsentRecord],
  resolvers: [],
  rules: {},
} as const;
