import { createLogger } from '../../src/logger';
import { RetentionScheduler } from '../../src/modules/retention/retention.scheduler';
import { inTenant } from '../isolation/sql';
import { connect } from '../support/database';
import { testConfig } from '../support/env';
import { startKaira, type Kaira } from '../support/kaira';

// The in-process schedule: off in tests unless asked, daily by default elsewhere; a scheduled run applies
// and is recorded with its trigger.

let kaira: Kaira;
beforeAll(async () => {
  kaira = await startKaira();
});
afterAll(async () => {
  await kaira?.close();
});

test('the interval comes from KAIRA_RETENTION_INTERVAL_MS: off under NODE_ENV=test, daily otherwise', () => {
  expect(testConfig().retentionIntervalMs).toBe(0);
  expect(testConfig({ NODE_ENV: 'development' }).retentionIntervalMs).toBe(86_400_000);
  expect(testConfig({ KAIRA_RETENTION_INTERVAL_MS: '250' }).retentionIntervalMs).toBe(250);
  expect(() => testConfig({ KAIRA_RETENTION_INTERVAL_MS: 'soon' })).toThrow(/KAIRA_RETENTION_INTERVAL_MS/);
});

test('when asked, the server process runs retention on its interval, applied, and records the trigger', async () => {
  const scheduler = new RetentionScheduler({ ...kaira, logger: createLogger('silent') });
  scheduler.start(100);
  const owner = await connect(kaira.db.ownerUrl);
  const tenantId = kaira.registry.bySlug('eduro-guidance')!.id;
  try {
    let rows: Array<{ dry_run: boolean; trigger: string }> = [];
    for (let i = 0; i < 50 && rows.length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      rows = await inTenant(
        owner,
        tenantId,
        async () => (await owner.query('select dry_run, trigger from retention_run')).rows,
      );
    }
    expect(rows[0]).toEqual({ dry_run: false, trigger: 'scheduler' });
  } finally {
    await scheduler.stop();
    await owner.end();
  }
});
