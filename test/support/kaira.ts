import type { MikroORM } from '@mikro-orm/postgresql';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Config } from '../../src/config';
import { openOrm } from '../../src/db/orm';
import { createLogger, type Logger } from '../../src/logger';
import { TenantRegistry } from '../../src/modules/tenant/tenant.registry';
import { startServer, type RunningServer } from '../../src/server';
import { DEMO_PASSWORD } from '../../src/cli/demo-data';
import { createTestDatabase, type TestDatabase } from './database';
import { testConfig } from './env';

export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
  headers: Headers;
}

export interface RequestOptions {
  token?: string;
  tenant?: string;
  headers?: Record<string, string>;
}

export interface Kaira {
  db: TestDatabase;
  orm: MikroORM;
  config: Config;
  registry: TenantRegistry;
  server: RunningServer;
  /** Sends an operation: a typed document from test/generated (codegen) or a query string. */
  gql<T = Record<string, unknown>, V = Record<string, unknown>>(
    query: string | TypedDocumentNode<T, V>,
    variables?: V,
    options?: RequestOptions,
  ): Promise<GraphQLResult<T>>;
  /** Signs in a demo user (cached per file) and returns the access token. */
  tokenFor(email: string): Promise<string>;
  close(): Promise<void>;
}

/** Kaira on its own database, serving HTTP on a free loopback port, as the app role. */
export async function startKaira(options: { logger?: Logger; env?: Record<string, string> } = {}): Promise<Kaira> {
  const db = await createTestDatabase();
  const config = testConfig(options.env);
  const orm = await openOrm(db.appUrl, 8);
  const registry = await TenantRegistry.load(orm.em);
  const logger = options.logger ?? createLogger((process.env.KAIRA_TEST_LOG_LEVEL as 'silent') ?? 'silent');
  const server = await startServer({ config, orm, registry, logger, port: 0 });
  const tokens = new Map<string, Promise<string>>();

  const gql: Kaira['gql'] = async (query, variables, opts = {}) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...opts.headers };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    if (opts.tenant) headers['kaira-tenant'] = opts.tenant;
    const text = typeof query === 'string' ? query : print(query);
    const response = await fetch(server.url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: text, variables }),
    });
    const body = (await response.json()) as { data?: never; errors?: GraphQLResult['errors'] };
    return { status: response.status, data: body.data, errors: body.errors, headers: response.headers };
  };

  const tokenFor = (email: string): Promise<string> => {
    let token = tokens.get(email);
    if (!token) {
      token = gql<{ login: { accessToken: string } }>(LOGIN, { input: { email, password: DEMO_PASSWORD } }).then(
        (r) => {
          if (!r.data?.login) throw new Error(`demo login failed for ${email}: ${JSON.stringify(r.errors)}`);
          return r.data.login.accessToken;
        },
      );
      tokens.set(email, token);
    }
    return token;
  };

  return {
    db,
    orm,
    config,
    registry,
    server,
    gql,
    tokenFor,
    close: async () => {
      await server.close();
      await orm.close();
      await db.drop();
    },
  };
}

const LOGIN = 'mutation Login($input: LoginInput!) { login(input: $input) { accessToken } }';

/** The first error's code, for terse assertions. */
export function codeOf(result: GraphQLResult<unknown>): unknown {
  return result.errors?.[0]?.extensions?.code;
}

/** Demo principals (src/cli/demo-data.ts) by role. */
export const USERS = {
  coach: 'coach@eduro.example',
  office: 'office@eduro.example',
  trainer: 'trainer@eduro.example',
  eduroDpo: 'dpo@eduro.example',
  admin: 'admin@eduro.example',
  cityOfficer: 'officer@rovaniemi.example',
  cityDpo: 'dpo@rovaniemi.example',
  referrer: 'referrer@te.example',
} as const;

export const TENANTS = ['eduro-training', 'eduro-guidance', 'rovaniemi-guidance'] as const;

/** People the demo seeds per tenant: 12 each, and 6 clients more in each guidance register (client.demo.ts). */
export const DEMO_PEOPLE: Record<(typeof TENANTS)[number], number> = {
  'eduro-training': 12,
  'eduro-guidance': 18,
  'rovaniemi-guidance': 18,
};
