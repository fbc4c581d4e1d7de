import { testConfig } from '../support/env';

// The HTTP hardening's configuration (src/config.ts httpConfig): refused at start-up when it would be unsafe
// or unclear, with the variable named.

test('defaults: no CORS origin, introspection open outside production and staff-only in it, no metrics token', () => {
  const dev = testConfig({ KAIRA_LOGIN_RATE_LIMIT: '', KAIRA_PUBLIC_RATE_LIMIT: '' }).http;
  expect(dev).toEqual({
    loginRateLimitPerMinute: 30,
    publicRateLimitPerMinute: 60,
    corsOrigins: [],
    introspection: 'all',
    metricsToken: undefined,
    hsts: false,
    trustProxy: false,
  });
  expect(testConfig({ NODE_ENV: 'production' }).http.introspection).toBe('staff');
  expect(testConfig({ NODE_ENV: 'production', KAIRA_INTROSPECTION: 'all' }).http.introspection).toBe('all');
});

test('values are parsed', () => {
  const http = testConfig({
    KAIRA_CORS_ORIGINS: 'https://a.example, http://localhost:5173',
    KAIRA_TRUST_PROXY: '10.0.0.0/8, loopback',
    KAIRA_PUBLIC_URL: 'https://kaira.eduro.example',
  }).http;
  expect(http.corsOrigins).toEqual(['https://a.example', 'http://localhost:5173']);
  expect(http.trustProxy).toEqual(['10.0.0.0/8', 'loopback']);
  expect(http.hsts).toBe(true);
  expect(testConfig({ KAIRA_TRUST_PROXY: '1' }).http.trustProxy).toBe(1);
});

test.each([
  ['KAIRA_CORS_ORIGINS', 'https://a.example/path', /KAIRA_CORS_ORIGINS/],
  ['KAIRA_CORS_ORIGINS', '*', /KAIRA_CORS_ORIGINS/],
  ['KAIRA_INTROSPECTION', 'off', /KAIRA_INTROSPECTION/],
  ['KAIRA_METRICS_TOKEN', 'short', /KAIRA_METRICS_TOKEN/],
  ['KAIRA_TRUST_PROXY', 'true', /KAIRA_TRUST_PROXY/],
  ['KAIRA_LOGIN_RATE_LIMIT', 'many', /KAIRA_LOGIN_RATE_LIMIT/],
])('%s=%s is refused', (name, value, message) => {
  expect(() => testConfig({ [name]: value })).toThrow(message);
});
