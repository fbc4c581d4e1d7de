import { loadConfig, type Config } from '../../src/config';

// Fixed keys for the tests: the template database is seeded with them (henkilötunnus ciphertexts).
const key = (byte: number): string => Buffer.alloc(32, byte).toString('base64');

export const TEST_ENV = {
  NODE_ENV: 'test',
  KAIRA_TOKEN_SECRET: key(1),
  KAIRA_FIELD_KEY: key(2),
  KAIRA_LOOKUP_KEY: key(3),
  KAIRA_TENANTS_DIR: 'tenants',
  KAIRA_DATA_DIR: '/nonexistent-kaira-test-data-dir',
  PORT: '0',
  LOG_LEVEL: 'silent',
  // Tests of other behaviour sign in and open links far more often than a person would; the rate limits
  // are tested with their own low values (test/api/rate-limit.test.ts, test/enrolment/*.rate-limit.test.ts).
  KAIRA_LOGIN_RATE_LIMIT: '100000',
  KAIRA_PUBLIC_RATE_LIMIT: '100000',
} as const;

export function testConfig(overrides: Partial<Record<string, string>> = {}): Config {
  return loadConfig({ ...TEST_ENV, ...overrides });
}

/** Set by global-setup for every worker. */
export function testServerEnv(): { superuserUrl: string; ownerPassword: string; appPassword: string } {
  const { KAIRA_TEST_SUPERUSER_URL, KAIRA_TEST_OWNER_PASSWORD, KAIRA_TEST_APP_PASSWORD } = process.env;
  if (!KAIRA_TEST_SUPERUSER_URL || !KAIRA_TEST_OWNER_PASSWORD || !KAIRA_TEST_APP_PASSWORD) {
    throw new Error('the test database is not set up: run the tests with jest (test/support/global-setup.ts)');
  }
  return {
    superuserUrl: KAIRA_TEST_SUPERUSER_URL,
    ownerPassword: KAIRA_TEST_OWNER_PASSWORD,
    appPassword: KAIRA_TEST_APP_PASSWORD,
  };
}

export const TEMPLATE_DATABASE = 'kaira_template';
