import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { inTenant } from '../isolation/sql';
import { connect, createTestDatabase, type TestDatabase } from '../support/database';
import { TEST_ENV } from '../support/env';
import { insertClient } from './retention.support';

// `npm run retention`: a dry run by default, --apply acts; counts only on stdout, never a person id.

const run = promisify(execFile);
const REPO = resolve(__dirname, '../..');
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

function retention(...args: string[]) {
  const env = { ...process.env, ...TEST_ENV, DATABASE_URL: db.appUrl, DATABASE_OWNER_URL: db.ownerUrl };
  return run(process.execPath, ['-r', './test/support/swc-register.js', 'src/cli/retention.ts', ...args], {
    cwd: REPO,
    env,
  }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

test('dry run by default, then --apply removes what it reported', async () => {
  const owner = await connect(db.ownerUrl);
  try {
    const tenantId = '00000000-0000-4000-8000-000000000003';
    const id = await insertClient(owner, tenantId, { periods: [['closed', '2011-03-31']] });
    const dry = await retention();
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/dry run \(nothing removed; --apply acts\)/);
    expect(dry.stdout).toMatch(/rovaniemi-guidance\s+due: name=1 .*outboxMessages=0; kept by holds: none/);
    expect(dry.stdout).not.toContain(id);
    const applied = await retention('--apply');
    expect(applied.code).toBe(0);
    expect(applied.stdout).toMatch(/APPLIED/);
    expect(applied.stdout).toMatch(/rovaniemi-guidance\s+removed: name=1 /);
    const left = await inTenant(
      owner,
      tenantId,
      async () => (await owner.query('select count(*)::int as n from person where id = $1', [id])).rows[0].n,
    );
    expect(left).toBe(0);
  } finally {
    await owner.end();
  }
}, 60_000);

test('an unknown flag is refused before anything runs', async () => {
  const result = await retention('--aply');
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/unknown argument --aply/);
}, 30_000);
