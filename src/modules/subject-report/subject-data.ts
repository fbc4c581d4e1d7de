import type { RequestContext } from '../../context';
import { KairaError } from '../../errors';
import { registerMap, locationSql, type DataLocation } from '../person-data/person-data-map';
import type { TenantFile } from '../../tenants/tenant-file';
import {
  isOpen,
  loadCase,
  matchedPerson,
  requireVerifiedIdentity,
  type CaseRow,
} from '../rights-request/rights-request.rows';

// What every fulfilment shares: the case it serves (of the right kind, matched, identity checked) and the
// person's rows per location of the person-data map.

/** Columns never handed out: the encrypted henkilötunnus and its lookup hash (the masked form is). */
const INTERNAL_COLUMNS = new Set(['identity_code_encrypted', 'identity_code_lookup']);

export type Value = string | number | boolean | null | Value[] | { [key: string]: Value };
export type Row = Record<string, Value>;

export interface Fulfilment {
  request: CaseRow;
  personId: string;
  tenant: TenantFile;
}

/**
 * The case for a fulfilment: of the given kind, not refused, matched to a person, and with the requester's
 * identity checked (GDPR 12(6)): IDENTITY_NOT_VERIFIED otherwise, and nothing is read.
 */
export async function caseFor(ctx: RequestContext, requestId: string, kind: CaseRow['kind']): Promise<Fulfilment> {
  const request = await loadCase(ctx, requestId);
  if (request.kind !== kind) {
    throw new KairaError('BAD_USER_INPUT', `requestId: not a ${kind} request`, { field: 'requestId' });
  }
  if (!isOpen(request) && request.status !== 'completed') {
    throw new KairaError('CONFLICT', 'the request was refused: nothing is handed out');
  }
  const personId = matchedPerson(request);
  requireVerifiedIdentity(request);
  return { request, personId, tenant: ctx.requireTenant().file as TenantFile };
}

/**
 * The person's rows at each location, in one statement (one round trip instead of one per table: the
 * access report reads some 30 locations). PostgreSQL renders the rows as JSON (json keeps column order); the
 * values come back JSON-ready (dates as ISO text) and internal columns are left out.
 */
export async function readLocations(
  ctx: RequestContext,
  locations: readonly DataLocation[],
  personId: string,
): Promise<Row[][]> {
  if (locations.length === 0) return [];
  // UNION ALL rather than one json_build_object: a function takes at most 100 arguments.
  const sql = locations
    .map((l, i) => `select ${i} as i, (select coalesce(json_agg(x), '[]') from (${locationSql(l)}) x) as rows`)
    .join(' union all ');
  const result = await ctx.tx.run((em) =>
    em.execute<Array<{ i: number; rows: Array<Record<string, unknown>> }>>(
      sql,
      locations.map(() => personId),
    ),
  );
  const byIndex = new Map(result.map((r) => [Number(r.i), r.rows]));
  return locations.map((_l, i) =>
    (byIndex.get(i) ?? []).map((row) =>
      Object.fromEntries(
        Object.entries(row)
          .filter(([column]) => !INTERNAL_COLUMNS.has(column))
          .map(([column, value]) => [column, jsonValue(value)]),
      ),
    ),
  );
}

function jsonValue(value: unknown): Value {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(jsonValue);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, jsonValue(v)]));
  }
  return value as string | number | boolean;
}

/** The register map of the case's tenant. */
export const mapOf = (f: Fulfilment) => registerMap(f.tenant.register.kind);

/** Producing a report is a use of the person's data, on the basis of their own request (DOMAIN.md §5). */
export async function recordFulfilment(ctx: RequestContext, f: Fulfilment, data: string[], operation: string) {
  await ctx.recordUse({
    personIds: [f.personId],
    data,
    operation,
    basis: 'RIGHTS_REQUEST',
    reason: `rights request ${f.request.id}`,
  });
}
