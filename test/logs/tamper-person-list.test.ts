import { USERS } from '../support/kaira';
import { asOwnerIn, damageableLog, lastSeq, listPeople, verifyLogs } from './log-support';

// DOMAIN.md §5, tamper evidence for the per-person index: person_ids is what a person's log report
// searches, so removing someone from it would hide a read from them. Verification catches it.

const log = damageableLog('eduro-guidance');

test('a person removed from an entry’s person_ids: intact false, "person list changed"', async () => {
  await listPeople(log.kaira, 'eduro-guidance', 3);
  await listPeople(log.kaira, 'eduro-guidance', 3);
  expect(await lastSeq(log.owner, log.tenant)).toBe(2);
  expect(
    await asOwnerIn(
      log.owner,
      log.tenant,
      'update use_log set person_ids = person_ids[2:cardinality(person_ids)] where seq = 1',
    ),
  ).toBe(1);
  expect((await verifyLogs(log.kaira, USERS.eduroDpo, 'eduro-guidance')).USE_LOG).toEqual({
    log: 'USE_LOG',
    intact: false,
    checked: 0,
    brokenAt: 1,
    problem: 'person list changed',
  });
});
