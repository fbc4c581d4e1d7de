import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  loadTenantFiles,
  parseTenantFile,
  TenantFileError,
  type Organisation,
  type TenantFile,
} from '../../src/tenants/tenant-file';

const TENANTS_DIR = join(__dirname, '../../tenants');
const SLUGS = ['eduro-guidance', 'eduro-training', 'rovaniemi-guidance'];
const FILE = 'tenants/x.json';

// A fresh, mutable copy of a real tenant file, so each bad input differs from a valid file in one place only.
function real(slug: string): TenantFile {
  return JSON.parse(readFileSync(join(TENANTS_DIR, `${slug}.json`), 'utf8')) as TenantFile;
}

function caught(run: () => unknown): TenantFileError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(TenantFileError);
    return error as TenantFileError;
  }
  throw new Error('expected a TenantFileError, nothing was thrown');
}

function expectFailure(run: () => unknown, file: string, path: string, problem: RegExp): void {
  const error = caught(run);
  expect({ file: error.file, path: error.path }).toEqual({ file, path });
  expect(error.message.startsWith(path ? `${file}: ${path}: ` : `${file}: `)).toBe(true);
  expect(error.problem).toMatch(problem);
}

let dirs: string[] = [];
afterEach(() => {
  dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  dirs = [];
});

// A temporary tenants/ directory holding copies of the three real files plus `extra` files.
function tenantsDir(extra: Record<string, unknown> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'kaira-tenants-'));
  dirs.push(dir);
  SLUGS.forEach((slug) => copyFileSync(join(TENANTS_DIR, `${slug}.json`), join(dir, `${slug}.json`)));
  for (const [name, content] of Object.entries(extra)) {
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return dir;
}

describe('the real tenant files', () => {
  it('all load, in file-name order', () => {
    const tenants = loadTenantFiles(TENANTS_DIR);
    expect(tenants.map((t) => [t.slug, t.id])).toEqual([
      ['eduro-guidance', '00000000-0000-4000-8000-000000000002'],
      ['eduro-training', '00000000-0000-4000-8000-000000000001'],
      ['rovaniemi-guidance', '00000000-0000-4000-8000-000000000003'],
    ]);
    tenants.forEach((t) => expect(t.notice.reviewedOn).toBe('2022-05-11'));
  });

  it('hold what the notices state about controllers, DPOs and statutes', () => {
    const [guidance, training, city] = loadTenantFiles(TENANTS_DIR) as [TenantFile, TenantFile, TenantFile];
    expect(training.controller.businessId).toBe('1508035-7');
    expect(training.statutes.map((s) => s.fi).join(' ')).toMatch(/2016\/679.*917\/2014/);
    expect(guidance.processor).toBeNull();
    expect(guidance.subProcessors.map((s) => s.name)).toEqual(['Digi- ja Mainostoimisto Höyry Oy']);
    expect(city.controller.businessId).toBe('1978283-1');
    expect(city.processor?.businessId).toBe('1508035-7');
    expect(city.dataProtectionOfficers.map((p) => p.name)).toEqual(['Virpi Stenberg', 'Jukka-Pekka Micklin']);
    // DOMAIN.md §1: in the city's register the city's DPO receives access requests.
    expect(city.rightsRequests.handledByDpo).toBe('virpi.stenberg@rovaniemi.fi');
    const consentGated = city.dataCategories.filter((c) => c.consentRequired).map((c) => c.key);
    expect(consentGated).toEqual(['employment', 'rehabilitation', 'everydayLifeSupport', 'guidance', 'observation']);
  });
});

