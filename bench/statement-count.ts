import { isDeepStrictEqual } from 'node:util';
import { MikroORM } from '@mikro-orm/postgresql';
import { DEMO_PASSWORD } from '../src/cli/demo-data';
import type { Config } from '../src/config';
import { ormOptions } from '../src/db/orm';
import type { Logger } from '../src/logger';
import { TenantRegistry } from '../src/modules/tenant/tenant.registry';
import { startServer } from '../src/server';
import type { BenchDatabase } from './bench-database';
import { gql, LOGIN, ME_QUERY, PAGE, PEOPLE_QUERY, USER } from './operations';
import { Cleanup, sleep } from './processes';
import { startRawServer, type RawTenant } from './raw-handler';

export interface StatementCount {
  /** Statements PostgreSQL logged for the app role during the operation (log_statement = all). */
  postgres: string[];
  /** `[query]` lines from the ORM's logger (Kaira) or the handler's own query calls (raw). */
  client: number;
}

export interface Counts {
  kairaPeople: StatementCount;
  kairaMe: StatementCount;
  raw: StatementCount;
}

/** Counts the statements of one operation on an otherwise idle database. */
async function countStatements(db: BenchDatabase, clientCounter: () => number, send: () => Promise<unknown>) {
  await sleep(200);
  db.takeLog();
  const before = clientCounter();
  const result = await send();
  await sleep(300); // PostgreSQL's log arrives through a pipe
  const postgres = db
    .takeLog()
    .flatMap((line) => /\bLOG:\s+(?:statement|execute [^:]*):\s*(.*)$/.exec(line)?.[1] ?? [])
    .map((sql) => sql.replace(/\s+/g, ' ').trim());
  return { count: { postgres, client: clientCounter() - before } as StatementCount, result };
}

/**
 * Counts statements per operation, measured twice over: PostgreSQL's statement log and the client's own
 * count. Runs on connections opened while the app role has log_statement = 'all' (a fresh ORM with a query
 * logger, a fresh raw pool); they close and the role's logging is reset before the load starts. The same
 * pass checks that Kaira and the raw handler return the same page, and signs in for the load.
 */
export async function countAndCompare(db: BenchDatabase, config: Config, logger: Logger, tenant: RawTenant) {
  await db.logAppStatements(true);
  const local = new Cleanup();
  try {
    const ormLines: string[] = [];
    const orm = await MikroORM.init({
      ...ormOptions(db.appUrl, 2),
      debug: ['query'],
      colors: false,
      logger: (line: string) => ormLines.push(line),
    });
    local.push('counting ORM', () => orm.close());
    const registry = await TenantRegistry.load(orm.em);
    const server = await startServer({ config, orm, registry, logger, port: 0 });
    local.push('counting Kaira', () => server.close());
    const variables = { input: { email: USER, password: DEMO_PASSWORD } };
    const { login } = (await gql(server.port, LOGIN, { variables, tenant: false })) as {
      login: { accessToken: string };
    };
    const token = login.accessToken;
    const ormQueries = () => ormLines.filter((l) => l.includes('[query]')).length;
    const kaira = async (query: string) => {
      await gql(server.port, query, { token }); // opens the pool's connection before counting
      return countStatements(db, ormQueries, () => gql(server.port, query, { token }));
    };
    const kairaPeople = await kaira(PEOPLE_QUERY);
    const kairaMe = await kaira(ME_QUERY);

    const raw = await startRawServer({ appUrl: db.appUrl, tokenSecret: config.keys.tokenSecret, tenant, poolSize: 1 });
    local.push('counting raw handler', () => raw.close());
    await gql(raw.port, PEOPLE_QUERY, { token });
    const rawPeople = await countStatements(
      db,
      () => raw.stats().statements,
      () => gql(raw.port, PEOPLE_QUERY, { token }),
    );

    const { people } = kairaPeople.result as { people: { nodes: unknown[] } };
    if (people.nodes.length !== PAGE) throw new Error(`Kaira returned ${people.nodes.length} people, not ${PAGE}`);
    if (!isDeepStrictEqual(kairaPeople.result, rawPeople.result)) {
      throw new Error(
        'Kaira and the raw handler returned different pages: the comparison would not be of the same work',
      );
    }
    const counts: Counts = { kairaPeople: kairaPeople.count, kairaMe: kairaMe.count, raw: rawPeople.count };
    return { token, counts };
  } finally {
    await local.run();
    await db.logAppStatements(false);
  }
}
