import type { EntityManager } from '@mikro-orm/postgresql';
import type { TenantTransaction } from '../../db/tenant-transaction';

// Use log (käyttöloki), DOMAIN.md §5: every read of a person's data — who (user, organisation, role),
// when, which persons, which data, which operation, on what basis. One entry per read names every person
// it returned (a 50-person list is one entry, found per person through a GIN index). Entries are buffered
// during the operation and written in its transaction just before commit, in one statement; if they
// cannot be written the operation fails and its data is not sent (no log, no data).

export type UseBasis =
  | 'ADMINISTRATION' // register administration by office staff (contact and administrative data)
  | 'CLIENT_RELATIONSHIP' // a verified assignment to the client
  | 'EMERGENCY' // emergency access with a stated reason
  | 'RIGHTS_REQUEST' // handling the person's own request
  | 'CONTROLLER_OVERSIGHT' // the controller's officers and DPO
  | 'REFERRAL' // the referring organisation reading its own referral's client
  | 'RELEASE'; // a statement released to the referring organisation

export interface UseActor {
  userId: string;
  organisationId: string;
  roles: readonly string[];
}

export interface UseEntry {
  /** The persons whose data was read. */
  personIds: readonly string[];
  /** Which data was read, e.g. the fields returned. */
  data: readonly string[];
  operation: string;
  basis: UseBasis;
  /** Stated reason or purpose, for emergency access and revealing an identity code. */
  reason?: string;
}

export class UseLog {
  private readonly pending: object[] = [];

  constructor(
    private readonly tx: TenantTransaction,
    private readonly requestId: string,
  ) {}

  record(actor: UseActor, entry: UseEntry): void {
    if (entry.personIds.length === 0) return;
    if (this.pending.length === 0) this.tx.onBeforeCommit((em) => this.flush(em));
    this.pending.push({
      personIds: entry.personIds,
      data: entry.data,
      operation: entry.operation,
      basis: entry.basis,
      reason: entry.reason ?? null,
      actor: { userId: actor.userId, organisationId: actor.organisationId, roles: actor.roles },
      requestId: this.requestId,
    });
  }

  get size(): number {
    return this.pending.length;
  }

  private async flush(em: EntityManager): Promise<void> {
    if (this.pending.length === 0) return;
    await appendToLog(em, 'use_log', this.pending);
    this.pending.length = 0;
  }
}

/** Appends entries to the tenant's hash-chained log, in the current transaction (kaira.append_log). */
export async function appendToLog(
  em: EntityManager,
  log: 'use_log' | 'disclosure_log',
  entries: readonly object[],
): Promise<void> {
  await em.execute('select kaira.append_log(?, ?::jsonb)', [log, JSON.stringify(entries)]);
}
