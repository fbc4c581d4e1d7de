import { badInput } from '../../errors';
import { uuidArg } from '../../ids';
import { isValidBusinessId } from '../organisation/business-id';
import { mailAddress } from '../outbox/outbox.service';
import { parseIdentityCode } from '../person/personal-identity-code';
import { optionalPhone, requiredText } from '../person/person.validation';
import type { EnrolInput, EnrolmentCompanyInput } from './enrolment.inputs';

// Every field of the public form is checked before anything is read or written: the first invalid one
// comes back as BAD_USER_INPUT naming it (extensions.field, e.g. company.businessId), never its value.

export interface CheckedCompany {
  name: string;
  businessId: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  eInvoiceAddress: string | null;
  eInvoiceOperator: string | null;
  billingEmail: string | null;
}

export interface CheckedEnrolment {
  firstName: string;
  lastName: string;
  personalIdentityCode: string;
  email: string;
  mobile: string;
  company: CheckedCompany;
  position: string;
  sessionId: string;
  idempotencyKey: string;
}

const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{8,100}$/;

export function checkEnrolment(input: EnrolInput): CheckedEnrolment {
  const identityCode = parseIdentityCode((input.personalIdentityCode ?? '').trim());
  if ('problem' in identityCode) {
    throw badInput('personalIdentityCode', `not a valid henkilötunnus (${identityCode.problem})`);
  }
  const checked = {
    firstName: requiredText('firstName', input.firstName, 100),
    lastName: requiredText('lastName', input.lastName, 100),
    personalIdentityCode: identityCode.value,
    email: mailAddress('email', input.email),
    mobile: requiredPhone('mobile', input.mobile),
    company: checkCompany(input.company),
    position: requiredText('position', input.position, 200),
    sessionId: uuidArg('sessionId', input.sessionId),
    idempotencyKey: (input.idempotencyKey ?? '').trim(),
  };
  if (!IDEMPOTENCY_KEY.test(checked.idempotencyKey)) {
    throw badInput('idempotencyKey', '8–100 characters of A–Z, a–z, 0–9 . _ : -');
  }
  return checked;
}

export function checkCompany(company: EnrolmentCompanyInput): CheckedCompany {
  const businessId = (company.businessId ?? '').trim();
  if (!isValidBusinessId(businessId)) throw badInput('company.businessId', 'not a valid Y-tunnus');
  const checked: CheckedCompany = {
    name: requiredText('company.name', company.name, 200),
    businessId,
    contactName: requiredText('company.contactName', company.contactName, 200),
    contactEmail: mailAddress('company.contactEmail', company.contactEmail),
    contactPhone: requiredPhone('company.contactPhone', company.contactPhone),
    eInvoiceAddress: eInvoiceCode('company.eInvoiceAddress', company.eInvoiceAddress, 5),
    eInvoiceOperator: eInvoiceCode('company.eInvoiceOperator', company.eInvoiceOperator, 4),
    billingEmail: company.billingEmail?.trim() ? mailAddress('company.billingEmail', company.billingEmail) : null,
  };
  if (checked.eInvoiceAddress && !checked.eInvoiceOperator) {
    throw badInput('company.eInvoiceOperator', 'required with an e-invoice address');
  }
  if (checked.eInvoiceOperator && !checked.eInvoiceAddress) {
    throw badInput('company.eInvoiceAddress', 'required with an e-invoice operator');
  }
  if (!checked.eInvoiceAddress && !checked.billingEmail) {
    throw badInput('company.billingEmail', 'give an e-invoice address and operator, or a billing email');
  }
  return checked;
}

function requiredPhone(field: string, value: string | null | undefined): string {
  const phone = optionalPhone(field, value);
  if (!phone) throw badInput(field, 'required');
  return phone;
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
