import { accountModule } from './account';
import { apiKeyModule } from './api-key';
import { clientModule } from './client';
import { companyModule } from './company';
import { consentModule } from './consent';
import { enrolmentModule } from './enrolment';
import { entryModule } from './entry';
import { logsModule } from './logs';
import { marketingModule } from './marketing';
import { outboxModule } from './outbox';
import { personModule } from './person';
import { reportModule } from './report';
import { secondFactorModule } from './second-factor';
import { surveyModule } from './survey';
import { tenantModule } from './tenant';
import { trainingModule } from './training';

/** Kaira's domain modules. Adding a module is one line here. */
export const modules = [
  tenantModule,
  accountModule,
  personModule,
  logsModule,
  clientModule,
  consentModule,
  entryModule,
  outboxModule,
  surveyModule,
  trainingModule,
  enrolmentModule,
  apiKeyModule,
  reportModule,
  secondFactorModule,
  companyModule,
  marketingModule,
] as const;
