import { readFileSync } from 'node:fs';
import type { BackendSample } from './bench-database';
import { requestsPerSecond, type RunResult } from './measure';
import { progress } from './processes';
import type { RawStats } from './raw-handler';
import type { Counts, StatementCount } from './statement-count';

// The printed result: medians over rounds, pooled latency percentiles, ratios, and where the time went.

export interface Summary {
  rps: number;
  roundRps: number[];
  p50: number;
  p99: number;
  errors: number;
  requests: number;
  serverCpuPerOp: number;
  postgresCpuPerOp: number;
  clientCpuPerOp: number;
  walKbPerOp: number;
  backends: Record<keyof BackendSample, number>;
  /** Share of samples in which the tenant's log_head lock was held by a transaction waiting for the app. */
  holdingShare: number;
  /** The same as milliseconds per request. */
  holdingMsPerOp: number;
  useLogRows: number;
  expectedRows: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function meanSample(samples: BackendSample[]): Record<keyof BackendSample, number> {
  const mean = (k: keyof BackendSample) => samples.reduce((n, b) => n + b[k], 0) / Math.max(1, samples.length);
  return {
    running: mean('running'),
    lockWait: mean('lockWait'),
    idleInTransaction: mean('idleInTransaction'),
    holdingLogHead: mean('holdingLogHead'),
  };
}

export function summarise(rounds: RunResult[]): Summary {
  const roundRps = rounds.map(requestsPerSecond);
  const latencies = rounds.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const requests = rounds.reduce((n, r) => n + r.ok + r.errors, 0);
  const sum = (f: (r: RunResult) => number) => rounds.reduce((n, r) => n + f(r), 0);
  const samples = rounds.flatMap((r) => r.backends);
  const holdingShare = samples.filter((b) => b.holdingLogHead > 0).length / Math.max(1, samples.length);
  return {
    rps: median(roundRps),
    roundRps,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    errors: sum((r) => r.errors),
    requests,
    serverCpuPerOp: sum((r) => r.serverCpuMs) / requests,
    postgresCpuPerOp: sum((r) => r.postgresCpuMs) / requests,
    clientCpuPerOp: sum((r) => r.cpuMs) / requests,
    walKbPerOp: sum((r) => r.walBytes) / 1024 / requests,
    backends: meanSample(samples),
    holdingShare,
    holdingMsPerOp: (holdingShare * sum((r) => r.elapsedMs)) / requests,
    useLogRows: sum((r) => r.useLogRows),
    expectedRows: sum((r) => r.ok),
  };
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows
    .map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '))
    .join('\n');
}

const f = (n: number, digits = 1) => n.toFixed(digits);

const statements = (c: StatementCount, clientLabel: string) =>
  `${c.postgres.length}${c.client === c.postgres.length ? '' : ` (${clientLabel} ${c.client})`}`;

function resultTable(counts: Counts, kaira: Summary, raw: Summary): string {
  const rowsCheck = (s: Summary) =>
    `${s.useLogRows} ${s.useLogRows === s.expectedRows ? '= ok' : `≠ ${s.expectedRows} (ok)`}`;
  const line = (name: string, s: Summary, c: StatementCount, clientLabel: string) => [
    name,
    f(s.rps, 0),
    s.roundRps.map((r) => f(r, 0)).join('/'),
    f(s.p50, 2),
    f(s.p99, 2),
    String(s.errors),
    statements(c, clientLabel),
    rowsCheck(s),
  ];
  return table([
    ['target', 'req/s (median)', 'rounds req/s', 'p50 ms', 'p99 ms', 'errors', 'statements/op', 'use_log rows'],
    line('Kaira', kaira, counts.kairaPeople, 'ORM logged'),
    line('raw pg', raw, counts.raw, 'handler sent'),
  ]);
}

function costTable(kaira: Summary, raw: Summary): string {
  const line = (name: string, s: Summary) => [
    name,
    f(s.serverCpuPerOp, 2),
    f(s.postgresCpuPerOp, 2),
    f(s.clientCpuPerOp, 2),
    f(s.walKbPerOp, 1),
    `${f(s.backends.running)} / ${f(s.backends.lockWait)} / ${f(s.backends.idleInTransaction)}`,
    `${f(100 * s.holdingShare, 0)}% (${f(s.holdingMsPerOp, 1)} ms/op)`,
  ];
  return table([
    [
      'target',
      'server CPU ms/op',
      'PostgreSQL CPU ms/op',
      'client CPU ms/op',
      'WAL kB/op',
      'backends running / lock-wait / idle in tx',
      'log_head held by an idle tx',
    ],
    line('Kaira', kaira),
    line('raw pg', raw),
  ]);
}

export function report(
  heading: string,
  counts: Counts,
  kaira: Summary,
  raw: Summary,
  rawStats: RawStats | undefined,
  notes: string[],
): string {
  const shape = (c: StatementCount) =>
    c.postgres.map((sql) => `    ${sql.slice(0, 96)}${sql.length > 96 ? '…' : ''}`).join('\n');
  const lines = [
    '',
    heading,
    '',
    resultTable(counts, kaira, raw),
    '',
    `Kaira/raw: req/s ${f(kaira.rps / raw.rps, 2)}×, p50 ${f(kaira.p50 / raw.p50, 2)}×, ` +
      `server CPU per op ${f(kaira.serverCpuPerOp / raw.serverCpuPerOp, 2)}×`,
    `me query through Kaira: ${statements(counts.kairaMe, 'ORM logged')} statements per operation`,
    ...notes,
    '',
    'where the time goes (measured rounds; backends sampled every 100 ms from pg_stat_activity):',
    costTable(kaira, raw),
  ];
  if (rawStats) {
    const phases = Object.entries(rawStats.ms)
      .map(([phase, ms]) => `${phase} ${f(ms, 2)}`)
      .join(', ');
    lines.push(`raw handler, mean ms per request over ${rawStats.requests} requests: ${phases}`);
  }
  lines.push(
    '',
    'statements per operation, as PostgreSQL logged them:',
    `  Kaira people (${counts.kairaPeople.postgres.length}):`,
    shape(counts.kairaPeople),
    `  raw people (${counts.raw.postgres.length}):`,
    shape(counts.raw),
    `  Kaira me (${counts.kairaMe.postgres.length}):`,
    shape(counts.kairaMe),
  );
  return lines.join('\n');
}

/** Kaira's warnings and errors (pino level ≥ 40) from the run, so a failing request is explained. */
export function reportKairaLog(file: string): void {
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  const problems = lines.filter((line) => (JSON.parse(line) as { level: number }).level >= 40);
  progress(`Kaira wrote ${lines.length} log lines, ${problems.length} of them warnings or errors`);
  for (const line of problems.slice(0, 5)) progress(`  ${line.slice(0, 400)}`);
}
