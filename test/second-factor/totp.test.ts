import { base32Decode, base32Encode, hotp, matchTotp, otpauthUri, totp, totpStep } from '../../src/auth/totp';

// RFC 6238 Appendix B (SHA-1 rows): the shared secret is the ASCII string "12345678901234567890" and
// the codes have 8 digits; standard authenticator apps use the same algorithm with 6 digits.
const RFC_SECRET = Buffer.from('12345678901234567890', 'ascii');
const VECTORS: Array<[number, string]> = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

test.each(VECTORS)('RFC 6238 vector at T=%i', (seconds, code) => {
  expect(totp(RFC_SECRET, new Date(seconds * 1000), 8)).toBe(code);
});

test('RFC 4226 HOTP vectors (6 digits) for counters 0 and 9', () => {
  expect(hotp(RFC_SECRET, 0)).toBe('755224');
  expect(hotp(RFC_SECRET, 9)).toBe('520489');
});

test('base32 round-trips and matches RFC 4648', () => {
  expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI');
  expect(base32Decode('MZXW6YTBOI').toString()).toBe('foobar');
  const random = Buffer.from('0123456789abcdef0123', 'ascii');
  expect(base32Decode(base32Encode(random))).toEqual(random);
});

test('a code matches its step and one step either side, nothing further', () => {
  const at = new Date(1_700_000_000_000);
  const step = totpStep(at);
  for (const delta of [-1, 0, 1]) expect(matchTotp(RFC_SECRET, hotp(RFC_SECRET, step + delta), at)).toBe(step + delta);
  for (const delta of [-2, 2]) expect(matchTotp(RFC_SECRET, hotp(RFC_SECRET, step + delta), at)).toBeNull();
  expect(matchTotp(RFC_SECRET, 'abcdef', at)).toBeNull();
});

test('the otpauth URI carries what authenticator apps read', () => {
  const uri = new URL(otpauthUri(RFC_SECRET, 'coach@eduro.example'));
  expect(uri.protocol).toBe('otpauth:');
  expect(uri.host).toBe('totp');
  expect(uri.pathname).toBe('/Kaira:coach%40eduro.example');
  expect(Object.fromEntries(uri.searchParams)).toEqual({
    secret: base32Encode(RFC_SECRET),
    issuer: 'Kaira',
    algorithm: 'SHA1',
    digits: '6',
    period: '30',
  });
});
