import type { Client } from 'pg';
import { connect } from '../support/database';
import { startKaira, USERS, type Kaira } from '../support/kaira';
import { tenantIds } from '../isolation/sql';
import { asOwnerIn, lastSeq, listPeople, verifyLogs } from './log-support';

// DOMAIN.md §5, tamper evidence on a fresh database: an entry removed from the middle of a chain.

let kaira: Kaira;
let owner: Client;
let tenant: string;

beforeAll(async () => {
  kaira = await startKaira();
  owner = await connect(kaira.db.ownerUrl);
  tenant = (await tenantIds(owner))['eduro-training']!;
});
afterAll(async () => {
  await owner?.end();
  await kaira?.close();
});

test('a middle entry deleted by the owner: intact false at that seq, "entry missing"', async () => {
  // One entry per operation: three lists, three entries.
  await listPeople(kaira, 'eduro-training', 4);
  await listPeople(kaira, 'eduro-training', 6);
  await listPeople(kaira, 'eduro-training', 2);
  expect(await lastSeq(owner, tenant)).toBe(3);
  expect((await verifyLogs(kaira, USERS.eduroDpo, 'eduro-training')).USE_LOG).toMatchObject({
    intact: true,
    checked: 3,
  });

  expect(await asOwnerIn(owner, tenant, 'delete from use_log where seq = 2')).toBe(1);

  expect(await verifyLogs(kaira, USERS.eduroDpo, 'eduro-training')).toEqual({
    USE_LOG: { log: 'USE_LOG', intact: false, checked: 1, brokenAt: 2, problem: 'entry missing' },
    DISCLOSURE_LOG: { log: 'DISCLOSURE_LOG', intact: true, checked: 0, brokenAt: null, problem: null },
  });
});

test('the first entry deleted: "entry missing" at 1', async () => {
  expect(await asOwnerIn(owner, tenant, 'delete from use_log where seq = 1')).toBe(1);
  expect((await verifyLogs(kaira, USERS.eduroDpo, 'eduro-training')).USE_LOG).toEqual({
    log: 'USE_LOG',
    intact: false,
    checked: 0,
    brokenAt: 1,
    problem: 'entry missing',
  });
});
