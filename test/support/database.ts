import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { APP_ROLE, OWNER_ROLE } from '../../src/db/database';
import { connectionUrl } from '../../src/db/roles';
import { TEMPLATE_DATABASE, testServerEnv } from './env';

export interface TestDatabase {
  name: string;
  appUrl: string;
  ownerUrl: string;
  drop(): Promise<void>;
}

/** A database of this test file's own, cloned from the migrated, seeded template (≈100 ms). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const env = testServerEnv();
  const name = `kaira_t_${randomBytes(6).toString('hex')}`;
  await asSuperuser(env.superuserUrl, [
    `create database ${name} template ${TEMPLATE_DATABASE} owner ${OWNER_ROLE}`,
    `grant connect on database ${name} to ${APP_ROLE}`,
  ]);
  return {
    name,
    appUrl: connectionUrl(env.superuserUrl, APP_ROLE, env.appPassword, name),
    ownerUrl: connectionUrl(env.superuserUrl, OWNER_ROLE, env.ownerPassword, name),
    drop: () => asSuperuser(env.superuserUrl, [`drop database if exists ${name} with (force)`]),
  };
}

async function asSuperuser(url: string, statements: string[]): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    for (const sql of statements) await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A plain connection for raw-SQL checks (as the app role, the owner…). */
export async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}
