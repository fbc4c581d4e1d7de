import { todayInFinland } from '../../dates';
import { badInput } from '../../errors';
import type { TenantFile } from '../../tenants/tenant-file';
import { optionalDate, requiredDate } from '../client/client.validation';
import { isValidBusinessId } from '../organisation/business-id';
import { requiredText } from '../person/person.validation';
import type { RegisterDisclosureRequestInput } from './disclosure.inputs';
import { DisclosureBasisKind } from './disclosure.types';
import { isCountryCode } from './third-country';

// Field checks of disclosure requests. Messages name the field, never the value.

/** The request's column values in insert order (after person_id), every field checked. */
export function checkedRequest(file: TenantFile, input: RegisterDisclosureRequestInput): unknown[] {
  const r = input.recipient;
  const country = requiredText('recipient.country', r.country, 2).toUpperCase();
  if (!isCountryCode(country)) throw badInput('recipient.country', 'not an ISO 3166-1 alpha-2 country code');
  const businessId = r.businessId?.trim() || null;
  const foreignId = r.foreignId?.trim() || null;
  if (country === 'FI' && !businessId) throw badInput('recipient.businessId', 'required for a Finnish recipient');
  if (businessId && !isValidBusinessId(businessId)) throw badInput('recipient.businessId', 'not a valid Y-tunnus');
  if (!businessId && !foreignId) throw badInput('recipient.foreignId', 'name the recipient by an identifier');
  if (foreignId && foreignId.length > 100) throw badInput('recipient.foreignId', 'at most 100 characters');
  const b = input.basis;
  const documentDate = requiredDate('basis.documentDate', b.documentDate);
  if (documentDate > todayInFinland()) throw badInput('basis.documentDate', 'must not be in the future');
  const statute = b.statute?.trim() || null;
  // DOMAIN.md §2.2: an authority's demand is honoured only when it cites the law that empowers it.
  if (b.kind === DisclosureBasisKind.AUTHORITY_DEMAND && !statute) {
    throw badInput('basis.statute', "required for an authority's demand");
  }
  if (statute && statute.length > 500) throw badInput('basis.statute', 'at most 500 characters');
  const keys = file.dataCategories.map((c) => c.key);
  if (input.categories.length === 0) throw badInput('categories', 'name at least one data category');
  input.categories.forEach((key, i) => {
    if (!keys.includes(key)) throw badInput(`categories[${i}]`, 'not a data category of this register');
    if (input.categories.indexOf(key) !== i) throw badInput(`categories[${i}]`, 'named twice');
  });
  const periodFrom = optionalDate('periodFrom', input.periodFrom);
  const periodTo = optionalDate('periodTo', input.periodTo);
  if (periodFrom && periodTo && periodTo < periodFrom) throw badInput('periodTo', 'must not be before periodFrom');
  return [
    requiredText('recipient.name', r.name, 300),
    businessId,
    foreignId,
    country,
    requiredText('recipient.address', r.address, 1000),
    b.kind,
    requiredText('basis.documentRef', b.documentRef, 300),
    documentDate,
    statute,
    `{${input.categories.join(',')}}`,
    periodFrom,
    periodTo,
  ];
}

export function optionalText(field: string, value: string | null | undefined, max: number): string | null {
  if (value === undefined || value === null) return null;
  return requiredText(field, value, max);
}

export function checkedPastDate(field: string, value: string): string {
  const date = requiredDate(field, value);
  if (date > todayInFinland()) throw badInput(field, 'must not be in the future');
  return date;
}
