import type { BackendSample, BenchDatabase } from './bench-database';
import type { LoadResult, LoadRun } from './load-client';
import { PEOPLE_QUERY, TENANT_SLUG } from './operations';
import { type Child, progress, sleep } from './processes';

// One load run against one target, with what it cost around it: the server's and PostgreSQL's CPU, the
// use-log rows and WAL it wrote, and what the app role's backends were doing meanwhile.

export interface Target {
  name: 'Kaira' | 'Kaira, limits off' | 'raw';
  port: number;
  /** The serving process's user+system CPU so far (ms). */
  serverCpuMs(): Promise<number>;
}

export interface LoadSettings {
  token: string;
  concurrency: number;
  /** 0: bounded by time only. */
  maxRequests: number;
}

export interface RunResult extends LoadResult {
  serverCpuMs: number;
  postgresCpuMs: number;
  useLogRows: number;
  walBytes: number;
  backends: BackendSample[];
}

// Samples the app role's backends every 100 ms while a run lasts.
function sampleBackends(db: BenchDatabase): { stop(): void; done: Promise<BackendSample[]> } {
  let running = true;
  const done = (async () => {
    const samples: BackendSample[] = [];
    while (running) {
      samples.push(await db.sampleAppBackends());
      await sleep(100);
    }
    return samples;
  })();
  return { stop: () => (running = false), done };
}

let runs = 0;

export async function measure(
  db: BenchDatabase,
  client: Child,
  target: Target,
  seconds: number,
  settings: LoadSettings,
): Promise<RunResult> {
  const reading = async () => ({
    server: await target.serverCpuMs(),
    postgres: db.postgresCpuMs(),
    head: await db.useLogHead(),
    wal: await db.walBytes(),
  });
  const before = await reading();
  const run: LoadRun = {
    type: 'run',
    id: ++runs,
    port: target.port,
    headers: { authorization: `Bearer ${settings.token}`, 'kaira-tenant': TENANT_SLUG },
    body: JSON.stringify({ query: PEOPLE_QUERY }),
    concurrency: settings.concurrency,
    seconds,
    maxRequests: settings.maxRequests || Number.MAX_SAFE_INTEGER,
  };
  const sampling = sampleBackends(db);
  const result = await client.ask<LoadResult>(run, 'result').finally(() => sampling.stop());
  const backends = await sampling.done;
  const after = await reading();
  if (result.firstError) progress(`${target.name}: first error: ${result.firstError}`);
  return {
    ...result,
    serverCpuMs: after.server - before.server,
    postgresCpuMs: after.postgres - before.postgres,
    useLogRows: after.head - before.head,
    walBytes: after.wal - before.wal,
    backends,
  };
}

export const requestsPerSecond = (r: LoadResult): number => (r.ok * 1000) / r.elapsedMs;
