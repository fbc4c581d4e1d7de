import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../src/config';
import { parseTenantFile, TenantFileError } from '../../src/tenants/tenant-file';

// The tenant file's sign-in section (which roles need a second factor) and the demo switch that lifts it:
// both are read at start-up, and a wrong value stops the server.

const real = (slug: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(__dirname, '../../tenants', `${slug}.json`), 'utf8')) as Record<string, unknown>;

test('both guidance registers require a second factor for the roles that read client content', () => {
  for (const slug of ['eduro-guidance', 'rovaniemi-guidance']) {
    expect(parseTenantFile(`${slug}.json`, real(slug)).signIn).toEqual({
      secondFactorRequiredFor: ['COACH', 'DPO', 'CONTROLLER_OFFICER', 'REFERRER'],
    });
  }
  expect(parseTenantFile('eduro-training.json', real('eduro-training')).signIn).toBeUndefined();
});

test.each([
  [{ secondFactorRequiredFor: ['COACH', 'JANITOR'] }, 'signIn.secondFactorRequiredFor[1]', /not one of/],
  [{ secondFactorRequiredFor: ['INTEGRATION'] }, 'signIn.secondFactorRequiredFor[0]', /not one of/],
  [{ secondFactorRequiredFor: ['DPO', 'DPO'] }, 'signIn.secondFactorRequiredFor[1]', /repeated/],
  [{ secondFactorRequiredFor: 'COACH' }, 'signIn.secondFactorRequiredFor', /expected an array/],
  [{ requireFor: ['COACH'] }, 'signIn.requireFor', /unknown key/],
])('a bad sign-in section %j fails at %s', (signIn, path, problem) => {
  const file = { ...real('eduro-guidance'), signIn };
  try {
    parseTenantFile('x.json', file);
    throw new Error('expected a TenantFileError');
  } catch (error) {
    expect(error).toBeInstanceOf(TenantFileError);
    expect((error as TenantFileError).path).toBe(path);
    expect((error as TenantFileError).problem).toMatch(problem);
  }
});

describe('the demo switch KAIRA_DEMO_ALLOW_SINGLE_FACTOR', () => {
  const base = {
    KAIRA_TOKEN_SECRET: Buffer.alloc(32, 1).toString('base64'),
    KAIRA_FIELD_KEY: Buffer.alloc(32, 2).toString('base64'),
    KAIRA_LOOKUP_KEY: Buffer.alloc(32, 3).toString('base64'),
    KAIRA_DATA_DIR: '/nonexistent-kaira-test-data-dir',
  };

  test('on by default with demo data, off without it, and settable to 0', () => {
    expect(loadConfig({ ...base, NODE_ENV: 'test' }).allowSingleFactor).toBe(true);
    expect(loadConfig({ ...base, NODE_ENV: 'test', KAIRA_DEMO: 'false' }).allowSingleFactor).toBe(false);
    expect(loadConfig({ ...base, NODE_ENV: 'test', KAIRA_DEMO_ALLOW_SINGLE_FACTOR: '0' }).allowSingleFactor).toBe(
      false,
    );
  });

  test('production enforces the second factor and refuses the switch', () => {
    expect(loadConfig({ ...base, NODE_ENV: 'production' }).allowSingleFactor).toBe(false);
    expect(() => loadConfig({ ...base, NODE_ENV: 'production', KAIRA_DEMO_ALLOW_SINGLE_FACTOR: '1' })).toThrow(
      /production enforces/,
    );
    expect(() => loadConfig({ ...base, NODE_ENV: 'test', KAIRA_DEMO_ALLOW_SINGLE_FACTOR: 'yes' })).toThrow(/0 or 1/);
  });
});
