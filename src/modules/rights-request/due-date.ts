// Deadlines of rights requests (GDPR 12(3)): one month from receipt, extendable by two further months.
// A month is counted as Regulation (EEC, Euratom) No 1182/71 art. 3(2)(c) counts it: the period ends on
// the day of the last month with the same day-number as the day of receipt, or on that month's last day
// when it has no such day (received 31 January → 28/29 February; received 29 February → 29 March).
// Art. 3(4) would move a deadline falling on a weekend or public holiday to the next working day; Kaira
// does not, so its deadlines are never later than the law's.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `date` (YYYY-MM-DD) plus `months` calendar months, as 1182/71 counts them. */
export function addMonths(date: string, months: number): string {
  const match = DATE.exec(date);
  if (!match) throw new Error(`not a date: ${date}`);
  const total = Number(match[1]) * 12 + (Number(match[2]) - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(Number(match[3]), daysInMonth(year, month));
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** `date` plus `days` days (negative: back). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The answer is due one month after receipt (GDPR 12(3)). */
export function dueDate(receivedOn: string): string {
  return addMonths(receivedOn, 1);
}

/** With an extension of `months` (1 or 2) further months (GDPR 12(3), second sentence). */
export function extendedDueDate(receivedOn: string, months: number): string {
  return addMonths(receivedOn, 1 + months);
}

/** The extension may be set, and the person told, only within the first month: on or before the due date. */
export function extensionStillPossible(dueOn: string, today: string): boolean {
  return today <= dueOn;
}
