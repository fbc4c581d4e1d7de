import type { Services } from '../../context';
import { KairaError } from '../../errors';

// Per-address limit on the public form (issue 3 item 3): a fixed one-minute window per client address.
// In memory, so it holds for ONE process; several instances behind a balancer would each allow the limit
// (a shared store, e.g. a PostgreSQL table or Redis, is needed then).

const WINDOW_MS = 60_000;

class FixedWindowLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(private readonly limit: number) {}

  /** Counts one attempt; RATE_LIMITED when the address has used up its window. */
  take(address: string, now = Date.now()): void {
    this.sweep(now);
    const window = this.windows.get(address);
    if (!window || now - window.start >= WINDOW_MS) {
      this.windows.set(address, { start: now, count: 1 });
      return;
    }
    window.count++;
    if (window.count > this.limit) {
      const retryAfterSeconds = Math.max(1, Math.ceil((window.start + WINDOW_MS - now) / 1000));
      throw new KairaError('RATE_LIMITED', 'too many enrolments from this address; try again later', {
        retryAfterSeconds,
      });
    }
  }

  // Forget expired windows now and then, so the map does not grow with every address ever seen.
  private sweep(now: number): void {
    if (this.windows.size < 10_000) return;
    for (const [address, window] of this.windows) {
      if (now - window.start >= WINDOW_MS) this.windows.delete(address);
    }
  }
}

const limiters = new WeakMap<Services, FixedWindowLimiter>();

/** Counts one enrolment attempt from the address (valid or not: probing costs the same). */
export function takeEnrolmentAttempt(services: Services, address: string | null): void {
  let limiter = limiters.get(services);
  if (!limiter) {
    limiter = new FixedWindowLimiter(services.config.enrolRateLimitPerMinute);
    limiters.set(services, limiter);
  }
  limiter.take(address ?? 'unknown');
}
