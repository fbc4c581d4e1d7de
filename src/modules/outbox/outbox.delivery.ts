import type { MikroORM } from '@mikro-orm/postgresql';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import type { Config } from '../../config';
import { TenantTransaction } from '../../db/tenant-transaction';
import type { Logger } from '../../logger';
import type { Tenant } from '../tenant/tenant.entity';
import type { TenantRegistry } from '../tenant/tenant.registry';

/** Waits after failed attempts 1, 2, 3 and 4; the fifth failure is final. */
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 30 * 60_000] as const;
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

// A claimed message is 'sending' until this lease runs out. Longer than one SMTP send can take with the
// timeouts below, so a live process never loses its claim; a crashed one's messages become due again.
const CLAIM_LEASE_MS = 10 * 60_000;
const SMTP_TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 };

export interface DeliveryReport {
  sent: number;
  retrying: number;
  failed: number;
}

interface ClaimedMessage {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  purpose: string;
  attempts: number;
}

interface Mailer {
  sendMail(message: SendMailOptions): Promise<{ messageId: string }>;
  close(): void;
}

export interface OutboxDeliveryDeps {
  orm: MikroORM;
  registry: TenantRegistry;
  logger: Logger;
  config: Pick<Config, 'smtpUrl' | 'mailFrom'>;
}

/**
 * Sends the outbox over SMTP, tenant by tenant (the app role sees one tenant per transaction). Each
 * message is claimed with `for update skip locked` and marked 'sending' under a lease before it goes
 * out, so several Kaira processes never send one message twice; a process that dies mid-send leaves its
 * message to be retried after the lease (at least once, never twice while alive). Logs carry the
 * message id, tenant, purpose and outcome: never an address, a subject or a body.
 */
export class OutboxDelivery {
  private readonly mailer: Mailer | null;
  private readonly fromDomain: string;
  private loop: { timer?: NodeJS.Timeout; running: Promise<unknown>; stopped: boolean } | undefined;

  constructor(private readonly deps: OutboxDeliveryDeps) {
    const { smtpUrl, mailFrom } = deps.config;
    this.mailer = smtpUrl
      ? nodemailer.createTransport({ url: smtpUrl, ...SMTP_TIMEOUTS, logger: false, debug: false }, { from: mailFrom })
      : null;
    this.fromDomain = /@([^>\s]+)>?\s*$/.exec(mailFrom)?.[1] ?? 'kaira.invalid';
  }

  /** False without SMTP_URL: messages stay queued. */
  get enabled(): boolean {
    return this.mailer !== null;
  }

