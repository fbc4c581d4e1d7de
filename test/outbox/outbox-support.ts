import { createServer, type AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { openOrm } from '../../src/db/orm';
import { TenantTransaction } from '../../src/db/tenant-transaction';
import { createLogger, type Logger } from '../../src/logger';
import { OutboxDelivery } from '../../src/modules/outbox/outbox.delivery';
import { enqueueMessage, type NewMessage } from '../../src/modules/outbox/outbox.service';
import { TenantRegistry } from '../../src/modules/tenant/tenant.registry';
import { createTestDatabase, type TestDatabase } from '../support/database';

// A real SMTP server on loopback, Kaira's database as the app role, and helpers that write and read the
// outbox through tenant transactions (RLS applies), the way production does.

export interface ReceivedMail {
  /** RCPT TO addresses of the SMTP envelope. */
  envelopeTo: string[];
  mail: ParsedMail;
}

export interface SmtpSink {
  url: string;
  received: ReceivedMail[];
  /** The most SMTP sessions open at one time. */
  maxSessions: number;
  close(): Promise<void>;
}

export interface SinkOptions {
  /** Answer RCPT TO with 550 (the reply quotes the address, as real servers do). */
  rejectRecipients?: boolean;
  /** Hold every DATA this long before accepting it. */
  dataDelayMs?: number;
}

export async function startSmtpSink(options: SinkOptions = {}): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  let sessions = 0;
  const sink = { received, maxSessions: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onConnect(_session, callback) {
      sessions++;
      sink.maxSessions = Math.max(sink.maxSessions, sessions);
      callback();
    },
    onClose() {
      sessions--;
    },
    onRcptTo(address, _session, callback) {
      if (!options.rejectRecipients) return callback();
      const error = Object.assign(new Error(`Mailbox unavailable: <${address.address}>`), { responseCode: 550 });
      return callback(error);
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then(async (mail) => {
          if (options.dataDelayMs) await new Promise((resolve) => setTimeout(resolve, options.dataDelayMs));
          received.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), mail });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return Object.assign(sink, {
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

/** smtp:// to a loopback port nothing listens on: every connection is refused. */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `smtp://127.0.0.1:${port}`;
}

/** A pino logger whose lines are kept for assertions (as test/platform/errors.test.ts does). */
export function capturedLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  return { logger: createLogger('info', sink), lines };
}

export interface OutboxRow {
  id: string;
  tenant_id: string;
  to_address: string;
  subject: string;
  text_body: string | null;
  html_body: string | null;
  purpose: string;
  person_id: string | null;
  status: string;
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  sent_at: string | null;
  smtp_message_id: string | null;
}

export interface OutboxWorld {
  db: TestDatabase;
  orm: MikroORM;
  registry: TenantRegistry;
  tenantId(slug: string): string;
  /** Enqueues in its own committed tenant transaction; returns the message id. */
  enqueue(slug: string, message?: Partial<NewMessage>): Promise<string>;
  /** The tenant's outbox as the app role sees it in that tenant's transaction. */
  rows(slug: string): Promise<OutboxRow[]>;
  row(slug: string, id: string): Promise<OutboxRow>;
  /** Makes waiting messages due now, as if their retry delay had passed. */
  makeDue(slug: string): Promise<void>;
  /** An OutboxDelivery against this database (its own logger unless given). */
  delivery(smtpUrl: string | undefined, logger?: Logger, orm?: MikroORM): OutboxDelivery;
  close(): Promise<void>;
}

export const MAIL_FROM = 'Kaira Testi <no-reply@kaira.test>';

export async function openOutboxWorld(): Promise<OutboxWorld> {
  const db = await createTestDatabase();
  const orm = await openOrm(db.appUrl, 6);
  const registry = await TenantRegistry.load(orm.em);
  const tenantId = (slug: string): string => {
    const tenant = registry.bySlug(slug);
    if (!tenant) throw new Error(`no tenant ${slug}`);
    return tenant.id;
  };
  const inTenant = <T>(slug: string, work: (em: EntityManager) => Promise<T>): Promise<T> =>
    TenantTransaction.within(orm, { tenantId: tenantId(slug), userId: null }, work);
  const rows = (slug: string): Promise<OutboxRow[]> =>
    inTenant(slug, (em) => em.execute<OutboxRow[]>('select * from outbox_message order by created_at, id'));
  return {
    db,
    orm,
    registry,
    tenantId,
    enqueue: (slug, message = {}) =>
      inTenant(slug, async (em) => {
        const row = await enqueueMessage(em, {
          tenantId: tenantId(slug),
          to: 'aino.virtanen@example.fi',
          subject: 'Ilmoittautuminen vastaanotettu',
          text: 'Hei Aino, ilmoittautumisesi on vastaanotettu.',
          purpose: 'enrolment-confirmation',
          ...message,
        });
        return row.id;
      }),
    rows,
    row: async (slug, id) => {
      const found = (await rows(slug)).find((r) => r.id === id);
      if (!found) throw new Error(`no outbox message ${id} in ${slug}`);
      return found;
    },
    makeDue: (slug) =>
      inTenant(slug, async (em) => {
        await em.execute(`update outbox_message set next_attempt_at = now() where status in ('queued', 'sending')`);
      }),
    delivery: (smtpUrl, logger = createLogger('silent'), deliveryOrm = orm) =>
      new OutboxDelivery({ orm: deliveryOrm, registry, logger, config: { smtpUrl, mailFrom: MAIL_FROM } }),
    close: async () => {
      await orm.close();
      await db.drop();
    },
  };
}

/** The parsed message's first To address. */
export function toAddress(mail: ParsedMail): string | undefined {
  const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
  return to?.value[0]?.address;
}
