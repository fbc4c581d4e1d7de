import { rmSync } from 'node:fs';
import type { EmbeddedPostgresServer } from '../../src/db/embedded-postgres';

export default async function globalTeardown(): Promise<void> {
  const { __kairaPostgres, __kairaPostgresDir } = globalThis as {
    __kairaPostgres?: EmbeddedPostgresServer;
    __kairaPostgresDir?: string;
  };
  await __kairaPostgres?.stop();
  if (__kairaPostgresDir) rmSync(__kairaPostgresDir, { recursive: true, force: true });
}