describe('parseTenantFile rejects', () => {
  const cases: [string, string, (t: TenantFile) => void, string, RegExp][] = [
    [
      'a missing field',
      'eduro-training',
      (t) => delete (t.controller as Partial<Organisation>).businessId,
      'controller.businessId',
      /required field is missing/,
    ],
    [
      'a wrong type',
      'eduro-guidance',
      (t) => Object.assign(t.dataCategories[11]!, { consentRequired: 'yes' }),
      'dataCategories[11].consentRequired',
      /expected a boolean, got string/,
    ],
    [
      'an unknown (misspelt) key',
      'eduro-training',
      (t) => {
        const { businessId, ...rest } = t.controller;
        t.controller = { ...rest, bussinessId: businessId } as unknown as Organisation;
      },
      'controller.bussinessId',
      /unknown key/,
    ],
    [
      'an unknown top-level key',
      'eduro-guidance',
      (t) => Object.assign(t, { retension: [] }),
      'retension',
      /unknown key/,
    ],
    [
      'a bad Y-tunnus',
      'eduro-training',
      (t) => (t.controller.businessId = '1508035-8'),
      'controller.businessId',
      /"1508035-8" is not a valid Y-tunnus/,
    ],
    [
      'a date that does not exist',
      'eduro-training',
      (t) => (t.notice.reviewedOn = '2022-02-30'),
      'notice.reviewedOn',
      /"2022-02-30" is not a real calendar date/,
    ],
    [
      'a date in the Finnish notation',
      'eduro-training',
      (t) => (t.notice.reviewedOn = '11.5.2022'),
      'notice.reviewedOn',
      /is not a date \(YYYY-MM-DD\)/,
    ],
    [
      'retention naming an undeclared category',
      'eduro-guidance',
      (t) => (t.retention[0]!.category = 'shoeSize'),
      'retention[0].category',
      /"shoeSize" is not a declared data category/,
    ],
    [
      'a declared category without a retention rule',
      'eduro-guidance',
      (t) => (t.retention = t.retention.filter((r) => r.category !== 'gender')),
      'retention',
      /no retention rule for data category "gender"/,
    ],
    [
      'a DPO of an unrelated organisation',
      'eduro-guidance',
      (t) => (t.dataProtectionOfficers[0]!.organisation = '7654321-2'),
      'dataProtectionOfficers[0].organisation',
      /"7654321-2" is neither the controller nor the processor/,
    ],
    [
      "the processor's DPO deciding rights requests in the city's register",
      'rovaniemi-guidance',
      (t) => (t.rightsRequests.handledByDpo = 'jukka-pekka.micklin@eduro.fi'),
      'rightsRequests.handledByDpo',
      /must be a DPO of the controller/,
    ],
    [
      'a register without a DPO',
      'eduro-training',
      (t) => (t.dataProtectionOfficers = []),
      'dataProtectionOfficers',
      /at least 1 item/,
    ],
    ['an empty translation', 'eduro-training', (t) => (t.purposes[0]!.en = ' '), 'purposes[0].en', /must not be empty/],
    [
      'a retention period that is not an ISO 8601 duration',
      'eduro-guidance',
      (t) => (t.retention[0]!.period = '10 years'),
      'retention[0].period',
      /ISO 8601 duration/,
    ],
    [
      'an unknown register kind',
      'eduro-training',
      (t) => Object.assign(t.register, { kind: 'school' }),
      'register.kind',
      /"school" is not one of card-training, guidance/,
    ],
    [
      'a postal code that is not five digits',
      'rovaniemi-guidance',
      (t) => (t.dataProtectionOfficers[0]!.address!.postalCode = '9610'),
      'dataProtectionOfficers[0].address.postalCode',
      /five-digit postal code/,
    ],
    [
      'a data category key declared twice',
      'eduro-guidance',
      (t) => (t.dataCategories[1]!.key = 'name'),
      'dataCategories[1].key',
      /"name" is declared twice/,
    ],
    [
      'case-by-case third-country transfers without conditions',
      'eduro-guidance',
      (t) => (t.thirdCountryTransfers.requires = []),
      'thirdCountryTransfers.requires',
      /need conditions/,
    ],
    ['an id that is not a UUID', 'eduro-training', (t) => (t.id = 'eduro-1'), 'id', /not a lower-case UUID/],
  ];

  it.each(cases)('%s', (_name, slug, mutate, path, problem) => {
    const tenant = real(slug);
    mutate(tenant);
    expectFailure(() => parseTenantFile(FILE, tenant), FILE, path, problem);
  });

  it('with a message naming the file, the field path and the bad value', () => {
    const tenant = real('eduro-training');
    tenant.controller.businessId = '1508035-8';
    expect(() => parseTenantFile('tenants/x.json', tenant)).toThrow(
      'tenants/x.json: controller.businessId: "1508035-8" is not a valid Y-tunnus',
    );
  });

  it('a file that is not an object', () => {
    expectFailure(() => parseTenantFile(FILE, []), FILE, '', /expected an object, got array/);
  });
});

describe('loadTenantFiles', () => {
  it('takes a new municipality as one more file', () => {
    const tenant = real('rovaniemi-guidance');
    const municipality: Organisation = {
      name: 'Esimerkkikunta',
      businessId: '1234567-1',
      address: { street: 'Kunnantie 1', postalCode: '99999', city: 'Esimerkkikylä' },
    };
    const dpo = { name: 'Tieto Suojaaja', organisation: '1234567-1', phone: '040 000 0000', email: 'dpo@example.fi' };
    const fourth: TenantFile = {
      ...tenant,
      id: '00000000-0000-4000-8000-000000000004',
      slug: 'esimerkkikunta-guidance',
      controller: municipality,
      dataProtectionOfficers: [dpo, tenant.dataProtectionOfficers[1]!],
      rightsRequests: { ...tenant.rightsRequests, handledByDpo: 'dpo@example.fi' },
    };
    const tenants = loadTenantFiles(tenantsDir({ 'esimerkkikunta-guidance.json': fourth }));
    expect(tenants.map((t) => t.slug)).toEqual([...SLUGS.slice(0, 2), 'esimerkkikunta-guidance', SLUGS[2]]);
    expect(tenants[2]).toEqual(fourth);
  });

  it('rejects a slug used by another file', () => {
    const copy = { ...real('eduro-training'), id: '00000000-0000-4000-8000-000000000009' };
    const dir = tenantsDir({ 'zz-copy.json': copy });
    expectFailure(
      () => loadTenantFiles(dir),
      join(dir, 'zz-copy.json'),
      'slug',
      /"eduro-training" is already used by .*eduro-training\.json/,
    );
  });

  it('rejects an id used by another file', () => {
    const copy = { ...real('eduro-training'), slug: 'eduro-training-copy' };
    const dir = tenantsDir({ 'zz-copy.json': copy });
    expectFailure(
      () => loadTenantFiles(dir),
      join(dir, 'zz-copy.json'),
      'id',
      /already used by .*eduro-training\.json/,
    );
  });

  it('rejects a file that is not JSON, naming it', () => {
    const dir = tenantsDir({ 'broken.json': '{ "id": ' });
    expectFailure(() => loadTenantFiles(dir), join(dir, 'broken.json'), '', /is not valid JSON/);
  });

  it('rejects a directory without tenant files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kaira-tenants-'));
    dirs.push(dir);
    expectFailure(() => loadTenantFiles(dir), dir, '', /no tenant files/);
  });
});
