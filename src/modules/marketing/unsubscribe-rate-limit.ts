import type { Services } from '../../context';
import { KairaError } from '../../errors';

// Per-address limit on the public unsubscribe operation and page, like the enrolment form's
// (enrolment-rate-limit.ts) and with its setting (KAIRA_ENROL_RATE_LIMIT, per minute): a fixed one-minute
// window per client address, in memory, so per process.

const WINDOW_MS = 60_000;
const windowsByServices = new WeakMap<Services, Map<string, { start: number; count: number }>>();

/** Counts one attempt from the address; RATE_LIMITED when its window is used up. */
export function takeUnsubscribeAttempt(services: Services, address: string | null, now = Date.now()): void {
  let windows = windowsByServices.get(services);
  if (!windows) windowsByServices.set(services, (windows = new Map()));
  if (windows.size >= 10_000) {
    for (const [key, w] of windows) if (now - w.start >= WINDOW_MS) windows.delete(key);
  }
  const key = address ?? 'unknown';
  const window = windows.get(key);
  if (!window || now - window.start >= WINDOW_MS) {
    windows.set(key, { start: now, count: 1 });
    return;
  }
  window.count++;
  if (window.count > services.config.enrolRateLimitPerMinute) {
    throw new KairaError('RATE_LIMITED', 'too many requests from this address; try again later', {
      retryAfterSeconds: Math.max(1, Math.ceil((window.start + WINDOW_MS - now) / 1000)),
    });
  }
}
