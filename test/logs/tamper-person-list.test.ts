import type { Client } from 'pg';
import { connect } from '../support/database';
import { startKaira, USERS, type Kaira } from '../support/kaira';
import { tenantIds } from '../isolation/sql';
import { asOwnerIn, lastSeq, listPeople, verifyLogs } from './log-support';

// DOMAIN.md §5, tamper evidence for the per-person index: person_ids is what a person's log report
// searches, so removing someone from it would hide a read from them. Verification catches it.

let kaira: Kaira;
let owner: Client;
let tenant: string;

beforeAll(async () => {
  kaira = await startKaira();
  owner = await connect(kaira.db.ownerUrl);
  tenant = (await tenantIds(owner))['eduro-guidance']!;
});
afterAll(async () => {
  await owner?.end();
  await kaira?.close();
});

test('a person removed from an entry’s person_ids: intact false, "person list changed"', async () => {
  await listPeople(kaira, 'eduro-guidance', 3);
  await listPeople(kaira, 'eduro-guidance', 3);
  expect(await lastSeq(owner, tenant)).toBe(2);
  expect(
    await asOwnerIn(
      owner,
      tenant,
      'update use_log set person_ids = person_ids[2:cardinality(person_ids)] where seq = 1',
    ),
  ).toBe(1);
  expect((await verifyLogs(kaira, USERS.eduroDpo, 'eduro-guidance')).USE_LOG).toEqual({
    log: 'USE_LOG',
    intact: false,
    checked: 0,
    brokenAt: 1,
    problem: 'person list changed',
  });
});
