import type { EntityManager } from '@mikro-orm/postgresql';
import type { Keys } from '../../config';
import { decryptField } from '../../crypto/field-encryption';
import type { TenantFile } from '../../tenants/tenant-file';
import { locationSql, registerMap, type DataLocation } from '../person-data/person-data-map';
import { boundTo } from '../person/person.service';

// The disclosure package: exactly the named data categories of one person, read through the person-data
// map (src/modules/person-data/person-data-map.ts), so a disclosure, the access report and erasure agree on
// where a category lives. Rows with a date are kept only inside the named period.

// The henkilötunnus leaves the register as itself (the recipient asked for it by name), never as the
// ciphertext or the lookup hash, which mean nothing outside Kaira and would link records across registers.
const INTERNAL_COLUMNS = new Set(['identity_code_encrypted', 'identity_code_lookup', 'identity_code_masked']);
// The first of these a row has dates it for the period filter; a row without one is not time-bound.
const DATE_COLUMNS = ['created_at', 'sent_at', 'answered_at', 'released_at', 'recorded_at', 'starts_on'];

export interface PackageSpec {
  tenant: TenantFile;
  personId: string;
  requestId: string;
  categories: readonly string[];
  periodFrom: string | null;
  periodTo: string | null;
  recipient: object;
  basis: object;
  executedAt: Date;
}

/** Builds the package as a JSON string: what is returned to the executor is byte for byte what is hashed. */
export async function buildDisclosurePackage(em: EntityManager, keys: Keys, spec: PackageSpec): Promise<string> {
  const map = registerMap(spec.tenant.register.kind);
  const data: Record<string, Record<string, unknown[]>> = {};
  for (const key of spec.categories) {
    const category = map.categories.find((c) => c.key === key);
    const byTable: Record<string, unknown[]> = {};
    for (const location of category?.locations ?? []) {
      const rows = await readLocation(em, keys, spec, location);
      if (rows.length > 0) byTable[location.table] = [...(byTable[location.table] ?? []), ...rows];
    }
    data[key] = byTable;
  }
  return JSON.stringify({
    format: 'kaira-disclosure/1',
    disclosureRequestId: spec.requestId,
    register: { tenant: spec.tenant.slug, name: spec.tenant.register.name, controller: spec.tenant.controller },
    recipient: spec.recipient,
    basis: spec.basis,
    period: { from: spec.periodFrom, to: spec.periodTo },
    personId: spec.personId,
    categories: spec.categories,
    data,
    executedAt: spec.executedAt.toISOString(),
  });
}

async function readLocation(
  em: EntityManager,
  keys: Keys,
  spec: PackageSpec,
  location: DataLocation,
): Promise<Array<Record<string, unknown>>> {
  const identity = location.columns.includes('identity_code_encrypted');
  const rows = await em.execute<Array<Record<string, unknown>>>(locationSql(location), [spec.personId]);
  return rows
    .filter((row) => inPeriod(row, spec.periodFrom, spec.periodTo))
    .map((row) => {
      const out: Record<string, unknown> = {};
      for (const [column, value] of Object.entries(row)) if (!INTERNAL_COLUMNS.has(column)) out[column] = value;
      if (identity && typeof row.identity_code_encrypted === 'string') {
        out.personal_identity_code = decryptField(
          keys.fieldKey,
          row.identity_code_encrypted,
          boundTo(spec.tenant.id, spec.personId),
        );
      }
      return out;
    })
    .filter((row) => Object.values(row).some((v) => v !== null));
}

function inPeriod(row: Record<string, unknown>, from: string | null, to: string | null): boolean {
  const column = DATE_COLUMNS.find((c) => row[c] !== undefined && row[c] !== null);
  if (!column) return true;
  const value = row[column];
  const day = value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
  return (from === null || day >= from) && (to === null || day <= to);
}
