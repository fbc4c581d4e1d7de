import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

// The load generator, forked by people-list.ts so its CPU is not the server's event loop: C loops, each
// sending the next POST as soon as the previous answer is read, over keep-alive connections, until the
// time or the request budget runs out. A request counts as an error unless it is HTTP 200 with data and
// no GraphQL errors. node:http rather than fetch: less client CPU per request on a 2-core machine.

export interface LoadRun {
  type: 'run';
  id: number;
  port: number;
  headers: Record<string, string>;
  body: string;
  concurrency: number;
  seconds: number;
  maxRequests: number;
}

export interface LoadResult {
  type: 'result';
  id: number;
  ok: number;
  errors: number;
  firstError: string | null;
  elapsedMs: number;
  /** Latency of every request (ms), in completion order. */
  latencies: number[];
  /** This process's CPU during the run (ms). */
  cpuMs: number;
}

const agents = new Map<string, Agent>();

function agentFor(port: number, concurrency: number): Agent {
  const key = `${port}/${concurrency}`;
  let agent = agents.get(key);
  if (!agent) {
    agent = new Agent({ keepAlive: true, maxSockets: concurrency, maxFreeSockets: concurrency });
    agents.set(key, agent);
  }
  return agent;
}

function post(agent: Agent, run: LoadRun, body: Buffer): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: '127.0.0.1',
        port: run.port,
        path: '/graphql',
        method: 'POST',
        headers: { ...run.headers, 'content-type': 'application/json', 'content-length': body.length },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error('no answer in 30 s')));
    req.on('error', reject);
    req.end(body);
  });
}

async function load(run: LoadRun): Promise<LoadResult> {
  const agent = agentFor(run.port, run.concurrency);
  const body = Buffer.from(run.body);
  const latencies: number[] = [];
  let issued = 0;
  let ok = 0;
  let errors = 0;
  let firstError: string | null = null;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const deadline = started + run.seconds * 1000;
  const loop = async (): Promise<void> => {
    while (!stopped && issued < run.maxRequests && performance.now() < deadline) {
      issued += 1;
      const sent = performance.now();
      try {
        const { status, text } = await post(agent, run, body);
        if (status === 200 && text.startsWith('{"data":') && !text.includes('"errors":')) ok += 1;
        else {
          errors += 1;
          firstError ??= `HTTP ${status}: ${text.slice(0, 300)}`;
        }
      } catch (error) {
        errors += 1;
        firstError ??= error instanceof Error ? error.message : String(error);
      }
      latencies.push(performance.now() - sent);
    }
  };
  await Promise.all(Array.from({ length: run.concurrency }, loop));
  const elapsedMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  return {
    type: 'result',
    id: run.id,
    ok,
    errors,
    firstError,
    elapsedMs,
    latencies,
    cpuMs: (cpu.user + cpu.system) / 1000,
  };
}

let stopped = false;
function stop(): void {
  stopped = true;
  for (const agent of agents.values()) agent.destroy();
  if (process.connected) process.disconnect();
}

process.on('message', (message: LoadRun | { type: 'stop' }) => {
  if (message.type === 'stop') return stop();
  void load(message).then((result) => {
    if (process.connected) process.send?.(result);
  });
});
// The bench process is gone (killed): stop too rather than load a server nobody measures.
process.on('disconnect', stop);
