import type { Client as Pg } from 'pg';
import { createLogger } from '../../src/logger';
import { runRetention, type RetentionReport, type TenantRetention } from '../../src/modules/retention/retention.job';
import { inTenant } from '../isolation/sql';
import { connect } from '../support/database';
import { startKaira, type Kaira } from '../support/kaira';
import { existing, insertClient, insertOutbox } from './retention.support';

// Retention (issue 5 item 4, DOMAIN.md §7): the tenant files' rules decide; a dry run changes nothing and
// reports what an applied run then removes; legal holds and restrictions keep what they keep; every run
// is recorded per tenant; the database refuses a removal the rules do not allow.

const CITY = 'rovaniemi-guidance';
let kaira: Kaira;
let owner: Pg;
let tenantId: string;
const ids: Record<string, string> = {};
const outbox: Record<string, string> = {};

beforeAll(async () => {
  kaira = await startKaira();
  owner = await connect(kaira.db.ownerUrl);
  tenantId = kaira.registry.bySlug(CITY)!.id;
  ids.due = await insertClient(owner, tenantId, {
    periods: [
      ['closed', '2010-01-01'],
      ['cancelled', '2012-06-30'],
    ],
  });
  ids.held = await insertClient(owner, tenantId, {
    periods: [['closed', '2010-01-01']],
    hold: { kind: 'court_order', endsOn: '2099-12-31' },
  });
  ids.expiredHold = await insertClient(owner, tenantId, {
    periods: [['closed', '2010-01-01']],
    hold: { kind: 'authority_process', endsOn: '2020-01-01' },
  });
  ids.restricted = await insertClient(owner, tenantId, { periods: [['closed', '2010-01-01']], restricted: true });
  ids.recent = await insertClient(owner, tenantId, { periods: [['closed', '2020-01-01']] });
  ids.open = await insertClient(owner, tenantId, {
    periods: [
      ['closed', '2010-01-01'],
      ['active', null],
    ],
  });
  outbox.oldSent = await insertOutbox(owner, tenantId, 'sent', 100);
  outbox.oldFailed = await insertOutbox(owner, tenantId, 'failed', 100);
  outbox.oldQueued = await insertOutbox(owner, tenantId, 'queued', 100);
  outbox.newSent = await insertOutbox(owner, tenantId, 'sent', 10);
});
afterAll(async () => {
  await owner?.end();
  await kaira?.close();
});

const run = (apply: boolean, whileLocked?: () => Promise<void>) =>
  runRetention({ ...kaira, logger: createLogger('silent') }, { apply, trigger: 'api', whileLocked });
const tenantOf = (report: RetentionReport, slug: string): TenantRetention => {
  if (!report.ran) throw new Error('the run was skipped');
  return report.tenants.find((t) => t.tenant === slug)!;
};
const everyone = () => Object.values(ids);

async function runRows(runId: string) {
  return inTenant(owner, tenantId, async () => {
    const { rows } = await owner.query(
      'select dry_run, trigger, counts, held, person_ids from retention_run where run_id = $1',
      [runId],
    );
    return rows;
  });
}

