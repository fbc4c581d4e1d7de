import { badInput } from '../../errors';
import type { UpdateCardTypeInput } from './training.inputs';

// Field checks of the catalogue and session forms. Messages name the field, never the value.

export function requiredText(field: string, value: string | null | undefined, max = 200): string {
  const text = value?.trim();
  if (!text) throw badInput(field, 'required');
  if (text.length > max) throw badInput(field, `at most ${max} characters`);
  return text;
}

export function intBetween(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw badInput(field, `a whole number ${min}–${max}`);
  return value;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An ISO 8601 date-time with an explicit offset (no guessing a time zone), years 2000–2100. */
export function requiredDateTime(field: string, value: string | null | undefined): Date {
  const text = value?.trim() ?? '';
  if (!DATE_TIME.test(text))
    throw badInput(field, 'a date-time with offset is required, e.g. 2026-12-01T08:00:00+02:00');
  const date = new Date(text);
  const [y, m, d] = text.slice(0, 10).split('-').map(Number) as [number, number, number];
  const calendar = new Date(Date.UTC(y, m - 1, d));
  if (Number.isNaN(date.getTime()) || calendar.getUTCMonth() !== m - 1 || calendar.getUTCDate() !== d) {
    throw badInput(field, 'not a valid date-time');
  }
  if (y < 2000 || y > 2100) throw badInput(field, 'the year must be 2000–2100');
  return date;
}

/** The catalogue columns an update sets, each checked; omitted fields are left out. */
export interface CardTypeFields {
  nameFi?: string;
  nameEn?: string;
  schemeOwner?: string;
  validityMonths?: number | null;
  validityBasis?: 'day' | 'month';
  refresherOnlyWhileValid?: boolean;
  examPassMark?: number | null;
  maxRetakes?: number | null;
  temporaryCertificateMaxDays?: number | null;
  trainerAuthorisationRequired?: boolean;
  photoIdRequired?: boolean;
}

type Check = (field: string, value: unknown) => unknown;
const notNull =
  (check: Check): Check =>
  (field, value) => {
    if (value === null) throw badInput(field, 'must not be null');
    return check(field, value);
  };
const orNull =
  (check: Check): Check =>
  (field, value) =>
    value === null ? null : check(field, value);
const flag: Check = (_field, value) => value;

const CHECKS: Record<keyof CardTypeFields, Check> = {
  nameFi: notNull((f, v) => requiredText(f, v as string)),
  nameEn: notNull((f, v) => requiredText(f, v as string)),
  schemeOwner: notNull((f, v) => requiredText(f, v as string)),
  validityMonths: orNull((f, v) => intBetween(f, v as number, 1, 600)),
  validityBasis: notNull(flag), // GraphQL already refused anything outside the enum
  refresherOnlyWhileValid: notNull(flag),
  examPassMark: orNull((f, v) => {
    const mark = v as number;
    // numeric(4,1): one decimal, as schemes state them (62.5 %).
    if (!Number.isFinite(mark) || mark <= 0 || mark > 100 || Math.round(mark * 10) !== mark * 10) {
      throw badInput(f, 'a percentage above 0 and at most 100, with at most one decimal');
    }
    return mark;
  }),
  maxRetakes: orNull((f, v) => intBetween(f, v as number, 0, 100)),
  temporaryCertificateMaxDays: orNull((f, v) => intBetween(f, v as number, 1, 366)),
  trainerAuthorisationRequired: notNull(flag),
  photoIdRequired: notNull(flag),
};

/** The given catalogue fields of an update, checked in a fixed order; omitted fields are left out. */
export function cardTypeFields(input: UpdateCardTypeInput): CardTypeFields {
  const out: Record<string, unknown> = {};
  for (const field of Object.keys(CHECKS) as Array<keyof CardTypeFields>) {
    const value = input[field];
    if (value !== undefined) out[field] = CHECKS[field](field, value);
  }
  return out as CardTypeFields;
}
