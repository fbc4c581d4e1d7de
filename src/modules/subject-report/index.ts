import { SubjectReportResolver } from './subject-report.resolver';
import { subjectReportRules } from './subject-report.rules';

export const subjectReportModule = {
  entities: [],
  resolvers: [SubjectReportResolver],
  rules: subjectReportRules,
} as const;
