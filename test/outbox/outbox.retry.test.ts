import { TenantTransaction } from '../../src/db/tenant-transaction';
import { errorCode, MAX_ATTEMPTS, RETRY_DELAYS_MS } from '../../src/modules/outbox/outbox.delivery';
import {
  capturedLogger,
  closedPortUrl,
  openOutboxWorld,
  startSmtpSink,
  type OutboxWorld,
  type SmtpSink,
} from './outbox-support';

// A server that refuses, or no server at all: the message is retried after 1, 5, 30 and 30 minutes and
// fails for good on the fifth attempt. last_error is a code; no log line names the recipient.
let world: OutboxWorld;
let rejecting: SmtpSink;

beforeAll(async () => {
  world = await openOutboxWorld();
  rejecting = await startSmtpSink({ rejectRecipients: true });
});
afterAll(async () => {
  await rejecting.close();
  await world.close();
});

const ADDRESS = 'liisa.laine@example.fi';

/** Seconds until the message is due, as the database sees it. */
async function waitSeconds(slug: string, id: string): Promise<number> {
  const [row] = await TenantTransaction.within(world.orm, { tenantId: world.tenantId(slug), userId: null }, (em) =>
    em.execute<Array<{ wait: number }>>(
      `select extract(epoch from next_attempt_at - clock_timestamp())::float8 as wait from outbox_message where id = ?`,
      [id],
    ),
  );
  return row!.wait;
}

test.each([
  { server: 'answers RCPT TO with 550', slug: 'eduro-training', url: () => rejecting.url, code: 'EENVELOPE_550' },
  {
    server: 'is not listening (closed port)',
    slug: 'eduro-guidance',
    url: closedPortUrl,
    code: 'ESOCKET_ECONNREFUSED',
  },
])('an SMTP server that $server: retries after 1, 5, 30, 30 min, then failed', async ({ slug, url, code }) => {
  const id = await world.enqueue(slug, {
    to: ADDRESS,
    subject: 'Kutsu kyselyyn',
    text: 'Hei Liisa, vastaa kyselyyn.',
    purpose: 'survey-invitation',
  });
  const { logger, lines } = capturedLogger();
  const delivery = world.delivery(await url(), logger);

  for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
    expect(await delivery.deliverDue(10)).toEqual({ sent: 0, retrying: 1, failed: 0 });
    expect(await world.row(slug, id)).toMatchObject({ status: 'queued', attempts: attempt, last_error: code });
    const delay = RETRY_DELAYS_MS[attempt - 1]! / 1000;
    const wait = await waitSeconds(slug, id);
    expect(wait).toBeGreaterThan(delay - 10);
    expect(wait).toBeLessThanOrEqual(delay);
    // Not due yet: a run now leaves it alone.
    expect(await delivery.deliverDue(10)).toEqual({ sent: 0, retrying: 0, failed: 0 });
    await world.makeDue(slug);
  }
  expect(await delivery.deliverDue(10)).toEqual({ sent: 0, retrying: 0, failed: 1 });
  const failed = await world.row(slug, id);
  expect(failed).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS, last_error: code, sent_at: null });
  await world.makeDue(slug);
  expect(await delivery.deliverDue(10)).toEqual({ sent: 0, retrying: 0, failed: 0 });
  expect(rejecting.received).toEqual([]);

  const entries = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(entries.map((e) => [e.outcome, e.attempts])).toEqual([
    ['retrying', 1],
    ['retrying', 2],
    ['retrying', 3],
    ['retrying', 4],
    ['failed', 5],
  ]);
  for (const entry of entries) {
    expect(entry).toMatchObject({ outboxMessageId: id, tenant: slug, purpose: 'survey-invitation', error: code });
  }
  // The server's reply quotes the address; neither it nor the content reaches a log line.
  expect(lines.join('\n')).not.toMatch(/liisa|example\.fi|Kutsu|Hei/i);
});

test('a message left in sending by a process that died is sent again once its claim has expired', async () => {
  const ok = await startSmtpSink();
  try {
    const id = await world.enqueue('rovaniemi-guidance', { subject: 'Jäänyt kesken' });
    await TenantTransaction.within(
      world.orm,
      { tenantId: world.tenantId('rovaniemi-guidance'), userId: null },
      async (em) => {
        await em.execute(
          `update outbox_message set status = 'sending', attempts = 1, next_attempt_at = now() + interval '5 minutes' where id = ?`,
          [id],
        );
      },
    );
    const delivery = world.delivery(ok.url);
    expect((await delivery.deliverDue(10)).sent).toBe(0); // the claim is still live
    await world.makeDue('rovaniemi-guidance'); // …and now it has expired
    expect((await delivery.deliverDue(10)).sent).toBe(1);
    expect(await world.row('rovaniemi-guidance', id)).toMatchObject({ status: 'sent', attempts: 2 });
    expect(ok.received.map((m) => m.mail.subject)).toEqual(['Jäänyt kesken']);
  } finally {
    await ok.close();
  }
});

test('a process whose claim expired mid-send cannot overwrite the outcome of the process that took over', async () => {
  const slow = await startSmtpSink({ dataDelayMs: 1000 });
  const fast = await startSmtpSink();
  try {
    const id = await world.enqueue('eduro-training', { subject: 'Hidas' });
    const { logger, lines } = capturedLogger();
    const stale = world.delivery(slow.url, logger).deliverDue(10);
    const deadline = Date.now() + 5000;
    while ((await world.row('eduro-training', id)).status !== 'sending' && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 10));
    }
    await world.makeDue('eduro-training'); // the first claim's lease runs out while it is still sending
    expect((await world.delivery(fast.url).deliverDue(10)).sent).toBe(1);
    await stale;

    expect(await world.row('eduro-training', id)).toMatchObject({ status: 'sent', attempts: 2 });
    expect(lines.map((l) => (JSON.parse(l) as { msg: string }).msg)).toContain(
      'outbox message outcome not recorded: its claim had expired',
    );
    // Both sent it (at least once after a lost claim), under one Message-ID a receiver can deduplicate.
    expect(slow.received[0]!.mail.messageId).toBe(fast.received[0]!.mail.messageId);
  } finally {
    await slow.close();
    await fast.close();
  }
});

test('errorCode keeps the code and reply number, never the message or the server’s reply', () => {
  const rejected = Object.assign(new Error(`Recipient command failed: 550 Mailbox unavailable: <${ADDRESS}>`), {
    code: 'EENVELOPE',
    responseCode: 550,
    response: `550 Mailbox unavailable: <${ADDRESS}>`,
  });
  expect(errorCode(rejected)).toBe('EENVELOPE_550');
  expect(errorCode(Object.assign(new Error('x'), { code: 'ESOCKET', originalCode: 'ECONNREFUSED' }))).toBe(
    'ESOCKET_ECONNREFUSED',
  );
  expect(errorCode(Object.assign(new Error(ADDRESS), { code: `bad ${ADDRESS}` }))).toBe('UNKNOWN');
  expect(errorCode(undefined)).toBe('UNKNOWN');
});
