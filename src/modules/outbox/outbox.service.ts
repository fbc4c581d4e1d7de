import { randomUUID } from 'node:crypto';
import { domainToASCII } from 'node:url';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../errors';
import { OutboxMessage } from './outbox-message.entity';

export interface NewMessage {
  tenantId: string;
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  /** Why the message is sent, a code such as 'enrolment-confirmation'. Logged, so never personal data. */
  purpose: string;
  personId?: string | null;
  /** The caller's input field that held the address, named in BAD_USER_INPUT (default 'to'). */
  toField?: string;
}

const PURPOSE = /^[a-z][a-z0-9-]{0,62}$/;

/**
 * Queues an email in the caller's transaction, so it exists (and is delivered) only if the work that
 * caused it commits. Throws BAD_USER_INPUT naming the field for an address, subject or body that
 * cannot be sent; nothing is written then.
 */
export async function enqueueMessage(em: EntityManager, message: NewMessage): Promise<OutboxMessage> {
  // Outside a transaction the flush would commit on its own, and a message could outlive failed work.
  if (!em.isInTransaction()) throw new Error('enqueueMessage must run in the transaction of the work it belongs to');
  if (!PURPOSE.test(message.purpose)) throw new Error('an outbox purpose is a lower-case code like survey-invitation');
  const values = {
    id: randomUUID(),
    tenantId: message.tenantId,
    toAddress: mailAddress(message.toField ?? 'to', message.to),
    subject: subjectLine(message.subject),
    textBody: content('text', message.text, 200_000),
    htmlBody: message.html ? content('html', message.html, 500_000) : null,
    purpose: message.purpose,
    personId: message.personId ?? null,
  };
  const row = em.create(OutboxMessage, values);
  await em.flush();
  return row;
}

const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * One bare address (no display name, no list), domain in ASCII (IDNA). Stricter than the person's email
 * check on purpose: a comma or angle bracket here would reach the SMTP envelope.
 */
export function mailAddress(field: string, value: string | null | undefined): string {
  const text = (value ?? '').trim();
  if (!text) throw badInput(field, 'required');
  const at = text.lastIndexOf('@');
  const local = text.slice(0, Math.max(at, 0));
  const domain = at > 0 ? domainToASCII(text.slice(at + 1)) : '';
  const labels = domain.split('.');
  const valid =
    text.length <= 254 &&
    local.length <= 64 &&
    LOCAL_PART.test(local) &&
    labels.length >= 2 &&
    labels.every((label) => DOMAIN_LABEL.test(label));
  if (!valid) throw badInput(field, 'not a valid email address');
  return `${local}@${domain}`;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

function subjectLine(value: string | null | undefined): string {
  const text = (value ?? '').trim();
  if (!text) throw badInput('subject', 'required');
  if (text.length > 250) throw badInput('subject', 'at most 250 characters');
  if (CONTROL.test(text)) throw badInput('subject', 'must be one line of text');
  return text;
}

function content(field: string, value: string | null | undefined, max: number): string {
  if (!value?.trim()) throw badInput(field, 'required');
  if (value.length > max) throw badInput(field, `at most ${max} characters`);
  return value;
}
