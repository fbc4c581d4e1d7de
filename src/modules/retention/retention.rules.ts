import { allow } from 'graphql-shield';
import type { IRules } from 'graphql-shield';
import { controllerOversight } from '../../auth/rules';

// DOMAIN.md §3 and §7: retention exceptions are the controller's decisions, and the record of what the job
// removed is the controller's to oversee: its DPO and officers (the city's in rovaniemi-guidance).
export const retentionRules: IRules = {
  Query: { retentionRuns: controllerOversight },
  RetentionRun: allow,
  RetentionCount: allow,
};
