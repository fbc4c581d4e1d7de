import { badInput } from '../../errors';
import { isValidBusinessId } from '../organisation/business-id';
import { mailAddress } from '../outbox/outbox.service';
import { optionalPhone, requiredText } from '../person/person.validation';
import type { UpdateCompanyInput } from './company.inputs';

// A company's fields, checked the same way whether OFFICE enters them or the public enrolment form brings
// them: BAD_USER_INPUT naming the field, never its value.

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

type Checks = {
  [K in keyof CompanyFields]: (field: string, value: string | null | undefined) => CompanyFields[K];
};

const CHECKS: Checks = {
  name: (f, v) => requiredText(f, v, 200),
  businessId: (f, v) => {
    const id = (v ?? '').trim();
    if (!isValidBusinessId(id)) throw badInput(f, 'not a valid Y-tunnus');
    return id;
  },
  contactName: (f, v) => requiredText(f, v, 200),
  contactEmail: (f, v) => mailAddress(f, v),
  contactPhone: (f, v) => {
    const phone = optionalPhone(f, v);
    if (!phone) throw badInput(f, 'required');
    return phone;
  },
  eInvoiceAddress: (f, v) => eInvoiceCode(f, v, 5),
  eInvoiceOperator: (f, v) => eInvoiceCode(f, v, 4),
  billingEmail: (f, v) => (v?.trim() ? mailAddress(f, v) : null),
};

const FIELDS = Object.keys(CHECKS) as Array<keyof CompanyFields>;

/** A company's fields as an input carries them (OFFICE's createCompany, the public form's company). */
export type CompanyInputFields = { [K in keyof CompanyFields]?: string | null };

/**
 * A new company, every field checked. `prefix` names the fields as the input nests them: the public
 * enrolment form's are `company.businessId` and so on.
 */
export function checkNewCompany(input: CompanyInputFields, prefix = ''): CompanyFields {
  const fields = Object.fromEntries(
    FIELDS.map((f) => [f, CHECKS[f](prefix + f, input[f])]),
  ) as unknown as CompanyFields;
  return checkBilling(fields, prefix);
}

/** The fields an update sets, each checked; omitted ones are left out. A required field cannot be nulled. */
export function checkCompanyChanges(input: UpdateCompanyInput): Partial<CompanyFields> {
  const changes: Partial<Record<keyof CompanyFields, unknown>> = {};
  for (const field of FIELDS) {
    if (input[field] !== undefined) changes[field] = CHECKS[field](field, input[field]);
  }
  return changes as Partial<CompanyFields>;
}

/** The billing rules of the company table: an e-invoice address with its operator, or a billing email. */
export function checkBilling(fields: CompanyFields, prefix = ''): CompanyFields {
  if (fields.eInvoiceAddress && !fields.eInvoiceOperator) {
    throw badInput(`${prefix}eInvoiceOperator`, 'required with an e-invoice address');
  }
  if (fields.eInvoiceOperator && !fields.eInvoiceAddress) {
    throw badInput(`${prefix}eInvoiceAddress`, 'required with an e-invoice operator');
  }
  if (!fields.eInvoiceAddress && !fields.billingEmail) {
    throw badInput(`${prefix}billingEmail`, 'give an e-invoice address and operator, or a billing email');
  }
  return fields;
}

// An e-invoice address (OVT code such as 003715080357, or an IBAN) and an operator code (E204503,
// BAWCFI22): letters and digits; spaces are dropped, letters upper-cased.
function eInvoiceCode(field: string, value: string | null | undefined, min: number): string | null {
  const text = (value ?? '').replace(/\s+/g, '').toUpperCase();
  if (!text) return null;
  if (!/^[A-Z0-9]+$/.test(text) || text.length < min || text.length > 35) {
    throw badInput(field, `${min}–35 letters and digits`);
  }
  return text;
}
