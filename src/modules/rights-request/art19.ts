import type { RequestContext } from '../../context';
import { uuidArrayLiteral } from '../../ids';
import { enqueueMessage } from '../outbox/outbox.service';

// GDPR 19: the controller tells each recipient to whom the person's data were disclosed of a
// rectification, erasure or restriction, unless impossible or disproportionate. The recipients are read
// from the disclosure log; a recipient with a known address (`recipient.email`, or an email `recipient.address`, in the log entry) gets one
// message through the outbox. The message names no personal data: it refers to the disclosures by their
// disclosure-log numbers and dates, which the recipient can match to what it received.

export type Art19Change = 'rectification' | 'erasure' | 'restriction';

export interface Art19Outcome {
  /** Messages queued, one per recipient with a known address. */
  notified: number;
  /** Recipients without an address in the log: the controller tells them by other means (or notes why not). */
  withoutAddress: string[];
}

interface Recipient {
  name: string;
  businessId?: string;
  country?: string;
  email?: string;
  address?: string;
}

const EMAIL = /^[^\s@<>,]+@[^\s@<>,]+\.[^\s@<>,]+$/;

/** The recipient's email: `email`, or an `address` that is an email address (a postal one is not). */
function mailboxOf(recipient: Recipient): string | null {
  for (const value of [recipient.email, recipient.address]) {
    if (typeof value === 'string' && EMAIL.test(value.trim())) return value.trim();
  }
  return null;
}

const CHANGE_TEXT: Record<Art19Change, { fi: string; en: string }> = {
  rectification: { fi: 'oikaistu', en: 'rectified' },
  erasure: { fi: 'poistettu', en: 'erased' },
  restriction: { fi: 'käsittelyä on rajoitettu', en: 'restricted' },
};

/**
 * Notifies the earlier recipients of the person's data of a change (GDPR 19), in the caller's transaction.
 * Call it from the operation that makes the change; it runs its own ctx.tx.run units.
 */
export async function notifyEarlierRecipients(
  ctx: RequestContext,
  personId: string,
  change: Art19Change,
): Promise<Art19Outcome> {
  const tenant = ctx.requireTenant();
  return ctx.tx.run(async (em) => {
    const rows = await em.execute<Array<{ seq: string; occurred_at: string | Date; recipient: Recipient | null }>>(
      `select seq::text as seq, occurred_at, entry -> 'recipient' as recipient from disclosure_log
        where person_ids @> ?::uuid[] order by seq`,
      [uuidArrayLiteral([personId])],
    );
    const byRecipient = new Map<string, { recipient: Recipient; refs: string[] }>();
    for (const row of rows) {
      if (!row.recipient?.name) continue;
      const key = `${row.recipient.businessId ?? ''}|${row.recipient.name}|${mailboxOf(row.recipient) ?? ''}`;
      const day = new Date(row.occurred_at).toISOString().slice(0, 10);
      const group = byRecipient.get(key) ?? { recipient: row.recipient, refs: [] };
      group.refs.push(`#${row.seq} (${day})`);
      byRecipient.set(key, group);
    }
    const outcome: Art19Outcome = { notified: 0, withoutAddress: [] };
    for (const { recipient, refs } of byRecipient.values()) {
      const to = mailboxOf(recipient);
      if (!to) {
        outcome.withoutAddress.push(recipient.name);
        continue;
      }
      const what = CHANGE_TEXT[change];
      await enqueueMessage(em, {
        tenantId: tenant.id,
        to,
        subject: `Luovutettuja tietoja on ${what.fi} / Disclosed data ${what.en}`,
        text:
          `${tenant.registerName}: rekisterinpitäjä ilmoittaa (EU 2016/679 art. 19), että teille luovutettuja ` +
          `henkilötietoja (luovutukset ${refs.join(', ')}) on ${what.fi}. Pyydämme ottamaan yhteyttä ` +
          `rekisterinpitäjään oikaistujen tietojen tai lisätietojen saamiseksi.\n\n` +
          `The controller informs you (GDPR Art. 19) that personal data disclosed to you (disclosures ` +
          `${refs.join(', ')}) have been ${what.en}. Please contact the controller for the details.\n`,
        purpose: `art19-${change}`,
        // An erasure notice must outlive the person (the outbox row would go with them) and names nobody.
        personId: change === 'erasure' ? null : personId,
        toField: 'recipient.email',
      });
      outcome.notified += 1;
    }
    return outcome;
  });
}
