import type { EntityManager } from '@mikro-orm/postgresql';
import { mailAddress } from '../outbox/outbox.service';

// The marketing audience (issue 3 item 9, DOMAIN.md §2.1, §4), evaluated in the caller's transaction at the
// moment it is used. A person matching the criteria is left out when:
// - they opted out of direct marketing (an objection of kind direct_marketing, upheld on receipt: absolute,
//   GDPR 21(2)–(3));
// - they objected to processing or to profiling, pending or upheld: while the controller weighs compelling
//   legitimate grounds (21(1)) the person may have the processing restricted (18(1)(d)), and marketing is
//   never compelling, so it stops at once; choosing people by their card's expiry to target them is the
//   profiling "related to direct marketing" of 21(2). A rejected objection no longer excludes;
// - their data is restricted (GDPR 18: stored, not otherwise processed);
// - they have no email the outbox can send to (nothing to send to; a stored address the outbox's stricter
//   check refuses would otherwise fail the whole announcement).

export interface Audience {
  tenantId: string;
  cardTypeId: string;
  /** Null: every holder of the card type; otherwise those whose latest card expires within the days. */
  expiringWithinDays: number | null;
}

export interface AudienceMember {
  person_id: string;
  email: string | null;
  excluded: boolean;
}

const TODAY = `(now() at time zone 'Europe/Helsinki')::date`;

/** Everyone matching the criteria, each with whether they are left out. */
export async function audienceRows(em: EntityManager, audience: Audience): Promise<AudienceMember[]> {
  const expiring =
    audience.expiringWithinDays === null
      ? ''
      : `and c.valid_until between ${TODAY} and ${TODAY} + ?::int
         and not exists (select 1 from card n
                          where n.tenant_id = c.tenant_id and n.person_id = c.person_id
                            and n.card_type_id = c.card_type_id and n.id <> c.id
                            and (n.valid_until is null or n.valid_until > c.valid_until))`;
  const params: unknown[] = [audience.tenantId, audience.cardTypeId];
  if (audience.expiringWithinDays !== null) params.push(audience.expiringWithinDays);
  const rows = await em.execute<AudienceMember[]>(
    `select p.id as person_id, p.email,
            (p.email is null
             or exists (select 1 from objection o
                         where o.tenant_id = p.tenant_id and o.person_id = p.id
                           and ((o.kind = 'direct_marketing' and o.status = 'upheld')
                                or (o.kind in ('processing', 'profiling') and o.status in ('pending', 'upheld'))))
             or exists (select 1 from person_restriction r
                         where r.tenant_id = p.tenant_id and r.person_id = p.id and r.lifted_at is null)
            ) as excluded
       from person p
      where p.tenant_id = ?
        and exists (select 1 from card c
                     where c.tenant_id = p.tenant_id and c.person_id = p.id and c.card_type_id = ? ${expiring})
      order by p.id`,
    params,
  );
  return rows.map((r) => (r.excluded || sendable(r.email) ? r : { ...r, excluded: true }));
}

function sendable(email: string | null): boolean {
  try {
    mailAddress('to', email);
    return true;
  } catch {
    return false;
  }
}
