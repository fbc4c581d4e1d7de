import type { EntityManager } from '@mikro-orm/postgresql';
import type { Tenant } from '../tenant/tenant.entity';
import type { TenantFile } from '../../tenants/tenant-file';
import { KairaError } from '../../errors';
import { ConsentRecord } from './consent-record.entity';

// The consent ledger read as of now (DOMAIN.md §2.2): categories given and not since withdrawn, and
// whether data may be disclosed to the purchaser. A withdrawal stops collection at once: writers of
// consent-gated data and consent changes serialise on the person's row, so a write cannot slip in
// after a withdrawal committed.

export interface ConsentState {
  categories: ReadonlySet<string>;
  disclosesToPurchaser: boolean;
}

/** The categories of this tenant that need written consent (from its tenant file). */
export function consentGatedCategories(tenant: Tenant): ReadonlySet<string> {
  const file = tenant.file as TenantFile;
  return new Set(file.dataCategories.filter((c) => c.consentRequired).map((c) => c.key));
}

export async function consentState(em: EntityManager, personId: string): Promise<ConsentState> {
  return foldConsent(await consentRecords(em, personId));
}

/** The person's consent ledger in the order it was recorded. */
export function consentRecords(em: EntityManager, personId: string): Promise<ConsentRecord[]> {
  return em.find(ConsentRecord, { personId }, { orderBy: { recordedAt: 'asc', id: 'asc' } });
}

/** The state a ledger (in recorded order) leaves: what consentState reads, for callers that have the records. */
export function foldConsent(records: readonly ConsentRecord[]): ConsentState {
  const categories = new Set<string>();
  let disclosesToPurchaser = false;
  for (const record of records) {
    if (record.action === 'give') {
      record.categories.forEach((c) => categories.add(c));
      if (record.disclosesToPurchaser !== null) disclosesToPurchaser = record.disclosesToPurchaser;
    } else {
      record.categories.forEach((c) => categories.delete(c));
      if (categories.size === 0) disclosesToPurchaser = false;
    }
  }
  return { categories, disclosesToPurchaser };
}

/**
 * Locks the person's consent for this transaction: 'share' for a write that needs consent, 'update'
 * for a change of consent. Call it before reading the state the write depends on.
 */
export async function lockConsent(em: EntityManager, personId: string, mode: 'share' | 'update'): Promise<void> {
  await em.execute(`select 1 from person where id = ? for ${mode === 'share' ? 'share' : 'update'}`, [personId]);
}

/** Refuses a consent-gated write without active consent for the category: CONSENT_REQUIRED. */
export async function requireConsent(
  em: EntityManager,
  tenant: Tenant,
  personId: string,
  category: string,
): Promise<void> {
  if (!consentGatedCategories(tenant).has(category)) return;
  await lockConsent(em, personId, 'share');
  const state = await consentState(em, personId);
  if (!state.categories.has(category)) {
    throw new KairaError('CONSENT_REQUIRED', `no active written consent for the category ${category}`, { category });
  }
}
