import type { RequestContext } from '../../context';
import { badInput, forbidden, KairaError } from '../../errors';
import { uuidArg, uuidArrayLiteral } from '../../ids';
import { openClient, type ClientAccess } from '../client/client-access';
import { mailAddress } from '../outbox/outbox.service';
import { logClientUse } from './client-use';

// The clients a message or survey goes to (issue 4 item 7). Sending is client communication: a coach
// sends on a client relationship (openClient's 'coaching' scope), office staff on administration (their
// 'administrative' scope: they do client communication). The controller's officers and DPO oversee but
// do not send; a referrer never. Every client is checked, and has an address, before anything is queued.

const MAX_RECIPIENTS = 200;

export interface Recipient {
  personId: string;
  email: string;
  access: ClientAccess;
}

/** The clients, opened and with their addresses; FORBIDDEN, NOT_FOUND or BAD_USER_INPUT naming the client. */
export async function recipients(ctx: RequestContext, personIdArgs: readonly string[]): Promise<Recipient[]> {
  if (personIdArgs.length === 0) throw badInput('personIds', 'name at least one client');
  const personIds = [...new Set(personIdArgs.map((id, i) => uuidArg(`personIds[${i}]`, id)))];
  if (personIds.length > MAX_RECIPIENTS) throw badInput('personIds', `at most ${MAX_RECIPIENTS} clients at a time`);
  const accesses: ClientAccess[] = [];
  for (const personId of personIds) {
    const access = await openClient(ctx, personId);
    if (access.scope !== 'coaching' && access.scope !== 'administrative') {
      throw forbidden('messages and surveys are sent by the client’s coaches and office staff');
    }
    accesses.push(access);
  }
  const tenantId = ctx.requireTenant().id;
  const rows = await ctx.tx.run((em) =>
    em.execute<Array<{ id: string; email: string | null }>>(
      'select id, email from person where tenant_id = ? and id = any(?::uuid[])',
      [tenantId, uuidArrayLiteral(personIds)],
    ),
  );
  const emails = new Map(rows.map((r) => [r.id, r.email]));
  return accesses.map((access) => {
    const field = `personIds[${personIdArgs.findIndex((id) => id.toLowerCase() === access.personId)}]`;
    const email = emails.get(access.personId)?.trim();
    if (!email) throw noAddress(field, access.personId, 'the client has no email address');
    try {
      return { personId: access.personId, email: mailAddress(field, email), access };
    } catch {
      throw noAddress(field, access.personId, 'the client’s email address is not one Kaira can send to');
    }
  });
}

// The client is named by id and position: no name, no address (errors carry no personal data).
const noAddress = (field: string, personId: string, message: string): KairaError =>
  new KairaError('BAD_USER_INPUT', `${field}: ${message}`, { field: 'personIds', personId });

/** The use-log entries of a send: the clients' addresses were read to send to them. */
export function logSend(ctx: RequestContext, sent: readonly Recipient[], operation: string): Promise<void> {
  return logClientUse(
    ctx,
    sent.map((r) => r.access),
    operation,
    ['email'],
  );
}
