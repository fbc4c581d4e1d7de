import type { Client } from 'pg';
import type { EnrolInput } from '../generated/graphql';
import { composeIdentityCode } from '../../src/modules/person/personal-identity-code';
import { inTenant } from '../isolation/sql';
import type { Kaira } from '../support/kaira';
import { at, cardTypeId } from '../training/training.support';

// Fixtures for the public enrolment form: a valid form, fresh sessions of a chosen capacity (inserted as
// the owner behind the API's back), and row counts of everything the form writes.

export const WRITTEN_TABLES = ['person', 'company', 'enrolment', 'pending_contact_change', 'outbox_message'] as const;

export const tenantIdOf = (kaira: Kaira, slug: string): string => kaira.registry.bySlug(slug)!.id;

/** A valid henkilötunnus per n (individual numbers 100–899: permanent codes, 1900s). */
export const identityCode = (n: number): string => composeIdentityCode('150585', '-', 100 + n);

let keys = 0;
/** A valid form for person n to the session; the idempotency key is new on every call. */
export function form(sessionId: string, n: number, patch: Partial<EnrolInput> = {}): EnrolInput {
  return {
    firstName: 'Aino',
    lastName: `Osallistuja${n}`,
    personalIdentityCode: identityCode(n),
    email: `osallistuja${n}@example.fi`,
    mobile: '+358 40 123 4567',
    company: {
      name: 'Rakennus Oy',
      businessId: '1508035-7',
      contactName: 'Pekka Yhteyshenkilö',
      contactEmail: 'pekka@rakennus.example.fi',
      contactPhone: '+358 9 123 456',
      eInvoiceAddress: '003715080357',
      eInvoiceOperator: 'E204503',
    },
    position: 'Työnjohtaja',
    sessionId,
    idempotencyKey: `form-key-${process.pid}-${++keys}-${n}`,
    ...patch,
  };
}

/** A new TTK session in the tenant, `days` from now, with the given capacity. */
export async function newSession(owner: Client, tenantId: string, capacity: number, days = 20): Promise<string> {
  const typeId = await cardTypeId(owner, tenantId, 'ttk');
  return inTenant(
    owner,
    tenantId,
    async () => {
      const { rows } = await owner.query<{ id: string }>(
        `insert into training_session (id, tenant_id, card_type_id, starts_at, ends_at, place, language,
                                       delivery_mode, capacity, created_by)
         select gen_random_uuid(), $1, $2, $3, $4, 'Eduro, Opastinsilta 6, Helsinki', 'fi', 'classroom', $5,
                (select id from user_account where email = 'office@eduro.example')
         returning id`,
        [tenantId, typeId, at(days, 7), at(days, 14), capacity],
      );
      return rows[0]!.id;
    },
    { commit: true },
  );
}

/** How many rows each table the form writes holds in the tenant. */
export async function writtenRows(owner: Client, tenantId: string): Promise<Record<string, number>> {
  return inTenant(owner, tenantId, async () => {
    const counts: Record<string, number> = {};
    for (const table of WRITTEN_TABLES) {
      const { rows } = await owner.query<{ n: string }>(`select count(*) as n from ${table}`);
      counts[table] = Number(rows[0]!.n);
    }
    return counts;
  });
}

/** Rows of a query run as the owner in the tenant. */
export function ownerRows<T>(owner: Client, tenantId: string, sql: string, values: unknown[] = []): Promise<T[]> {
  return inTenant(owner, tenantId, async () => (await owner.query(sql, values)).rows as T[]);
}
