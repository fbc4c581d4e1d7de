import { badInput } from '../../errors';
import { isValidBusinessId } from '../organisation/business-id';
import { mailAddress } from '../outbox/outbox.service';
import { optionalPhone, requiredText } from '../person/person.validation';
import type { CreateCompanyInput, UpdateCompanyInput } from './company.inputs';

// A company's fields as OFFICE enters them, checked as the public form checks them (enrolment.validation.ts):
// BAD_USER_INPUT naming the field, never its value.

export interface CompanyFields {
  name: string;
  businessId: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  eInvoiceAddress: string | null;
  eInvoiceOperator: string | null;
  billingEmail: string | null;
}

type Checks = { [K in keyof CompanyFields]: (value: string | null | undefined) => CompanyFields[K] };

const CHECKS: Checks = {
  name: (v) => requiredText('name', v, 200),
  businessId: (v) => {
    const id = (v ?? '').trim();
    if (!isValidBusinessId(id)) throw badInput('businessId', 'not a valid Y-tunnus');
    return id;
  },
  contactName: (v) => requiredText('contactName', v, 200),
  contactEmail: (v) => mailAddress('contactEmail', v),
  contactPhone: (v) => {
    const phone = optionalPhone('contactPhone', v);
    if (!phone) throw badInput('contactPhone', 'required');
    return phone;
  },
  eInvoiceAddress: (v) => eInvoiceCode('eInvoiceAddress', v, 5),
  eInvoiceOperator: (v) => eInvoiceCode('eInvoiceOperator', v, 4),
  billingEmail: (v) => (v?.trim() ? mailAddress('billingEmail', v) : null),
};

const FIELDS = Object.keys(CHECKS) as Array<keyof CompanyFields>;

export function checkNewCompany(input: CreateCompanyInput): CompanyFields {
  const fields = Object.fromEntries(FIELDS.map((f) => [f, CHECKS[f](input[f])])) as unknown as CompanyFields;
  return checkBilling(fields);
}

/** The fields an update sets, each checked; omitted ones are left out. A required field cannot be nulled. */
export function checkCompanyChanges(input: UpdateCompanyInput): Partial<CompanyFields> {
  const changes: Partial<Record<keyof CompanyFields, unknown>> = {};
  for (const field of FIELDS) {
    if (input[field] !== undefined) changes[field] = CHECKS[field](input[field]);
  }
  return changes as Partial<CompanyFields>;
}

/** The billing rules of the company table: an e-invoice address with its operator, or a billing email. */
export function checkBilling(fields: CompanyFields): CompanyFields {
  if (fields.eInvoiceAddress && !fields.eInvoiceOperator) {
    throw badInput('eInvoiceOperator', 'required with an e-invoice address');
  }
  if (fields.eInvoiceOperator && !fields.eInvoiceAddress) {
    throw badInput('eInvoiceAddress', 'required with an e-invoice operator');
  }
  if (!fields.eInvoiceAddress && !fields.billingEmail) {
    throw badInput('billingEmail', 'give an e-invoice address and operator, or a billing email');
  }
  return fields;
}

// An e-invoice address (OVT code or IBAN) and an operator code: letters and digits, spaces dropped.
function eInvoiceCode(field: string, value: string | null | undefined, min: number): string | null {
  const text = (value ?? '').replace(/\s+/g, '').toUpperCase();
  if (!text) return null;
  if (!/^[A-Z0-9]+$/.test(text) || text.length < min || text.length > 35) {
    throw badInput(field, `${min}–35 letters and digits`);
  }
  return text;
}
