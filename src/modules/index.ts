import { accountModule } from './account';
import { apiKeyModule } from './api-key';
import { clientModule } from './client';
import { companyModule } from './company';
import { consentModule } from './consent';
import { disclosureModule } from './disclosure';
import { enrolmentModule } from './enrolment';
import { erasureModule } from './erasure';
import { entryModule } from './entry';
import { logsModule } from './logs';
import { marketingModule } from './marketing';
import { outboxModule } from './outbox';
import { objectionModule } from './objection';
import { personModule } from './person';
import { reportModule } from './report';
import { secondFactorModule } from './second-factor';
import { privacyNoticeModule } from './privacy-notice';
import { retentionModule } from './retention';
import { rightsRequestModule } from './rights-request';
import { subjectReportModule } from './subject-report';
import { restrictionModule } from './restriction';
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
  rightsRequestModule,
  subjectReportModule,
  restrictionModule,
  objectionModule,
  erasureModule,
  disclosureModule,
  privacyNoticeModule,
  retentionModule,
] as const;
