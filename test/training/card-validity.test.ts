import { CARD_TYPE_SEEDS } from '../../src/modules/training/card-type.seed';
import { cardValidUntil, type ValidityRule } from '../../src/modules/training/card-validity';

// Validity from the type's rules (DOMAIN.md §2.1, [verify] per scheme), for every seeded type.

const seeded = (code: string): ValidityRule => {
  const seed = CARD_TYPE_SEEDS.find((t) => t.code === code);
  if (!seed) throw new Error(`no seeded type ${code}`);
  return seed;
};

test('every seeded type has a case here', () => {
  expect(CARD_TYPE_SEEDS.map((t) => t.code).sort()).toEqual(
    ['ea1', 'ea2', 'hygieniapassi', 'sahkotyoturvallisuus', 'tieturva-1', 'tieturva-2', 'ttk', 'tulityo'].sort(),
  );
});

test.each([
  // code, completed on, valid until
  ['ttk', '2026-01-15', '2031-01-15'], // 5 y from the day
  ['ttk', '2024-02-29', '2029-02-28'], // leap day into a common year
  ['tieturva-1', '2026-01-15', '2031-01-31'], // 5 y counted from the month: to the month's end
  ['tieturva-1', '2026-01-01', '2031-01-31'],
  ['tieturva-1', '2024-02-29', '2029-02-28'],
  ['tieturva-1', '2026-12-31', '2031-12-31'],
  ['tieturva-2', '2026-03-10', '2031-03-10'],
  ['tulityo', '2026-11-30', '2031-11-30'],
  ['hygieniapassi', '2026-05-20', null], // no expiry
  ['ea1', '2026-06-01', '2029-06-01'], // 3 y
  ['ea2', '2024-02-29', '2027-02-28'], // 3 y from a leap day: no 29 February in 2027
  ['sahkotyoturvallisuus', '2025-08-31', '2030-08-31'],
] as const)('%s completed %s is valid until %s', (code, completedOn, validUntil) => {
  expect(cardValidUntil(seeded(code), completedOn)).toBe(validUntil);
});

test('day basis: a month end without the same day keeps to the month end', () => {
  expect(cardValidUntil({ validityMonths: 1, validityBasis: 'day' }, '2026-01-31')).toBe('2026-02-28');
  expect(cardValidUntil({ validityMonths: 1, validityBasis: 'day' }, '2027-12-31')).toBe('2028-01-31');
  expect(cardValidUntil({ validityMonths: 13, validityBasis: 'day' }, '2027-01-31')).toBe('2028-02-29');
  expect(cardValidUntil({ validityMonths: 48, validityBasis: 'day' }, '2024-02-29')).toBe('2028-02-29');
});

test('month basis: to the end of the month, a leap February included', () => {
  expect(cardValidUntil({ validityMonths: 48, validityBasis: 'month' }, '2024-02-01')).toBe('2028-02-29');
  expect(cardValidUntil({ validityMonths: 11, validityBasis: 'month' }, '2026-02-28')).toBe('2027-01-31');
  expect(cardValidUntil({ validityMonths: 1, validityBasis: 'month' }, '2026-03-31')).toBe('2026-04-30');
});

test('no validity means no expiry on either basis', () => {
  expect(cardValidUntil({ validityMonths: null, validityBasis: 'day' }, '2026-01-15')).toBeNull();
  expect(cardValidUntil({ validityMonths: null, validityBasis: 'month' }, '2026-01-15')).toBeNull();
});

test('an impossible completion day or validity is refused', () => {
  expect(() => cardValidUntil(seeded('ttk'), '2026-02-30')).toThrow(RangeError);
  expect(() => cardValidUntil(seeded('ttk'), '2025-02-29')).toThrow(RangeError);
  expect(() => cardValidUntil(seeded('ttk'), '15.1.2026')).toThrow(RangeError);
  expect(() => cardValidUntil({ validityMonths: 0, validityBasis: 'day' }, '2026-01-15')).toThrow(RangeError);
});
