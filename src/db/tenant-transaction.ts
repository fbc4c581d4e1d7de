import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';

export interface TransactionScope {
  tenantId: string | null;
  userId: string | null;
}

/**
 * One transaction per GraphQL operation, opened on first database use. This is the only place that
 * tells PostgreSQL which tenant and user the work is for (`set_config(…, true)`: transaction-local, so
 * a pooled connection never carries a tenant into the next request).
 *
 * Work runs one unit at a time: the operation's resolvers share one connection, and PostgreSQL answers
 * one statement at a time on it. A unit must not wait on another unit (no loader.load inside run()).
 */
export class TenantTransaction {
  readonly em: EntityManager;
  private queue: Promise<unknown> = Promise.resolve();
  private state: 'idle' | 'open' | 'done' = 'idle';
  /** Callbacks that write into the transaction just before it commits (e.g. the use log). */
  private readonly beforeCommit: Array<(em: EntityManager) => Promise<void>> = [];

  private readonly scope: TransactionScope;

  constructor(orm: MikroORM, scope: TransactionScope) {
    this.scope = { ...scope };
    this.em = orm.em.fork({ clear: true, useContext: false });
    if (scope.tenantId) this.em.setFilterParams('tenant', { tenantId: scope.tenantId });
  }

  /** Runs work in its own tenant transaction outside a GraphQL operation (seeds, jobs, tests): commit or roll back. */
  static async within<T>(orm: MikroORM, scope: TransactionScope, work: (em: EntityManager) => Promise<T>): Promise<T> {
    const tx = new TenantTransaction(orm, scope);
    let result: T;
    try {
      result = await tx.run(work);
    } catch (error) {
      await tx.finish(false);
      throw error;
    }
    await tx.finish(true);
    return result;
  }

  /** Names the signed-in user for the database: kept for the opening, or set at once if already open. */
  setUser(userId: string): Promise<void> {
    this.scope.userId = userId;
    if (this.state === 'idle') return Promise.resolve();
    return this.run((em) => em.execute("select set_config('kaira.user_id', ?, true)", [userId])).then(() => undefined);
  }

  get opened(): boolean {
    return this.state === 'open';
  }

  run<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    const next = this.queue.then(async () => {
      if (this.state === 'done') throw new Error('the operation has already finished');
      if (this.state === 'idle') await this.begin();
      return work(this.em);
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  onBeforeCommit(write: (em: EntityManager) => Promise<void>): void {
    this.beforeCommit.push(write);
  }

  /** Commits (after the before-commit writes) or rolls back; harmless when nothing was opened. */
  async finish(commit: boolean): Promise<void> {
    await this.queue;
    if (this.state !== 'open') {
      this.state = 'done';
      return;
    }
    try {
      if (commit) {
        // Flush the unit of work first: the before-commit writes take the log's chain lock, which
        // must be held for as short a time as possible (only until the COMMIT right after them).
        await this.em.flush();
        this.em.clear();
        for (const write of this.beforeCommit) await write(this.em);
        await this.em.commit();
      } else {
        await this.em.rollback();
      }
    } catch (error) {
      await this.em.rollback().catch(() => undefined);
      throw error;
    } finally {
      this.state = 'done';
    }
  }

  private async begin(): Promise<void> {
    await this.em.begin();
    this.state = 'open';
    await this.em.execute("select set_config('kaira.tenant_id', ?, true), set_config('kaira.user_id', ?, true)", [
      this.scope.tenantId ?? '',
      this.scope.userId ?? '',
    ]);
  }
}
