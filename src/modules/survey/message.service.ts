import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context';
import { forbidden } from '../../errors';
import { uuidArg } from '../../ids';
import { openClient } from '../client/client-access';
import { enqueueMessage } from '../outbox/outbox.service';
import { requiredText } from '../person/person.validation';
import { logSend, recipients } from './client-recipients';
import { ClientMessage, ClientMessageRecipient } from './survey.entities';
import type { SendMessageInput } from './survey.inputs';
import type { MessageView } from './survey.types';
import { oneLine } from './survey.validation';

// Messages to clients (DOMAIN.md §2.2: staff send messages and questions to clients; issue 4 item 7). The
// register keeps what was sent to whom (the tenant file's 'messages' category); each client gets their own
// email through the outbox, in the same transaction, so either every client is sent to or none is.

export async function sendMessage(ctx: RequestContext, input: SendMessageInput): Promise<MessageView> {
  const tenantId = ctx.requireTenant().id;
  const subject = oneLine('subject', requiredText('subject', input.subject, 200));
  const body = requiredText('body', input.body, 20_000);
  const sendTo = await recipients(ctx, input.personIds);
  const { userId } = await ctx.member();
  const id = randomUUID();
  const [view] = await ctx.tx.run(async (em) => {
    em.create(ClientMessage, { id, tenantId, subject, body, sentBy: userId });
    for (const { personId, email } of sendTo) {
      em.create(ClientMessageRecipient, { id: randomUUID(), tenantId, messageId: id, personId });
      await enqueueMessage(em, { tenantId, to: email, subject, text: body, purpose: 'client-message', personId });
    }
    await em.flush();
    return messageViews(em, tenantId, { messageId: id });
  });
  await logSend(ctx, sendTo, 'sendMessage');
  return view!;
}

/** The messages sent to the client, newest first (use-logged): coaches, office staff and the controller. */
export async function clientMessages(
  ctx: RequestContext,
  personIdArg: string,
  fields: string[],
): Promise<MessageView[]> {
  const personId = uuidArg('personId', personIdArg);
  const access = await openClient(ctx, personId);
  if (access.scope === 'referrer') throw forbidden('the referring party sees only statements released to it');
  const views = await ctx.tx.run((em) => messageViews(em, ctx.requireTenant().id, { personId }));
  await ctx.recordUse({
    personIds: [personId],
    data: fields,
    operation: 'clientMessages',
    basis: access.basis,
    reason: access.reason,
  });
  return views;
}

interface MessageRow {
  id: string;
  subject: string;
  body: string;
  sent_by: string;
  sent_by_name: string;
  sent_at: string;
  recipient_count: number;
}

async function messageViews(
  em: EntityManager,
  tenantId: string,
  where: { messageId: string } | { personId: string },
): Promise<MessageView[]> {
  const condition =
    'messageId' in where
      ? 'm.id = ?'
      : `exists (select 1 from client_message_recipient r
                  where r.tenant_id = m.tenant_id and r.message_id = m.id and r.person_id = ?)`;
  const rows = await em.execute<MessageRow[]>(
    `select m.id, m.subject, m.body, m.sent_by, u.display_name as sent_by_name, m.sent_at,
            (select count(*)::int from client_message_recipient r
              where r.tenant_id = m.tenant_id and r.message_id = m.id) as recipient_count
       from client_message m join user_account u on u.id = m.sent_by
      where m.tenant_id = ? and ${condition}
      order by m.sent_at desc, m.id`,
    [tenantId, 'messageId' in where ? where.messageId : where.personId],
  );
  return rows.map((row) => ({
    id: row.id,
    subject: row.subject,
    body: row.body,
    sentById: row.sent_by,
    sentByName: row.sent_by_name,
    sentAt: new Date(row.sent_at),
    recipientCount: row.recipient_count,
  }));
}
