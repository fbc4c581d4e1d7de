import { TenantTransaction } from '../../src/db/tenant-transaction';
import { enqueueMessage } from '../../src/modules/outbox/outbox.service';
import {
  capturedLogger,
  MAIL_FROM,
  openOutboxWorld,
  startSmtpSink,
  toAddress,
  type OutboxWorld,
  type SmtpSink,
} from './outbox-support';

// The outbox end to end: a message written in committed work is sent over real SMTP and read back;
// one written in rolled-back work never exists; the in-process timer runs without overlapping itself.
let world: OutboxWorld;
let smtp: SmtpSink;

beforeAll(async () => {
  world = await openOutboxWorld();
  smtp = await startSmtpSink();
});
afterAll(async () => {
  await smtp.close();
  await world.close();
});
beforeEach(() => {
  smtp.received.length = 0;
});

test('a message enqueued in a committed transaction is delivered: to, subject, text, html and from read back', async () => {
  const id = await world.enqueue('eduro-training', {
    to: 'aino.virtanen@example.fi',
    subject: 'Ilmoittautuminen vastaanotettu: Työturvallisuuskortti',
    text: 'Hei Aino,\n\nilmoittautumisesi koulutukseen on vastaanotettu.',
    html: '<p>Hei Aino,</p><p>ilmoittautumisesi koulutukseen on vastaanotettu.</p>',
  });
  const { logger, lines } = capturedLogger();
  const report = await world.delivery(smtp.url, logger).deliverDue(10);

  expect(report).toEqual({ sent: 1, retrying: 0, failed: 0 });
  expect(smtp.received).toHaveLength(1);
  const { mail, envelopeTo } = smtp.received[0]!;
  expect(envelopeTo).toEqual(['aino.virtanen@example.fi']);
  expect(toAddress(mail)).toBe('aino.virtanen@example.fi');
  expect(mail.subject).toBe('Ilmoittautuminen vastaanotettu: Työturvallisuuskortti');
  expect(mail.text?.trim()).toBe('Hei Aino,\n\nilmoittautumisesi koulutukseen on vastaanotettu.');
  expect(mail.html).toContain('<p>Hei Aino,</p>');
  expect(mail.from?.value).toEqual([{ name: 'Kaira Testi', address: 'no-reply@kaira.test' }]);
  expect(MAIL_FROM).toBe('Kaira Testi <no-reply@kaira.test>');
  expect(mail.messageId).toBe(`<${id}@kaira.test>`);

  const row = await world.row('eduro-training', id);
  expect(row).toMatchObject({ status: 'sent', attempts: 1, last_error: null, smtp_message_id: mail.messageId });
  expect(row.sent_at).toEqual(expect.any(String));
  // The content (and any one-time link in it) is not kept once it has gone out.
  expect({ text: row.text_body, html: row.html_body }).toEqual({ text: null, html: null });

  expect(lines.map((l) => JSON.parse(l) as Record<string, unknown>)).toEqual([
    expect.objectContaining({
      msg: 'outbox message sent',
      outboxMessageId: id,
      tenant: 'eduro-training',
      purpose: 'enrolment-confirmation',
      outcome: 'sent',
    }),
  ]);
  expect(lines.join('\n')).not.toMatch(/aino|Ilmoittautuminen|Hei/i);

  expect(await world.delivery(smtp.url).deliverDue(10)).toEqual({ sent: 0, retrying: 0, failed: 0 });
  expect(smtp.received).toHaveLength(1);
});

test('a message enqueued in a rolled-back transaction is never written, so never sent', async () => {
  const tenantId = world.tenantId('eduro-guidance');
  const work = TenantTransaction.within(world.orm, { tenantId, userId: null }, async (em) => {
    await enqueueMessage(em, {
      tenantId,
      to: 'matti.meikalainen@example.fi',
      subject: 'Kysely',
      text: 'Vastaa kyselyyn: https://kaira.invalid/s/once',
      purpose: 'survey-invitation',
    });
    throw new Error('the work that caused the message failed');
  });
  await expect(work).rejects.toThrow('the work that caused the message failed');

  expect(await world.rows('eduro-guidance')).toEqual([]);
  expect(await world.delivery(smtp.url).deliverDue(10)).toEqual({ sent: 0, retrying: 0, failed: 0 });
  expect(smtp.received).toEqual([]);
});

test('a message is due only after its transaction commits (delivery cannot see uncommitted work)', async () => {
  const tenantId = world.tenantId('rovaniemi-guidance');
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let enqueued!: () => void;
  const written = new Promise<void>((resolve) => (enqueued = resolve));
  const work = TenantTransaction.within(world.orm, { tenantId, userId: null }, async (em) => {
    await enqueueMessage(em, { tenantId, to: 'a@example.fi', subject: 'S', text: 'T', purpose: 'survey-invitation' });
    enqueued();
    await held;
  });
  await written;
  expect((await world.delivery(smtp.url).deliverDue(10)).sent).toBe(0);
  release();
  await work;
  expect((await world.delivery(smtp.url).deliverDue(10)).sent).toBe(1);
  expect(smtp.received).toHaveLength(1);
});

test('without SMTP_URL delivery is off: one info line says so, and messages stay queued', async () => {
  const id = await world.enqueue('eduro-training', { purpose: 'training-announcement' });
  const { logger, lines } = capturedLogger();
  const delivery = world.delivery(undefined, logger);
  expect(delivery.enabled).toBe(false);
  delivery.start(100);
  expect(await delivery.deliverDue(10)).toEqual({ sent: 0, retrying: 0, failed: 0 });
  await new Promise((resolve) => setTimeout(resolve, 300));
  await delivery.stop();

  expect(lines.map((l) => (JSON.parse(l) as { level: number; msg: string }).msg)).toEqual([
    'outbox delivery is disabled: SMTP_URL is not set, so email stays queued',
  ]);
  expect(JSON.parse(lines[0]!)).toMatchObject({ level: 30 });
  expect(await world.row('eduro-training', id)).toMatchObject({ status: 'queued', attempts: 0 });
  // Leave nothing due for the next test.
  await world.delivery(smtp.url).deliverDue(10);
});

test('start() delivers on its timer, never runs twice at once, and stop() waits for the run in progress', async () => {
  const slow = await startSmtpSink({ dataDelayMs: 150 });
  try {
    for (let i = 0; i < 4; i++) await world.enqueue('eduro-guidance', { subject: `Viesti ${i}` });
    const delivery = world.delivery(slow.url);
    delivery.start(100); // shorter than one run: overlapping runs would open parallel SMTP sessions
    const deadline = Date.now() + 10_000;
    while (slow.received.length < 4 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    await world.enqueue('eduro-guidance', { subject: 'Viimeinen' });
    await new Promise((r) => setTimeout(r, 150));
    await delivery.stop();
    const countAtStop = slow.received.length;
    await world.enqueue('eduro-guidance', { subject: 'Pysäytyksen jälkeen' });
    await new Promise((r) => setTimeout(r, 400));

    expect(slow.maxSessions).toBe(1);
    expect(slow.received.map((m) => m.mail.subject)).toEqual(expect.arrayContaining(['Viesti 0', 'Viesti 3']));
    expect(slow.received.length).toBe(countAtStop);
    expect(slow.received.map((m) => m.mail.subject)).not.toContain('Pysäytyksen jälkeen');
    const statuses = (await world.rows('eduro-guidance')).map((r) => r.status);
    expect(statuses).not.toContain('sending'); // stop() let the run finish and record its outcome
  } finally {
    await slow.close();
  }
});
