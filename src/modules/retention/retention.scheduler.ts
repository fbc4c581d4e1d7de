import type { Services } from '../../context';
import { runRetention, type RetentionReport } from './retention.job';

/**
 * Runs the retention job in this process every `intervalMs`, applying it (storage limitation, GDPR
 * 5(1)(e)); a run starts only after the previous one has ended, and across processes the job's advisory
 * lock lets one run at a time (the others skip). Logs counts only: never a person id.
 */
export class RetentionScheduler {
  private loop: { timer?: NodeJS.Timeout; running: Promise<unknown>; stopped: boolean } | undefined;

  constructor(private readonly deps: Services) {}

  start(intervalMs: number): void {
    if (intervalMs <= 0) {
      this.deps.logger.info('scheduled retention is off (KAIRA_RETENTION_INTERVAL_MS=0): run npm run retention');
      return;
    }
    if (this.loop && !this.loop.stopped) return;
    const loop: NonNullable<RetentionScheduler['loop']> = { running: Promise.resolve(), stopped: false };
    const tick = (): void => {
      loop.running = this.runOnce()
        .catch((err: unknown) => this.deps.logger.error({ err }, 'retention run failed'))
        .finally(() => {
          if (!loop.stopped) loop.timer = setTimeout(tick, intervalMs).unref();
        });
    };
    loop.timer = setTimeout(tick, intervalMs).unref();
    this.loop = loop;
  }

  async runOnce(): Promise<RetentionReport> {
    const report = await runRetention(this.deps, { apply: true, trigger: 'scheduler' });
    if (!report.ran) {
      this.deps.logger.info('retention run skipped: another process is running it');
    } else {
      for (const t of report.tenants) {
        this.deps.logger.info(
          { runId: report.runId, tenant: t.tenant, counts: t.counts, held: t.held },
          'retention run',
        );
      }
    }
    return report;
  }

  async stop(): Promise<void> {
    const loop = this.loop;
    if (!loop) return;
    loop.stopped = true;
    clearTimeout(loop.timer);
    await loop.running;
  }
}
