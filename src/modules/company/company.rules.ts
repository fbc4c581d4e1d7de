import { allow, and, or } from 'graphql-shield';
import type { IRules } from 'graphql-shield';
import { actsForController, hasRole, isPublic, registerIs } from '../../auth/rules';
import { Role } from '../../auth/roles';
import { RegisterKind } from '../tenant/tenant.entity';

// Companies and invoices belong to the card-training register (DOMAIN.md §2.1): FORBIDDEN in both guidance
// tenants. §3: OFFICE handles enrolments and billing; a TRAINER never sees billing nor companies' billing
// details; the controller's DPO reads for rights requests; every other role is refused.
const training = (rule: Parameters<typeof and>[0]) => and(registerIs(RegisterKind.CARD_TRAINING), rule);

const keepsBilling = training(hasRole(Role.OFFICE));
const readsBilling = training(or(hasRole(Role.OFFICE), and(hasRole(Role.DPO), actsForController)));

export const companyRules: IRules = {
  Query: {
    companies: readsBilling,
    company: readsBilling,
    invoices: readsBilling,
    invoice: readsBilling,
    // No company role in DOMAIN.md §3: the company's contact person opens an emailed link; the token decides
    // (company-card-link.service.ts), and it shows only that company's employees' cards.
    companyCardReport: isPublic,
  },
  Mutation: {
    createCompany: keepsBilling,
    updateCompany: keepsBilling,
    sendCompanyCardLink: keepsBilling,
    createInvoice: keepsBilling,
    changeInvoiceStatus: keepsBilling,
  },
  // Reached only through the operations above.
  Company: allow,
  CompanyCardLinkSent: allow,
  CompanyCardReport: allow,
  CompanyReportEmployee: allow,
  CompanyReportCard: allow,
  Invoice: allow,
  InvoiceStatusChange: allow,
};
