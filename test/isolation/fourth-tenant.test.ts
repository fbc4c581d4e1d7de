import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import { migrateAndSeed } from '../../src/db/database';
import { openOrm } from '../../src/db/orm';
import { TenantTransaction } from '../../src/db/tenant-transaction';
import { isValidBusinessId } from '../../src/modules/organisation/business-id';
import { Person } from '../../src/modules/person/person.entity';
import { newPersonValues } from '../../src/modules/person/person.service';
import { TenantRegistry } from '../../src/modules/tenant/tenant.registry';
import { loadTenantFiles, type TenantFile } from '../../src/tenants/tenant-file';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { testConfig } from '../support/env';
import { DEMO_PEOPLE } from '../support/kaira';

// DOMAIN.md §1 / tenant-file.ts: a new tenant is one more file in tenants/. No migration, no code:
// seeding it makes it a tenant with its own controller and processor, isolated like the other three.

const TENANTS_DIR = join(__dirname, '../../tenants');
const NEW_ID = '7b0c6f3e-2d4a-4c1b-9e85-3f6a1d2c4b5e';
const NEW_SLUG = 'esimerkkikunta-guidance';
// A valid Y-tunnus of its own (7·2+9·3+10·4+5·5+8·6+4·7+2·8 = 198 ≡ 0 mod 11 → check digit 0). Not 1234567-1:
// the demo data already uses that for the TE office, and the seed would rename that organisation.
const MUNICIPALITY = { name: 'Esimerkkikunta', businessId: '2345678-0' };
const EDURO = '1508035-7';

/** The Rovaniemi file (a city controller, Eduro as processor) turned into another municipality's register. */
function fourthTenantFile(): TenantFile {
  const file = JSON.parse(readFileSync(join(TENANTS_DIR, 'rovaniemi-guidance.json'), 'utf8')) as TenantFile;
  const cityDpo = 'tietosuoja@esimerkkikunta.example';
  return {
    ...file,
    id: NEW_ID,
    slug: NEW_SLUG,
    controller: { ...MUNICIPALITY, address: { street: 'PL 1', postalCode: '99999', city: 'Esimerkkikunta' } },
    dataProtectionOfficers: file.dataProtectionOfficers.map((dpo) =>
      dpo.organisation === file.controller.businessId
        ? { ...dpo, name: 'Kunnan tietosuojavastaava', organisation: MUNICIPALITY.businessId, email: cityDpo }
        : dpo,
    ),
    rightsRequests: { ...file.rightsRequests, handledByDpo: cityDpo },
  };
}

let dir: string;
let db: TestDatabase;
let orm: MikroORM;
let files: TenantFile[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kaira-fourth-tenant-'));
  for (const name of readdirSync(TENANTS_DIR).filter((n) => n.endsWith('.json'))) {
    copyFileSync(join(TENANTS_DIR, name), join(dir, name));
  }
  writeFileSync(join(dir, `${NEW_SLUG}.json`), JSON.stringify(fourthTenantFile(), null, 2));
  files = loadTenantFiles(dir);
  db = await createTestDatabase();
  await migrateAndSeed(db.ownerUrl, files);
  orm = await openOrm(db.appUrl, 2);
});
afterAll(async () => {
  await orm?.close();
  await db?.drop();
  rmSync(dir, { recursive: true, force: true });
});

test('the file is valid and the Y-tunnus checks out', () => {
  expect(isValidBusinessId(MUNICIPALITY.businessId)).toBe(true);
  expect(files.map((f) => f.slug)).toEqual(['eduro-guidance', 'eduro-training', NEW_SLUG, 'rovaniemi-guidance']);
});

