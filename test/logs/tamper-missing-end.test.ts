import { USERS } from '../support/kaira';
import { asOwnerIn, damageableLog, lastSeq, listPeople, verifyLogs } from './log-support';

// DOMAIN.md §5, tamper evidence on a fresh database: the newest entries removed. No later entry points
// back to them, so only the chain head (log_head) shows they existed.

const log = damageableLog('eduro-guidance');

test('the last entry deleted by the owner: intact false at that seq, "entries missing at the end"', async () => {
  // One entry per operation: three lists, three entries.
  await listPeople(log.kaira, 'eduro-guidance', 3);
  await listPeople(log.kaira, 'eduro-guidance', 5);
  await listPeople(log.kaira, 'eduro-guidance', 2);
  expect(await lastSeq(log.owner, log.tenant)).toBe(3);
  expect((await verifyLogs(log.kaira, USERS.eduroDpo, 'eduro-guidance')).USE_LOG).toMatchObject({
    intact: true,
    checked: 3,
  });

  expect(await asOwnerIn(log.owner, log.tenant, 'delete from use_log where seq = 3')).toBe(1);

  expect(await verifyLogs(log.kaira, USERS.eduroDpo, 'eduro-guidance')).toEqual({
    USE_LOG: { log: 'USE_LOG', intact: false, checked: 2, brokenAt: 3, problem: 'entries missing at the end' },
    DISCLOSURE_LOG: { log: 'DISCLOSURE_LOG', intact: true, checked: 0, brokenAt: null, problem: null },
  });
});

test('the whole log deleted: "entries missing at the end" at 1', async () => {
  expect(await asOwnerIn(log.owner, log.tenant, 'delete from use_log')).toBe(2);
  expect((await verifyLogs(log.kaira, USERS.eduroDpo, 'eduro-guidance')).USE_LOG).toEqual({
    log: 'USE_LOG',
    intact: false,
    checked: 0,
    brokenAt: 1,
    problem: 'entries missing at the end',
  });
});
