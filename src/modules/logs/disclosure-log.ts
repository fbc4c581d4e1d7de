import { createHash } from 'node:crypto';
import type { RequestContext } from '../../context';
import { appendToLog } from './use-log';

// Disclosure log (luovutusloki), DOMAIN.md §5: every disclosure, export, report to a card scheme or
// authority — recipient, legal basis, data set and a hash of exactly what left the register.

export interface Disclosure {
  /** The persons whose data was disclosed. */
  personIds: readonly string[];
  /** Who received it; Art. 19 notices (rights-request/art19.ts) go to an `email`, or an `address` that is one. */
  recipient: { name: string; businessId?: string; foreignId?: string; country: string; address?: string };
  legalBasis: string;
  dataSet: readonly string[];
  /** The content as disclosed; only its SHA-256 is logged. */
  content: string | Buffer;
  operation: string;
}

/** Writes a disclosure-log entry in the operation's transaction; the disclosure and its entry commit together. */
export async function recordDisclosure(ctx: RequestContext, disclosure: Disclosure): Promise<string> {
  const { userId, membership } = await ctx.member();
  const contentHash = createHash('sha256').update(disclosure.content).digest('hex');
  await ctx.tx.run((em) =>
    appendToLog(em, 'disclosure_log', [
      {
        personIds: disclosure.personIds,
        recipient: disclosure.recipient,
        legalBasis: disclosure.legalBasis,
        dataSet: disclosure.dataSet,
        contentSha256: contentHash,
        operation: disclosure.operation,
        actor: { userId, organisationId: membership.organisationId, roles: [...membership.roles] },
        requestId: ctx.requestId,
      },
    ]),
  );
  return contentHash;
}