test('the app role’s registry holds the fourth tenant with its controller and processor', async () => {
  const registry = await TenantRegistry.load(orm.em);
  expect(
    registry
      .all()
      .map((t) => t.slug)
      .sort(),
  ).toEqual(['eduro-guidance', 'eduro-training', NEW_SLUG, 'rovaniemi-guidance'].sort());
  const tenant = registry.bySlug(NEW_SLUG)!;
  expect(tenant).toMatchObject({ id: NEW_ID, slug: NEW_SLUG, registerKind: 'guidance' });
  expect(registry.byId(NEW_ID)).toBe(tenant);
  const controller = registry.organisation(tenant.controllerOrganisationId);
  const processor = registry.organisation(tenant.processorOrganisationId!);
  expect({ name: controller?.name, businessId: controller?.businessId }).toEqual(MUNICIPALITY);
  expect({ name: processor?.name, businessId: processor?.businessId }).toEqual({
    name: 'Eduro-säätiö',
    businessId: EDURO,
  });
  // Eduro is one organisation across tenants, not a copy per file.
  expect(tenant.processorOrganisationId).toBe(registry.bySlug('eduro-training')!.controllerOrganisationId);
});

test('seeding again is idempotent: still four tenants, the organisations not duplicated', async () => {
  await migrateAndSeed(db.ownerUrl, files);
  const em = orm.em.fork();
  const [{ tenants, organisations }] = await em.execute<Array<{ tenants: number; organisations: number }>>(
    `select (select count(*)::int from tenant) as tenants,
            (select count(*)::int from organisation where business_id in (?, ?)) as organisations`,
    [MUNICIPALITY.businessId, EDURO],
  );
  expect({ tenants, organisations }).toEqual({ tenants: 4, organisations: 2 });
});

describe('a person written in the fourth tenant', () => {
  let personId: string;
  const others = () => files.filter((f) => f.id !== NEW_ID);

  beforeAll(async () => {
    const values = newPersonValues(testConfig().keys, NEW_ID, {
      firstName: 'Esko',
      lastName: 'Esimerkki',
      personalIdentityCode: '131052-308T',
      email: 'esko.esimerkki@example.fi',
    });
    personId = values.id;
    await TenantTransaction.within(orm, { tenantId: NEW_ID, userId: null }, async (em) => {
      em.create(Person, values);
      await em.flush();
    });
  });

  test('is there for its own tenant, which sees none of the other tenants’ people', async () => {
    const seen = await TenantTransaction.within(orm, { tenantId: NEW_ID, userId: null }, async (em) => ({
      viaOrm: (await em.find(Person, {})).map((p) => p.id),
      // Raw SQL skips the ORM's tenant filter: only row-level security is left.
      viaSql: (await em.execute<Array<{ id: string }>>('select id from person')).map((r) => r.id),
    }));
    expect(seen).toEqual({ viaOrm: [personId], viaSql: [personId] });
  });

  test.each(['eduro-guidance', 'eduro-training', 'rovaniemi-guidance'] as const)('is invisible to %s', async (slug) => {
    const other = others().find((f) => f.slug === slug)!;
    const seen = await TenantTransaction.within(orm, { tenantId: other.id, userId: null }, async (em) => ({
      viaOrm: await em.findOne(Person, { id: personId }),
      viaSql: await em.execute<Array<{ id: string }>>('select id from person where id = ? or tenant_id = ?', [
        personId,
        NEW_ID,
      ]),
      ownPeople: await em.count(Person, {}),
    }));
    expect(seen).toEqual({ viaOrm: null, viaSql: [], ownPeople: DEMO_PEOPLE[slug] });
  });

  test('cannot be written into from another tenant', async () => {
    const attempt = TenantTransaction.within(orm, { tenantId: others()[0]!.id, userId: null }, (em) =>
      em.execute("update person set first_name = 'Muutettu' where id = ?", [personId], 'run'),
    );
    await expect(attempt).resolves.toMatchObject({ affectedRows: 0 });
    const insert = TenantTransaction.within(orm, { tenantId: others()[0]!.id, userId: null }, (em) =>
      em.execute(`insert into person (id, tenant_id, first_name, last_name) values (gen_random_uuid(), ?, 'X', 'Y')`, [
        NEW_ID,
      ]),
    );
    await expect(insert).rejects.toThrow(/row-level security/);
  });
});
