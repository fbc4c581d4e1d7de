import type { TenantFile } from '../../tenants/tenant-file';

// What a tenant file's `retention` (DOMAIN.md §7) lets the job remove on its own. Each rule counts an ISO
// 8601 period from an event. The job can date one event itself, the case closing (the end of the person's
// last service period, none still open); `period: null` means no automatic removal, and events the
// platform cannot date (an erasure request, an opt-out: those are handled when they happen) leave the
// category to the erasure path. A person is removed whole, so only when every personal-data category of
// the register has a fixed period from the case closing, after the longest of them.

const PLATFORM = ['logs', 'bookkeeping'];

export interface PersonRetention {
  /** The longest period, ISO 8601 (e.g. P10Y), counted from the case closing. */
  period: string;
  /** The data categories removed with the person. */
  categories: string[];
}

/** How the job removes persons of this register, or null when the tenant file keeps them without a fixed period. */
export function personRetention(file: TenantFile): PersonRetention | null {
  const rules = file.retention.filter((r) => !PLATFORM.includes(r.category));
  if (rules.length === 0 || rules.some((r) => r.from !== 'case-closed' || r.period === null)) return null;
  const longest = rules.map((r) => r.period!).sort((a, b) => approximateDays(b) - approximateDays(a))[0]!;
  return { period: longest, categories: rules.map((r) => r.category) };
}

/**
 * Records the platform keeps only while they have a use; not data categories of the notice, so their
 * periods are set here. Sent or failed outbox mail: its bodies are already cleared when sent; the
 * address and subject stay 90 days so staff can answer "did the invitation go out?", then go.
 */
export const OUTBOX_KEEP = '90 days';
/** A run's person ids are kept this long for checking what was removed, then cleared (ids only, never names). */
export const RUN_PERSON_IDS_KEEP = '30 days';

// For ordering periods only (the database does the date arithmetic): years, months, weeks, days.
function approximateDays(period: string): number {
  const part = (unit: string) => Number(new RegExp(`(\\d+)${unit}`).exec(period.split('T')[0] ?? '')?.[1] ?? 0);
  return part('Y') * 366 + part('M') * 31 + part('W') * 7 + part('D');
}
