import { surveyTokens } from '../../src/modules/survey/survey-token';
import { testConfig } from '../support/env';

// KAIRA_PUBLIC_URL, read once at start-up, and the one-time link built on it.

const TENANT = '3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b';

test('default: loopback on PORT; a trailing slash is dropped', () => {
  expect(testConfig({ PORT: '4100' }).publicUrl).toBe('http://127.0.0.1:4100');
  expect(testConfig({ KAIRA_PUBLIC_URL: 'https://kaira.eduro.example/asiakas/' }).publicUrl).toBe(
    'https://kaira.eduro.example/asiakas',
  );
});

test.each([
  ['kaira.eduro.example', /KAIRA_PUBLIC_URL is not a URL/],
  ['ftp://kaira.eduro.example', /KAIRA_PUBLIC_URL must be http/],
  ['https://user:secret@kaira.eduro.example', /without credentials/],
  ['https://kaira.eduro.example/?next=evil', /without credentials, query or fragment/],
  ['https://kaira.eduro.example/#x', /without credentials, query or fragment/],
])('KAIRA_PUBLIC_URL=%j stops the start with a message naming it', (value, message) => {
  expect(() => testConfig({ KAIRA_PUBLIC_URL: value })).toThrow(message);
});

test('a survey token: random, names its tenant, stored only as its SHA-256, linked under /survey/', () => {
  const a = surveyTokens.create(TENANT);
  const b = surveyTokens.create(TENANT);
  expect(a.token).not.toBe(b.token);
  expect(a.token).toMatch(new RegExp(`^ksv_${TENANT}\\.[A-Za-z0-9_-]{43}$`));
  expect(a.hash).toBe(surveyTokens.hash(a.token));
  expect(a.hash).not.toContain(a.token.slice(-43));
  expect(surveyTokens.tenantOf(a.token)).toBe(TENANT);
  expect(surveyTokens.tenantOf(`${a.token}x`)).toBeNull();
  expect(surveyTokens.tenantOf(a.token.replace('ksv_', 'krt_'))).toBeNull();
  expect(surveyTokens.link('https://kaira.eduro.example/', a.token)).toBe(
    `https://kaira.eduro.example/survey/${a.token}`,
  );
});
