import type { EntityManager } from '@mikro-orm/postgresql';
import { TenantTransaction } from '../../src/db/tenant-transaction';
import { enqueueMessage } from '../../src/modules/outbox/outbox.service';
import { connect } from '../support/database';
import { openOutboxWorld, startSmtpSink, type OutboxWorld, type SmtpSink } from './outbox-support';

// The app role is bound by RLS per tenant: tenant A's delivery transaction cannot see, claim or write
// tenant B's messages, which is why delivery loops over the tenants. The loop serves both.
let world: OutboxWorld;
let smtp: SmtpSink;
let a: string;
let b: string;

beforeAll(async () => {
  world = await openOutboxWorld();
  smtp = await startSmtpSink();
  a = world.tenantId('eduro-guidance');
  b = world.tenantId('rovaniemi-guidance');
});
afterAll(async () => {
  await smtp.close();
  await world.close();
});

const inTenant = <T>(tenantId: string | null, work: (em: EntityManager) => Promise<T>): Promise<T> =>
  TenantTransaction.within(world.orm, { tenantId, userId: null }, work);

test('in tenant A’s transaction tenant B’s messages are invisible, unclaimable and unwritable', async () => {
  await world.enqueue('eduro-guidance', { subject: 'A' });
  const bMessage = await world.enqueue('rovaniemi-guidance', { subject: 'B' });

  await inTenant(a, async (em) => {
    const visible = await em.execute<Array<{ tenant_id: string }>>('select tenant_id from outbox_message');
    expect(visible.map((r) => r.tenant_id)).toEqual([a]);
    // The delivery's own statements, naming B by mistake, find nothing.
    expect(await em.execute('select id from outbox_message where tenant_id = ? for update skip locked', [b])).toEqual(
      [],
    );
    const claimed = await em.execute<Array<{ id: string }>>(
      `update outbox_message set status = 'sending' where tenant_id = ? returning id`,
      [b],
    );
    expect(claimed).toEqual([]);
  });
  // Enqueueing for B inside A's transaction is refused by the policy's WITH CHECK.
  await expect(
    inTenant(a, (em) => enqueueMessage(em, { tenantId: b, to: 'x@example.fi', subject: 'S', text: 'T', purpose: 'x' })),
  ).rejects.toMatchObject({ code: '42501' });
  // Without a tenant the app role sees no message at all.
  expect(await inTenant(null, (em) => em.execute('select id from outbox_message'))).toEqual([]);
  expect(await world.row('rovaniemi-guidance', bMessage)).toMatchObject({ status: 'queued' });
});

test('the owner role is bound too (FORCE), so only the per-tenant loop can reach every tenant’s outbox', async () => {
  const owner = await connect(world.db.ownerUrl);
  try {
    expect((await owner.query('select id from outbox_message')).rows).toEqual([]);
  } finally {
    await owner.end();
  }
});

test('one delivery run sends both tenants’ messages, each marked sent in its own tenant', async () => {
  const report = await world.delivery(smtp.url).deliverDue(10);
  expect(report).toEqual({ sent: 2, retrying: 0, failed: 0 });
  expect(smtp.received.map((m) => m.mail.subject).sort()).toEqual(['A', 'B']);
  for (const slug of ['eduro-guidance', 'rovaniemi-guidance']) {
    expect((await world.rows(slug)).map((r) => r.status)).toEqual(['sent']);
  }
});
