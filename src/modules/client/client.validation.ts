import { badInput } from '../../errors';
import type { Gender } from './client.types';

// Field checks of the guidance forms. Messages name the field, never the value.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date `YYYY-MM-DD` that exists (no 31 February). */
export function requiredDate(field: string, value: string | null | undefined): string {
  const match = DATE.exec(value?.trim() ?? '');
  if (!match) throw badInput(field, 'a date YYYY-MM-DD is required');
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw badInput(field, 'not a valid date');
  }
  return match[0];
}

export function optionalDate(field: string, value: string | null | undefined): string | null {
  return value === undefined || value === null || value.trim() === '' ? null : requiredDate(field, value);
}

/** An end date not before the start date (both `YYYY-MM-DD`, so they compare as text). */
export function notBefore(field: string, endsOn: string | null, startsOn: string): string | null {
  if (endsOn !== null && endsOn < startsOn) throw badInput(field, 'must not be before the start date');
  return endsOn;
}

function optionalText(field: string, value: string | null | undefined, max: number): string | null {
  const text = value?.trim();
  if (!text) return null;
  if (text.length > max) throw badInput(field, `at most ${max} characters`);
  return text;
}

const POSTAL_CODE = /^\d{5}$/;

/** The client-profile columns, each checked; `undefined` (omitted) stays undefined. */
export interface ProfileFields {
  gender?: Gender | null;
  streetAddress?: string | null;
  postalCode?: string | null;
  city?: string | null;
  education?: string | null;
  otherServiceData?: string | null;
}

export const PROFILE_FIELDS = [
  'gender',
  'streetAddress',
  'postalCode',
  'city',
  'education',
  'otherServiceData',
] as const satisfies ReadonlyArray<keyof ProfileFields>;

const checks: { [K in keyof ProfileFields]-?: (value: ProfileFields[K]) => ProfileFields[K] } = {
  gender: (value) => value ?? null, // GraphQL already refused anything outside the enum
  streetAddress: (value) => optionalText('streetAddress', value, 200),
  postalCode: (value) => {
    const text = optionalText('postalCode', value, 10);
    if (text !== null && !POSTAL_CODE.test(text)) throw badInput('postalCode', 'a Finnish postal code has five digits');
    return text;
  },
  city: (value) => optionalText('city', value, 100),
  education: (value) => optionalText('education', value, 500),
  otherServiceData: (value) => optionalText('otherServiceData', value, 2000),
};

/** The given profile fields, checked; omitted fields are left out. */
export function profileFields(input: ProfileFields): ProfileFields {
  const out: Record<string, unknown> = {};
  for (const field of PROFILE_FIELDS) {
    if (input[field] !== undefined) out[field] = checks[field](input[field] as never);
  }
  return out as ProfileFields;
}
