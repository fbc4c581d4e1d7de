import { CompanyResolver } from './company.resolver';
import { companyRules } from './company.rules';
import { InvoiceResolver } from './invoice.resolver';

// Companies, the company card report and the invoice ledger of the card-training register. Plain rows, no
// entities: the company table's entity belongs to the enrolment module.
export const companyModule = {
  entities: [],
  resolvers: [CompanyResolver, InvoiceResolver],
  rules: companyRules,
} as const;
