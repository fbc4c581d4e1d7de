// How long a card is valid (DOMAIN.md §2.1, [verify] per scheme). A pure function of the card type's
// rules and the completion day, so the card slice, renewal reminders and tests share one definition.
//
// - No validity (validityMonths null): the card does not expire (hygieniapassi) → null.
// - 'day' basis: valid through the same day of the month `validityMonths` later. Where that day does
//   not exist the last day of that month is used (2024-02-29 + 36 months → 2027-02-28; 2026-01-31 +
//   1 month → 2026-02-28).
// - 'month' basis: counted from the month of completion, valid to the end of the month `validityMonths`
//   later (Tieturva 1: 2026-01-15 + 60 months → 2031-01-31).
// Dates are calendar dates (YYYY-MM-DD, Finnish time); no time of day is involved.

export type ValidityBasis = 'day' | 'month';

export interface ValidityRule {
  validityMonths: number | null;
  validityBasis: ValidityBasis;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The last day the card is valid (inclusive), or null when it does not expire. */
export function cardValidUntil(type: ValidityRule, completedOn: string): string | null {
  const match = DATE.exec(completedOn);
  if (!match) throw new RangeError('completedOn must be a date YYYY-MM-DD');
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError('completedOn is not a calendar date');
  }
  if (type.validityMonths === null) return null;
  if (!Number.isInteger(type.validityMonths) || type.validityMonths < 1) {
    throw new RangeError('validityMonths must be a positive whole number');
  }
  const monthIndex = year * 12 + (month - 1) + type.validityMonths;
  const toYear = Math.floor(monthIndex / 12);
  const toMonth = (monthIndex % 12) + 1;
  const last = daysInMonth(toYear, toMonth);
  const toDay = type.validityBasis === 'month' ? last : Math.min(day, last);
  return `${String(toYear).padStart(4, '0')}-${pad(toMonth)}-${pad(toDay)}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number): string => String(n).padStart(2, '0');