describe('dry run, then apply', () => {
  let dry: RetentionReport;

  test('a dry run finds the due person and old mail, keeps what holds keep, and changes nothing', async () => {
    dry = await run(false);
    const city = tenantOf(dry, CITY);
    expect(city.personIds).toEqual([ids.due, ids.expiredHold].sort());
    expect(city.held).toEqual({ court_order: 1, restriction: 1 });
    expect(city.counts).toMatchObject({ name: 2, statement: 2, messages: 2, outboxMessages: 2 });
    expect(await existing(owner, tenantId, 'person', everyone())).toEqual(everyone().sort());
    expect(await existing(owner, tenantId, 'outbox_message', Object.values(outbox))).toHaveLength(4);
    expect(await runRows((dry as { runId: string }).runId)).toEqual([
      {
        dry_run: true,
        trigger: 'api',
        counts: city.counts,
        held: city.held,
        person_ids: city.personIds,
      },
    ]);
  });

  test('apply removes exactly what the dry run reported, through the deliberate path, and records it', async () => {
    const applied = await run(true);
    const city = tenantOf(applied, CITY);
    expect(city.counts).toEqual(tenantOf(dry, CITY).counts);
    expect(city.personIds).toEqual(tenantOf(dry, CITY).personIds);
    const kept = [ids.held, ids.restricted, ids.recent, ids.open].sort();
    expect(await existing(owner, tenantId, 'person', everyone())).toEqual(kept);
    // The cascades took the removed persons' service periods with them.
    const periods = await inTenant(
      owner,
      tenantId,
      async () =>
        (await owner.query('select count(*)::int as n from service_period where person_id = $1', [ids.due])).rows[0].n,
    );
    expect(periods).toBe(0);
    expect(await existing(owner, tenantId, 'outbox_message', Object.values(outbox))).toEqual(
      [outbox.oldQueued, outbox.newSent].sort(),
    );
    const [row] = await runRows((applied as { runId: string }).runId);
    expect(row).toMatchObject({ dry_run: false, counts: city.counts, person_ids: city.personIds });
  });

  test('a second applied run finds nothing left to remove', async () => {
    const again = tenantOf(await run(true), CITY);
    expect(again.personIds).toEqual([]);
    expect(again.counts).toMatchObject({ name: 0, outboxMessages: 0 });
  });

  test('registers without a fixed period (card training: until erasure) remove no person', async () => {
    const training = tenantOf(await run(false), 'eduro-training');
    expect(training.personIds).toEqual([]);
    expect(Object.keys(training.counts)).toEqual(['outboxMessages']);
  });
});

describe('the database checks the rules again', () => {
  test.each(['held', 'restricted', 'recent', 'open'])('removing the %s person directly is refused', async (which) => {
    const app = await connect(kaira.db.appUrl);
    try {
      const error = await inTenant(app, tenantId, () =>
        app.query('select kaira.retention_remove_person($1)', [ids[which]]).then(
          () => null,
          (e: { code?: string }) => e.code,
        ),
      );
      expect(['42501', 'KA018']).toContain(error);
    } finally {
      await app.end();
    }
    expect(await existing(owner, tenantId, 'person', [ids[which]!])).toEqual([ids[which]]);
  });

  test('the app cannot rewrite a run record', async () => {
    const app = await connect(kaira.db.appUrl);
    try {
      const code = await inTenant(app, tenantId, () =>
        app.query(`update retention_run set counts = '{}'`).then(
          () => null,
          (e: { code?: string }) => e.code,
        ),
      );
      expect(code).toBe('42501');
    } finally {
      await app.end();
    }
  });
});

describe('one runner at a time', () => {
  test('a run while another process holds the lock is skipped and records nothing', async () => {
    const other = await connect(kaira.db.ownerUrl);
    try {
      await other.query("select pg_advisory_lock(hashtext('kaira.retention'))");
      const before = await inTenant(owner, tenantId, async () =>
        Number((await owner.query('select count(*) from retention_run')).rows[0].count),
      );
      expect(await run(true)).toEqual({ ran: false, reason: 'another run holds the lock' });
      const after = await inTenant(owner, tenantId, async () =>
        Number((await owner.query('select count(*) from retention_run')).rows[0].count),
      );
      expect(after).toBe(before);
    } finally {
      await other.end();
    }
    expect((await run(false)).ran).toBe(true);
  });

  test('two concurrent runs: one runs, one skips', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = run(false, () => gate);
    // The first run holds the lock until the gate opens; the second starts meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const second = await run(false);
    release();
    expect(second).toEqual({ ran: false, reason: 'another run holds the lock' });
    expect((await first).ran).toBe(true);
  });
});
