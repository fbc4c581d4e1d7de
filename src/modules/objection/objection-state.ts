import type { EntityManager } from '@mikro-orm/postgresql';

// What other modules read about objections (marketing, profiling, retention). The transaction's tenant
// applies (RLS); tenantId is named in the statement too, as every list query does.

/** The person objected to direct marketing (absolute, GDPR 21(3)): no marketing to them, on any channel. */
export async function hasMarketingObjection(em: EntityManager, tenantId: string, personId: string): Promise<boolean> {
  const rows = await em.execute<Array<{ id: string }>>(
    `select id from objection where tenant_id = ? and person_id = ? and kind = 'direct_marketing' limit 1`,
    [tenantId, personId],
  );
  return rows.length > 0;
}

/**
 * The person objected to processing (or, with kind 'profiling', to profiling and automated decisions) and
 * the objection is upheld or still pending: GDPR 21(1) stops the processing unless the controller shows
 * compelling legitimate grounds, so until a rejection is decided the answer is true.
 */
export async function isProcessingObjected(
  em: EntityManager,
  tenantId: string,
  personId: string,
  kind: 'processing' | 'profiling' = 'processing',
): Promise<boolean> {
  const rows = await em.execute<Array<{ id: string }>>(
    `select id from objection where tenant_id = ? and person_id = ? and kind = ? and status in ('pending', 'upheld')
      limit 1`,
    [tenantId, personId, kind],
  );
  return rows.length > 0;
}
