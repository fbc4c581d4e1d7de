import { badInput } from '../../errors';
import { uuidArg } from '../../ids';
import { mailAddress } from '../outbox/outbox.service';
import { parseIdentityCode } from '../person/personal-identity-code';
import { optionalPhone, requiredText } from '../person/person.validation';
import { checkNewCompany, type CompanyFields } from '../company/company.validation';
import type { EnrolInput, EnrolmentCompanyInput } from './enrolment.inputs';

// Every field of the public form is checked before anything is read or written: the first invalid one
// comes back as BAD_USER_INPUT naming it (extensions.field, e.g. company.businessId), never its value.

export type CheckedCompany = CompanyFields;

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
  return checkNewCompany(company, 'company.');
}

function requiredPhone(field: string, value: string | null | undefined): string {
  const phone = optionalPhone(field, value);
  if (!phone) throw badInput(field, 'required');
  return phone;
}
