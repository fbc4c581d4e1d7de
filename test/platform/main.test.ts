import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { DEMO_PASSWORD } from '../../src/cli/demo-data';
import { TEST_ENV } from '../support/env';

// The README's start command, end to end: a fresh data dir → embedded PostgreSQL, migrations, the three
// tenants and demo users → a demo login and a tenant-scoped query → SIGTERM stops everything in order,
// with exit code 0 and no PostgreSQL left running.
const REPO = resolve(__dirname, '..', '..');
let dataDir: string;
let child: ChildProcess;

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'kaira-main-'));
  chmodSync(dataDir, 0o755); // PostgreSQL runs as the OS user postgres when the tests run as root
});
afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

function postgresProcesses(): number[] {
  return readdirSync('/proc')
    .filter((pid) => /^\d+$/.test(pid))
    .filter((pid) => {
      try {
        return (
          readlinkSync(`/proc/${pid}/cwd`).startsWith(dataDir) ||
          readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(dataDir)
        );
      } catch {
        return false;
      }
    })
    .map(Number);
}

test('npm start’s entry serves the demo tenants, and SIGTERM stops HTTP, ORM and PostgreSQL', async () => {
  const env = {
    ...process.env,
    ...TEST_ENV,
    NODE_ENV: 'development',
    KAIRA_DATA_DIR: dataDir,
    PORT: '0',
    LOG_LEVEL: 'info',
  };
  for (const key of ['KAIRA_TOKEN_SECRET', 'KAIRA_FIELD_KEY', 'KAIRA_LOOKUP_KEY'])
    delete (env as Record<string, unknown>)[key];
  child = spawn(process.execPath, ['-r', './test/support/swc-register.js', 'src/main.ts'], { cwd: REPO, env });
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error('Kaira did not start within 60 s')), 60_000);
    lines.on('line', (line) => {
      const entry = JSON.parse(line) as { msg?: string; url?: string };
      if (entry.msg === 'Kaira is serving') {
        clearTimeout(timer);
        resolveUrl(entry.url!);
      }
    });
    child.once('exit', (code) => reject(new Error(`Kaira exited with ${code} before serving`)));
  });
  expect(existsSync(join(dataDir, 'keys.json'))).toBe(true); // keys generated into the data dir, not the database

  const post = async (body: object, headers: Record<string, string> = {}) =>
    (
      await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      })
    ).json() as Promise<{
      data: Record<string, never>;
    }>;
  const login = await post({
    query: 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
    variables: { input: { email: 'officer@rovaniemi.example', password: DEMO_PASSWORD } },
  });
  const token = (login.data.login as { accessToken: string }).accessToken;
  const result = await post(
    { query: '{ me { current { actsFor tenant { slug } } } people(first: 3) { nodes { lastName } } }' },
    { authorization: `Bearer ${token}`, 'kaira-tenant': 'rovaniemi-guidance' },
  );
  expect(result.data).toMatchObject({
    me: { current: { actsFor: 'CONTROLLER', tenant: { slug: 'rovaniemi-guidance' } } },
    people: { nodes: expect.arrayContaining([expect.objectContaining({ lastName: expect.any(String) })]) },
  });
  expect(postgresProcesses().length).toBeGreaterThan(0);

  const exitCode = await new Promise<number | null>((done) => {
    child.once('exit', (code) => done(code));
    child.kill('SIGTERM');
  });
  expect(exitCode).toBe(0);
  expect(postgresProcesses()).toEqual([]);
}, 90_000);
