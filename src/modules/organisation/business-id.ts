// Y-tunnus (Finnish business ID): seven digits, a dash and a check digit.
// The check digit is mod 11 of the digits weighted 7 9 10 5 8 4 2; remainder 1 is never issued,
// remainder 0 gives 0, otherwise 11 - remainder (DOMAIN.md §2.1).
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2];

/** True when `value` is a well-formed Y-tunnus with a correct check digit, e.g. `1508035-7`. */
export function isValidBusinessId(value: string): boolean {
  const match = /^(\d{7})-(\d)$/.exec(value);
  if (!match) return false;
  const digits = match[1]!;
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(digits[i]), 0);
  const remainder = sum % 11;
  if (remainder === 1) return false;
  const expected = remainder === 0 ? 0 : 11 - remainder;
  return expected === Number(match[2]);
}
