import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import type { Profiler, Runtime } from 'node:inspector';

// `--profile`: a V8 CPU profile of the bench process (which hosts Kaira) during one extra Kaira run,
// summarised by where the code lives: self time (what runs) and time on the stack (what it runs under).

export interface RunningProfile {
  stop(): Promise<Profiler.Profile>;
}

export async function startProfile(): Promise<RunningProfile> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 500 });
  await session.post('Profiler.start');
  return {
    stop: async () => {
      const { profile } = await session.post('Profiler.stop');
      await session.post('Profiler.disable');
      session.disconnect();
      return profile;
    },
  };
}

export function saveProfile(profile: Profiler.Profile, file: string): void {
  writeFileSync(file, JSON.stringify(profile));
}

/** Where a frame's code lives: a package, Kaira's own code, Node's core, or V8 (GC, program). */
function categoryOf(frame: Runtime.CallFrame): string {
  const { url, functionName } = frame;
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const parts = url.slice(nm + '/node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  if (url.startsWith('node:')) return 'node core';
  if (url.includes('/dist/src/') || url.includes('/src/')) return 'kaira src';
  if (url.includes('/dist/bench/')) return 'bench';
  return url;
}

// [label, function name, part of the script URL]. Synchronous functions only: the stack of a sample shows
// what runs now, not the async function that awaited it, so an async landmark would read far too low.
const LANDMARKS: Array<[string, string, string]> = [
  ['HTTP request parsing (node:http)', 'parserOnHeadersComplete', 'node:_http_common'],
  ['graphql parse', 'parse', 'graphql/language/parser.js'],
  ['graphql validate', 'validate', 'graphql/validation/validate.js'],
  ['graphql field execution (sync part)', 'executeFields', 'graphql/execution/execute.js'],
  ['graphql-shield field middleware (sync part)', 'middleware', 'graphql-shield/'],
  ['MikroORM hydration (EntityFactory.create)', 'create', '@mikro-orm/core/entity/EntityFactory.js'],
  [
    'MikroORM per-entity accessors (EntityHelper.ensurePropagation)',
    'ensurePropagation',
    '@mikro-orm/core/entity/EntityHelper.js',
  ],
  ['MikroORM SQL building (QueryBuilder.toQuery)', 'toQuery', '@mikro-orm/knex/query/QueryBuilder.js'],
  ['MikroORM inlining parameters (Platform.formatQuery)', 'formatQuery', '@mikro-orm/core/platforms/Platform.js'],
  [
    'MikroORM flush at commit (UnitOfWork.computeChangeSets)',
    'computeChangeSets',
    '@mikro-orm/core/unit-of-work/UnitOfWork.js',
  ],
  ['pg socket writes', '_send', 'pg/lib/connection.js'],
  ['pg result parsing', 'parse', 'pg-protocol/dist/parser.js'],
  ['use log: entries buffered (UseLog.record)', 'record', '/src/modules/logs/use-log.js'],
  ['HTTP response (express res.send)', 'send', 'express/lib/response.js'],
];

export function summariseProfile(profile: Profiler.Profile, top = 14): string {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const self = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const id = samples[i]!;
    self.set(id, (self.get(id) ?? 0) + (deltas[i] ?? 0) / 1000);
  }
  const idle = new Set(['(idle)', '(root)']);
  let busy = 0;
  const selfByCategory = new Map<string, number>();
  const onStackByCategory = new Map<string, number>();
  const selfByFunction = new Map<string, number>();
  const stackCategories = new Map<number, Set<string>>();
  const categoriesOnStack = (id: number): Set<string> => {
    let found = stackCategories.get(id);
    if (!found) {
      const up = parent.get(id);
      found = new Set(up === undefined ? [] : categoriesOnStack(up));
      found.add(categoryOf(nodes.get(id)!.callFrame));
      stackCategories.set(id, found);
    }
    return found;
  };
  // A native frame (a syscall wrapper, JSON.parse, runMicrotasks) counts for the JS code that called it.
  const ownerCategory = (id: number): string => {
    let at: number | undefined = id;
    while (at !== undefined) {
      const category = categoryOf(nodes.get(at)!.callFrame);
      if (category !== '(native)') return category;
      at = parent.get(at);
    }
    return '(native)';
  };
  for (const [id, ms] of self) {
    const frame = nodes.get(id)!.callFrame;
    const category = ownerCategory(id);
    if (idle.has(category)) continue;
    busy += ms;
    selfByCategory.set(category, (selfByCategory.get(category) ?? 0) + ms);
    for (const c of categoriesOnStack(id)) onStackByCategory.set(c, (onStackByCategory.get(c) ?? 0) + ms);
    const where = frame.url
      ? `${frame.url.replace(/^.*\/node_modules\//, '').replace(/^.*\/dist\//, '')}:${frame.lineNumber + 1}`
      : '';
    const name = `${frame.functionName || '(anonymous)'} ${where}`.trim();
    selfByFunction.set(name, (selfByFunction.get(name) ?? 0) + ms);
  }
  const pct = (ms: number): string => `${((100 * ms) / busy).toFixed(1).padStart(5)}%`;
  const rows = (map: Map<string, number>, n: number): string[] =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, ms]) => `  ${pct(ms)}  ${name}`);
  const onStack = new Map(
    [...onStackByCategory].filter(([c]) => !c.startsWith('(') && c !== 'node core' && c !== 'bench'),
  );
  // Landmarks: inclusive time under a few functions that mark a layer of the request.
  const landmarkMs = new Map<string, number>();
  const underLandmark = new Map<number, Set<string>>();
  const landmarksOnStack = (id: number): Set<string> => {
    let found = underLandmark.get(id);
    if (!found) {
      const up = parent.get(id);
      found = new Set(up === undefined ? [] : landmarksOnStack(up));
      const frame = nodes.get(id)!.callFrame;
      for (const [label, fn, file] of LANDMARKS)
        if (frame.functionName === fn && frame.url.includes(file)) found.add(label);
      underLandmark.set(id, found);
    }
    return found;
  };
  for (const [id, ms] of self) {
    if (idle.has(categoryOf(nodes.get(id)!.callFrame))) continue;
    for (const label of landmarksOnStack(id)) landmarkMs.set(label, (landmarkMs.get(label) ?? 0) + ms);
    if (nodes.get(id)!.callFrame.functionName === '(garbage collector)')
      landmarkMs.set('garbage collector', (landmarkMs.get('garbage collector') ?? 0) + ms);
  }
  return [
    `busy (non-idle) samples: ${Math.round(busy)} ms. Samples are wall-clock: time the thread was preempted (on 2 cores,`,
    'e.g. right after a write to PostgreSQL wakes a backend) lands in the function that was running.',
    'self time by code location (native frames count for their JS caller):',
    ...rows(selfByCategory, top),
    'time with the package anywhere on the stack (inclusive):',
    ...rows(onStack, top),
    'inclusive time under request landmarks (they overlap):',
    ...rows(landmarkMs, LANDMARKS.length + 1),
    'top functions by self time:',
    ...rows(selfByFunction, top),
  ].join('\n');
}
