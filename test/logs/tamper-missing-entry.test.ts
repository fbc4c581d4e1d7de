import { USERS } from '../support/kaira';
import { asOwnerIn, damageableLog, lastSeq, listPeople, verifyLogs } from './log-support';

// DOMAIN.md §5, tamper evidence on a fresh database: an entry removed from the middle of a chain.

const log = damageableLog('eduro-training');

test('a middle entry deleted by the owner: intact false at that seq, "entry missing"', async () => {
  // One entry per operation: three lists, three entries.
  await listPeople(log.kaira, 'eduro-training', 4);
  await listPeople(log.kaira, 'eduro-training', 6);
  await listPeople(log.kaira, 'eduro-training', 2);
  expect(await lastSeq(log.owner, log.tenant)).toBe(3);
  expect((await verifyLogs(log.kaira, USERS.eduroDpo, 'eduro-training')).USE_LOG).toMatchObject({
    intact: true,
    checked: 3,
  });

  expect(await asOwnerIn(log.owner, log.tenant, 'delete from use_log where seq = 2')).toBe(1);

  expect(await verifyLogs(log.kaira, USERS.eduroDpo, 'eduro-training')).toEqual({
    USE_LOG: { log: 'USE_LOG', intact: false, checked: 1, brokenAt: 2, problem: 'entry missing' },
    DISCLOSURE_LOG: {
      log: 'DISCLOSURE_LOG',
      intact: true,
      checked: await lastSeq(log.owner, log.tenant, 'disclosure_log'), // the demo's scheme reports
      brokenAt: null,
      problem: null,
    },
  });
});

test('the first entry deleted: "entry missing" at 1', async () => {
  expect(await asOwnerIn(log.owner, log.tenant, 'delete from use_log where seq = 1')).toBe(1);
  expect((await verifyLogs(log.kaira, USERS.eduroDpo, 'eduro-training')).USE_LOG).toEqual({
    log: 'USE_LOG',
    intact: false,
    checked: 0,
    brokenAt: 1,
    problem: 'entry missing',
  });
});
