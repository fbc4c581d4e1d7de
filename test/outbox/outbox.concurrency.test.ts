import type { MikroORM } from '@mikro-orm/postgresql';
import { openOrm } from '../../src/db/orm';
import { TENANTS } from '../support/kaira';
import { openOutboxWorld, startSmtpSink, type OutboxWorld, type SmtpSink } from './outbox-support';

// Two Kaira processes (two delivery instances, each with its own connection pool) working the same
// outbox at once: every message goes out exactly once.
let world: OutboxWorld;
let smtp: SmtpSink;
let secondOrm: MikroORM;

beforeAll(async () => {
  world = await openOutboxWorld();
  smtp = await startSmtpSink({ dataDelayMs: 5 });
  secondOrm = await openOrm(world.db.appUrl, 4);
});
afterAll(async () => {
  await secondOrm.close();
  await smtp.close();
  await world.close();
});

test('two deliveries running concurrently send each message exactly once', async () => {
  const ids: string[] = [];
  for (let i = 0; i < 45; i++) {
    ids.push(await world.enqueue(TENANTS[i % TENANTS.length]!, { subject: `Viesti ${i}` }));
  }
  const first = world.delivery(smtp.url);
  const second = world.delivery(smtp.url, undefined, secondOrm);

  const reports = await Promise.all([first.deliverDue(100), second.deliverDue(100), first.deliverDue(100)]);

  const messageIds = smtp.received.map((m) => m.mail.messageId);
  expect(new Set(messageIds).size).toBe(messageIds.length); // no message twice…
  expect(messageIds).toHaveLength(45); // …and none missing
  expect(reports.reduce((sum, r) => sum + r.sent, 0)).toBe(45);
  expect(reports.filter((r) => r.sent > 0).length).toBeGreaterThan(1); // they really did share the work
  for (const slug of TENANTS) {
    for (const row of await world.rows(slug)) {
      expect(row).toMatchObject({ status: 'sent', attempts: 1 });
      expect(messageIds).toContain(row.smtp_message_id);
    }
  }
  expect(smtp.received.map((m) => m.mail.subject).sort()).toEqual(
    Array.from({ length: 45 }, (_, i) => `Viesti ${i}`).sort(),
  );
  expect(ids).toHaveLength(45);
});
