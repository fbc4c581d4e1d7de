import type { Principal } from '../../auth/principal';
import { type ActsFor, Role } from '../../auth/roles';
import type { TenantTransaction } from '../../db/tenant-transaction';
import { unauthenticated } from '../../errors';
import type { Tenant } from '../tenant/tenant.entity';
import { parseApiKey, secretMatches } from './api-key.secret';

interface KeyRow {
  organisation_id: string;
  operations: string[];
  secret_hash: string;
  previous_secret_hash: string | null;
  previous_valid: boolean;
  revoked: boolean;
  stale: boolean;
}

// How often last_used_at is written: a busy integration costs one extra UPDATE a minute, not one a request.
const LAST_USED_RESOLUTION = '1 minute';

/**
 * The INTEGRATION principal an `Authorization: ApiKey …` header names, in the request's tenant. A key of
 * another tenant is not visible under that tenant's RLS, so it is as unknown as a made-up one:
 * UNAUTHENTICATED (reason API_KEY_INVALID), which tells a prober nothing about other tenants' keys.
 */
export async function authenticateApiKey(
  tx: TenantTransaction,
  tenant: Tenant,
  text: string,
  actsFor: (organisationId: string) => ActsFor,
): Promise<Principal> {
  const parsed = parseApiKey(text);
  if (!parsed) throw invalidKey();
  const [row] = await tx.run((em) =>
    em.execute<KeyRow[]>(
      `select organisation_id, operations, secret_hash, previous_secret_hash,
              coalesce(previous_valid_until > now(), false) as previous_valid,
              revoked_at is not null as revoked,
              last_used_at is null or last_used_at < now() - interval '${LAST_USED_RESOLUTION}' as stale
         from api_key where id = ? and tenant_id = kaira.current_tenant_id()`,
      [parsed.keyId],
    ),
  );
  const current = row ? secretMatches(parsed.secret, row.secret_hash) : false;
  const previous = row?.previous_valid ? secretMatches(parsed.secret, row.previous_secret_hash) : false;
  if (!row || row.revoked || !(current || previous)) throw invalidKey();
  if (row.stale) {
    await tx.run((em) =>
      em.execute(
        `update api_key set last_used_at = now()
          where id = ? and (last_used_at is null or last_used_at < now() - interval '${LAST_USED_RESOLUTION}')`,
        [parsed.keyId],
      ),
    );
  }
  return {
    // An integration has no user account: the key's id stands for it (in the use log's actor, too).
    userId: parsed.keyId,
    sessionId: parsed.keyId,
    apiKey: { id: parsed.keyId, operations: row.operations },
    membership: {
      tenantId: tenant.id,
      organisationId: row.organisation_id,
      roles: new Set([Role.INTEGRATION]),
      actsFor: actsFor(row.organisation_id),
    },
  };
}

const invalidKey = () => unauthenticated('invalid, revoked or rotated API key', 'API_KEY_INVALID');