  /** Sends up to `limit` due messages, taking one from each tenant in turn so no tenant starves another. */
  async deliverDue(limit = 50): Promise<DeliveryReport> {
    const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0 };
    if (!this.mailer) return report;
    let tenants = this.deps.registry.all();
    let handled = 0;
    while (tenants.length > 0 && handled < limit) {
      const stillDue: Tenant[] = [];
      for (const tenant of tenants) {
        if (handled >= limit) break;
        const message = await this.claim(tenant);
        if (!message) continue;
        stillDue.push(tenant);
        handled++;
        report[await this.send(this.mailer, tenant, message)]++;
      }
      tenants = stillDue;
    }
    return report;
  }

  /** Delivers every `intervalMs` in this process; a run starts only after the previous one has ended. */
  start(intervalMs: number): void {
    if (!this.mailer) {
      this.deps.logger.info('outbox delivery is disabled: SMTP_URL is not set, so email stays queued');
      return;
    }
    if (this.loop && !this.loop.stopped) return;
    const loop: NonNullable<OutboxDelivery['loop']> = { running: Promise.resolve(), stopped: false };
    const tick = (): void => {
      loop.running = this.deliverDue()
        .catch((err: unknown) => this.deps.logger.error({ err }, 'outbox delivery run failed'))
        .finally(() => {
          if (!loop.stopped) loop.timer = setTimeout(tick, intervalMs).unref();
        });
    };
    loop.timer = setTimeout(tick, intervalMs).unref();
    this.loop = loop;
  }

  /** Stops the timer, waits for a run in progress and closes the SMTP transport. */
  async stop(): Promise<void> {
    const loop = this.loop;
    if (loop) {
      loop.stopped = true;
      clearTimeout(loop.timer);
      await loop.running;
    }
    this.mailer?.close();
  }

  // The claim commits before the send: the row lock is held for one short transaction, not for an SMTP
  // conversation, and another process skips the row while it is locked and sees 'sending' afterwards.
  private async claim(tenant: Tenant): Promise<ClaimedMessage | undefined> {
    const rows = await TenantTransaction.within(this.deps.orm, { tenantId: tenant.id, userId: null }, (em) =>
      em.execute<ClaimedMessage[]>(
        `with due as (
           select id from outbox_message
            where tenant_id = ? and status in ('queued', 'sending') and next_attempt_at <= now()
            order by next_attempt_at, created_at
            limit 1
              for update skip locked)
         update outbox_message m
            set status = 'sending', attempts = m.attempts + 1,
                next_attempt_at = now() + ?::double precision * interval '1 millisecond'
           from due
          where m.tenant_id = ? and m.id = due.id
         returning m.id, m.to_address, m.subject, m.text_body, m.html_body, m.purpose, m.attempts`,
        [tenant.id, CLAIM_LEASE_MS, tenant.id],
      ),
    );
    return rows[0];
  }

  private async send(mailer: Mailer, tenant: Tenant, message: ClaimedMessage): Promise<keyof DeliveryReport> {
    const log = {
      outboxMessageId: message.id,
      tenant: tenant.slug,
      purpose: message.purpose,
      attempts: message.attempts,
    };
    const result = await mailer
      .sendMail({
        to: message.to_address,
        subject: message.subject,
        text: message.text_body,
        ...(message.html_body ? { html: message.html_body } : {}),
        // The same Message-ID on every attempt lets a receiver drop a duplicate after a crash.
        messageId: `<${message.id}@${this.fromDomain}>`,
      })
      .then(
        (info) => ({ messageId: info.messageId }),
        (error: unknown) => ({ error: errorCode(error) }),
      );
    if ('messageId' in result) {
      // Sent: the bodies go (a one-time link in them is a credential); the row stays as the record.
      const set = `status = 'sent', sent_at = now(), smtp_message_id = ?, last_error = null, text_body = null, html_body = null`;
      await this.settle(tenant, message, set, [result.messageId]);
      this.deps.logger.info({ ...log, outcome: 'sent' }, 'outbox message sent');
      return 'sent';
    }
    const final = message.attempts >= MAX_ATTEMPTS;
    const delay = final ? 0 : (RETRY_DELAYS_MS[message.attempts - 1] ?? 0);
    const set = `status = ?, last_error = ?, next_attempt_at = now() + ?::double precision * interval '1 millisecond'`;
    await this.settle(tenant, message, set, [final ? 'failed' : 'queued', result.error, delay]);
    const outcome = final ? 'failed' : 'retrying';
    this.deps.logger.warn({ ...log, outcome, error: result.error }, 'outbox message not sent');
    return outcome;
  }

  // `attempts` fences the update: a process whose lease ran out cannot overwrite a newer claim's outcome.
  private async settle(tenant: Tenant, message: ClaimedMessage, set: string, params: unknown[]): Promise<void> {
    const updated = await TenantTransaction.within(this.deps.orm, { tenantId: tenant.id, userId: null }, (em) =>
      em.execute<Array<{ id: string }>>(
        `update outbox_message set ${set}
          where tenant_id = ? and id = ? and status = 'sending' and attempts = ?
         returning id`,
        [...params, tenant.id, message.id, message.attempts],
      ),
    );
    if (updated.length === 0) {
      this.deps.logger.warn(
        { outboxMessageId: message.id, tenant: tenant.slug, purpose: message.purpose },
        'outbox message outcome not recorded: its claim had expired',
      );
    }
  }
}

/**
 * A short code for last_error and the log, e.g. EENVELOPE_550 or ESOCKET_ECONNREFUSED. Never the error's
 * message or the server's reply: both can quote the recipient's address.
 */
export function errorCode(error: unknown): string {
  const e = (error ?? {}) as { code?: unknown; responseCode?: unknown; originalCode?: unknown };
  const code = typeof e.code === 'string' && /^[A-Z][A-Z0-9_]{1,30}$/.test(e.code) ? e.code : 'UNKNOWN';
  const detail =
    typeof e.responseCode === 'number' && Number.isInteger(e.responseCode)
      ? String(e.responseCode)
      : typeof e.originalCode === 'string' && /^[A-Z][A-Z0-9_]{1,25}$/.test(e.originalCode)
        ? e.originalCode
        : '';
  return detail ? `${code}_${detail}` : code;
}
