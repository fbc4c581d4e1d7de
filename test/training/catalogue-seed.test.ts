import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { APP_ROLE, migrateAndSeed, OWNER_ROLE } from '../../src/db/database';
import { connectionUrl } from '../../src/db/roles';
import { CARD_TYPE_SEEDS } from '../../src/modules/training/card-type.seed';
import { loadTenantFiles } from '../../src/tenants/tenant-file';
import { inTenant } from '../isolation/sql';
import { testConfig, testServerEnv } from '../support/env';

// The catalogue is reference data, not demo data: a plain production start (migrateAndSeed, no demo)
// on an empty database seeds it into the card-training tenant only, and a restart neither duplicates it
// nor overwrites OFFICE's edits. (The test template also runs the demo, so this uses a fresh database.)

const env = testServerEnv();
const name = `kaira_seed_${randomBytes(6).toString('hex')}`;
const ownerUrl = connectionUrl(env.superuserUrl, OWNER_ROLE, env.ownerPassword, name);
const tenants = loadTenantFiles(testConfig().tenantsDir);
let owner: Client;

async function asSuperuser(sql: string[]): Promise<void> {
  const client = new Client({ connectionString: env.superuserUrl });
  await client.connect();
  try {
    for (const statement of sql) await client.query(statement);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await asSuperuser([
    `create database ${name} owner ${OWNER_ROLE}`,
    `grant connect on database ${name} to ${APP_ROLE}`,
  ]);
  await migrateAndSeed(ownerUrl, tenants);
  owner = new Client({ connectionString: ownerUrl });
  await owner.connect();
});
afterAll(async () => {
  await owner?.end();
  await asSuperuser([`drop database if exists ${name} with (force)`]);
});

const codesIn = (slug: string) =>
  inTenant(owner, tenants.find((t) => t.slug === slug)!.id, async () =>
    (await owner.query<{ code: string }>('select code from card_type order by code')).rows.map((r) => r.code),
  );

test('a plain migrateAndSeed seeds every catalogue type into eduro-training, none elsewhere, no demo', async () => {
  expect(await codesIn('eduro-training')).toEqual(CARD_TYPE_SEEDS.map((t) => t.code).sort());
  expect(await codesIn('eduro-guidance')).toEqual([]);
  expect(await codesIn('rovaniemi-guidance')).toEqual([]);
  const { rows } = await owner.query<{ n: string }>('select count(*) as n from user_account');
  expect(Number(rows[0]!.n)).toBe(0);
});

test('seeding again adds nothing and keeps an edited type as edited', async () => {
  const tid = tenants.find((t) => t.slug === 'eduro-training')!.id;
  await inTenant(owner, tid, () => owner.query("update card_type set name_en = 'Edited' where code = 'ttk'"), {
    commit: true,
  });
  await migrateAndSeed(ownerUrl, tenants);
  expect(await codesIn('eduro-training')).toHaveLength(CARD_TYPE_SEEDS.length);
  const nameEn = await inTenant(owner, tid, async () => {
    const { rows } = await owner.query<{ name_en: string }>("select name_en from card_type where code = 'ttk'");
    return rows[0]!.name_en;
  });
  expect(nameEn).toBe('Edited');
});
