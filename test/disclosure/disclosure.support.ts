import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { idOf } from '../guidance/guidance.support';
import { inTenant } from '../isolation/sql';
import { USERS, type Kaira } from '../support/kaira';
import type { Tenant } from '../support/rules-matrix';

// Fixtures for the disclosure tests: requests in a given state, written as the owner behind the API's back
// (FORCE'd RLS binds the owner to the tenant it sets), so each rules case has a request of its own.

export type RequestState = 'pending' | 'approved';

export const tenantIdOf = (kaira: Kaira, slug: Tenant): string => kaira.registry.bySlug(slug)!.id;

/** The first demo person of the tenant. */
export async function firstPerson(owner: Client, tenantId: string): Promise<string> {
  return inTenant(owner, tenantId, async () => {
    const { rows } = await owner.query<{ id: string }>(
      'select id from person order by last_name, first_name, id limit 1',
    );
    return rows[0]!.id;
  });
}

/** A request to a Finnish recipient (no transfer safeguards needed), pending or approved. */
export async function insertRequest(
  owner: Client,
  tenantId: string,
  personId: string,
  state: RequestState,
  overrides: { country?: string; categories?: string[] } = {},
): Promise<string> {
  const office = await idOf(owner, USERS.office);
  const id = randomUUID();
  const approved = state === 'approved';
  await inTenant(
    owner,
    tenantId,
    () =>
      owner.query(
        `insert into disclosure_request (id, tenant_id, person_id, recipient_name, recipient_business_id,
           recipient_foreign_id, recipient_country, recipient_address, basis_kind, basis_document_ref,
           basis_document_date, categories, registered_by, status, decided_by, decided_at, decision_reason)
         values ($1, $2, $3, 'Kela', '0246246-0', 'X-1', $4, 'PL 10, 00056 KELA', 'data_subject_request', 'ref-1',
           current_date, $5, $6, $7, $8, $9, $10)`,
        [
          id,
          tenantId,
          personId,
          overrides.country ?? 'FI',
          overrides.categories ?? ['name'],
          office,
          state,
          approved ? office : null,
          approved ? new Date() : null,
          approved ? 'approved in a fixture' : null,
        ],
      ),
    { commit: true },
  );
  return id;
}

/** A registration input for the API. */
export function registration(personId: string, over: Record<string, unknown> = {}) {
  return {
    personId,
    recipient: { name: 'Kela', businessId: '0246246-0', country: 'FI', address: 'PL 10, 00056 KELA' },
    basis: { kind: 'DATA_SUBJECT_REQUEST' as const, documentRef: 'dnro 2026/1', documentDate: '2026-01-15' },
    categories: ['name'],
    ...over,
  };
}
