import { isValidBusinessId } from '../../src/modules/organisation/business-id';
import {
  composeIdentityCode,
  isValidIdentityCode,
  maskIdentityCode,
  parseIdentityCode,
} from '../../src/modules/person/personal-identity-code';

// DOMAIN.md §6 vectors.
test.each(['131052-308T', '010190-999W', '010190Y999W'])('%s is a valid henkilötunnus', (code) => {
  expect(isValidIdentityCode(code)).toBe(true);
});

test.each([
  ['010190-999K', 'checkCharacter'],
  ['310290-123T', 'date'],
  ['131052-308', 'format'],
  ['131052G308T', 'century'],
  ['131052-308t', 'format'],
  ['290201A123J', 'date'], // 2001 is not a leap year
  ['010190-001X', 'individualNumber'],
])('%s is refused (%s)', (code, problem) => {
  expect(parseIdentityCode(code)).toEqual({ problem });
});

test('every century sign is read, and 29 February only in leap years', () => {
  expect(parseIdentityCode(composeIdentityCode('290200', 'A', 123))).toMatchObject({ birthDate: '2000-02-29' });
  expect(parseIdentityCode(composeIdentityCode('010105', '+', 234))).toMatchObject({ birthDate: '1805-01-01' });
  for (const sign of ['-', 'Y', 'X', 'W', 'V', 'U']) {
    expect(parseIdentityCode(composeIdentityCode('150675', sign, 456))).toMatchObject({ birthDate: '1975-06-15' });
  }
  for (const sign of ['A', 'B', 'C', 'D', 'E', 'F']) {
    expect(parseIdentityCode(composeIdentityCode('150605', sign, 456))).toMatchObject({ birthDate: '2005-06-15' });
  }
});

test('the new century signs make different people: all 11 characters are kept', () => {
  const a = parseIdentityCode('010190-999W');
  const b = parseIdentityCode('010190Y999W');
  expect(a).toMatchObject({ value: '010190-999W', temporary: true });
  expect(b).toMatchObject({ value: '010190Y999W', temporary: true });
  expect(a).not.toEqual(b);
  expect(parseIdentityCode('131052-308T')).toMatchObject({ temporary: false });
});

test('masking keeps the date part only', () => {
  expect(maskIdentityCode('131052-308T')).toBe('131052-****');
});

test.each([
  ['1508035-7', true],
  ['1978283-1', true],
  ['1508035-8', false],
  ['15080357', false],
  ['1508035-', false],
])('Y-tunnus %s valid: %s', (value, valid) => {
  expect(isValidBusinessId(value)).toBe(valid);
});
