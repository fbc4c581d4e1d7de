import {
  addMonths,
  dueDate,
  extendedDueDate,
  extensionStillPossible,
  isCalendarDate,
} from '../../src/modules/rights-request/due-date';

// GDPR 12(3) counts "one month" as Regulation 1182/71 art. 3(2)(c): the same day-number of the next
// month, or that month's last day when it has no such day.

test.each([
  ['2026-01-15', '2026-02-15'],
  ['2026-01-31', '2026-02-28'], // 2026 is not a leap year
  ['2028-01-31', '2028-02-29'], // 2028 is
  ['2024-01-30', '2024-02-29'],
  ['2024-02-29', '2024-03-29'], // received on a leap day
  ['2026-02-28', '2026-03-28'], // not the month's last day again: the same day-number
  ['2026-03-31', '2026-04-30'],
  ['2026-05-31', '2026-06-30'],
  ['2026-08-31', '2026-09-30'],
  ['2026-12-31', '2027-01-31'], // over the year end
  ['2026-12-15', '2027-01-15'],
  ['2100-01-31', '2100-02-28'], // a century year that is not a leap year
  ['2000-01-31', '2000-02-29'], // one that is
])('received %s → due %s', (received, due) => {
  expect(dueDate(received)).toBe(due);
});

test.each([
  ['2026-01-31', 1, '2026-03-31'],
  ['2026-01-31', 2, '2026-04-30'],
  ['2027-11-30', 2, '2028-02-29'],
  ['2024-02-29', 2, '2024-05-29'],
  ['2026-11-30', 1, '2027-01-30'],
])('received %s, extended by %i months → due %s', (received, months, due) => {
  expect(extendedDueDate(received, months)).toBe(due);
});

test('months count back as well (the log report window two years back)', () => {
  expect(addMonths('2026-11-25', -24)).toBe('2024-11-25');
  expect(addMonths('2026-02-28', -24)).toBe('2024-02-28');
  expect(addMonths('2028-02-29', -24)).toBe('2026-02-28');
});

test('the extension is possible up to and including the last day of the first month, not after', () => {
  expect(extensionStillPossible('2026-02-28', '2026-02-27')).toBe(true);
  expect(extensionStillPossible('2026-02-28', '2026-02-28')).toBe(true);
  expect(extensionStillPossible('2026-02-28', '2026-03-01')).toBe(false);
});

test('only real calendar dates are accepted', () => {
  expect(isCalendarDate('2028-02-29')).toBe(true);
  expect(isCalendarDate('2026-02-29')).toBe(false);
  expect(isCalendarDate('2026-04-31')).toBe(false);
  expect(isCalendarDate('2026-13-01')).toBe(false);
  expect(isCalendarDate('26-01-01')).toBe(false);
});
