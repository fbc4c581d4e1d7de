import { ReportResolver } from './report.resolver';
import { reportRules } from './report.rules';

export const reportModule = {
  entities: [],
  resolvers: [ReportResolver],
  rules: reportRules,
} as const;
