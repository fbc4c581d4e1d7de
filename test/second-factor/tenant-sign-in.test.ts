import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTenantFile, TenantFileError } from '../../src/tenants/tenant-file';

// The tenant file's sign-in section: which roles need a second factor. Validated at start-up like the rest.

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
