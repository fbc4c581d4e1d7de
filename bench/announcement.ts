import './node-env';
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { DEMO_PASSWORD } from '../src/cli/demo-data';
import { loadConfig } from '../src/config';
import { openOrm } from '../src/db/orm';
import { createLogger } from '../src/logger';
import { unsubscribeTokens } from '../src/modules/marketing/link-token';
import { TenantRegistry } from '../src/modules/tenant/tenant.registry';
import { startServer } from '../src/server';
import { loadTenantFiles } from '../src/tenants/tenant-file';
import { startBenchDatabase } from './bench-database';
import { gql, LOGIN, TENANT_SLUG, USER } from './operations';
import { Cleanup, progress } from './processes';
import { percentile } from './report';

// Training announcements at register scale: N card holders of one type (a tenth opted out, a tenth
// restricted), then the audience count, the announcement to everyone left (one outbox email and one
// unsubscribe link each, all in one transaction) and one-time unsubscribes, timed through HTTP.
// Usage: node dist/bench/announcement.js [--people 2000] [--rounds 3]

const REPO = resolve(__dirname, '..', '..');

function args(argv: string[]): { people: number; rounds: number } {
  const opts = { people: 2000, rounds: 3 };
  for (let i = 0; i < argv.length; i += 2) {
    const value = Number(argv[i + 1]);
    if (!['--people', '--rounds'].includes(argv[i]!) || !Number.isInteger(value) || value < 1)
      throw new Error(`bad argument ${argv[i]}: see the usage in bench/announcement.ts`);
    opts[argv[i]!.slice(2) as 'people' | 'rounds'] = value;
  }
  return opts;
}

async function main(): Promise<void> {
  const opts = args(process.argv.slice(2));
  const cleanup = new Cleanup();
  try {
    const key = () => randomBytes(32).toString('base64');
    const config = loadConfig({
      NODE_ENV: process.env.NODE_ENV,
      KAIRA_TOKEN_SECRET: key(),
      KAIRA_FIELD_KEY: key(),
      KAIRA_LOOKUP_KEY: key(),
      KAIRA_TENANTS_DIR: join(REPO, 'tenants'),
      KAIRA_DATA_DIR: '/nonexistent-kaira-bench-data-dir',
      KAIRA_DEMO: 'false',
      KAIRA_ENROL_RATE_LIMIT: '100000',
      PORT: '0',
    });
    const tenants = loadTenantFiles(config.tenantsDir);
    const tenantId = tenants.find((t) => t.slug === TENANT_SLUG)!.id;
    progress('starting PostgreSQL, migrating, seeding');
    const db = await startBenchDatabase({ keys: config.keys, tenants, tenantId, people: opts.people, progress });
    cleanup.push('PostgreSQL', () => db.stop());
    const owner = new Client({ connectionString: db.ownerUrl });
    await owner.connect();
    cleanup.push('owner connection', () => owner.end());
    const typeId = await seedCards(owner, tenantId);
    const orm = await openOrm(db.appUrl, 8);
    cleanup.push('ORM', () => orm.close());
    const registry = await TenantRegistry.load(orm.em);
    const server = await startServer({ config, orm, registry, logger: createLogger('silent'), port: 0 });
    cleanup.push('server', () => server.close());
    const { login } = (await gql(server.port, LOGIN, {
      variables: { input: { email: USER, password: DEMO_PASSWORD } },
      tenant: false,
    })) as { login: { accessToken: string } };
    const token = login.accessToken;
    const audience = { cardTypeId: typeId, expiringWithinDays: 365 };

    const counts: number[] = [];
    let size = 0;
    for (let i = 0; i < 20; i++) {
      const started = performance.now();
      const data = (await gql(server.port, AUDIENCE, { token, variables: { input: audience } })) as {
        marketingAudience: { size: number; excluded: number };
      };
      counts.push(performance.now() - started);
      size = data.marketingAudience.size;
    }
    const sends: number[] = [];
    for (let round = 0; round < opts.rounds; round++) {
      const started = performance.now();
      await gql(server.port, SEND, {
        token,
        variables: { input: { audience, subject: 'Kertauskoulutus', text: 'Tervetuloa kertaamaan.' } },
      });
      sends.push(performance.now() - started);
    }
    // The links' tokens exist only in the emails; for the timing, give the owner's copies known tokens.
    const unsubscribes = await timeUnsubscribes(owner, tenantId, server.port, 200);

    const median = (xs: number[]) =>
      percentile(
        [...xs].sort((a, b) => a - b),
        50,
      );
    console.log(`people with a card of the type: ${opts.people}; audience after exclusions: ${size}`);
    console.log(`marketingAudience: median ${median(counts).toFixed(1)} ms (20 runs)`);
    console.log(
      `sendTrainingAnnouncement to ${size}: median ${median(sends).toFixed(0)} ms over ${opts.rounds} runs ` +
        `(${((size / median(sends)) * 1000).toFixed(0)} emails queued/s)`,
    );
    console.log(`unsubscribe (200 one-time links, in turn): median ${median(unsubscribes).toFixed(1)} ms`);
  } finally {
    await cleanup.run();
  }
}

const AUDIENCE = 'query A($input: MarketingAudienceInput!) { marketingAudience(input: $input) { size excluded } }';
const SEND =
  'mutation S($input: SendTrainingAnnouncementInput!) { sendTrainingAnnouncement(input: $input) { recipientCount } }';
const UNSUBSCRIBE = 'mutation U($input: UnsubscribeInput!) { unsubscribe(input: $input) { registerName } }';

// Every seeded person gets a Tieturva 2 card (through an enrolment and a passed attempt) valid 1–365 days
// more; every tenth has opted out, every tenth (offset) is restricted.
async function seedCards(owner: Client, tenantId: string): Promise<string> {
  await owner.query('begin');
  await owner.query("select set_config('kaira.tenant_id', $1, true)", [tenantId]);
  const office = `(select id from user_account where email = '${USER}')`;
  const {
    rows: [type],
  } = await owner.query<{ id: string }>(`select id from card_type where code = 'tieturva-2'`);
  await owner.query(
    `insert into company (id, tenant_id, name, business_id, contact_name, contact_email, contact_phone, billing_email)
     values (gen_random_uuid(), $1, 'Bench Oy', '2934561-9', 'Kaisa', 'kaisa@bench.example.fi', '+358 40 1234567',
             'laskut@bench.example.fi') on conflict do nothing`,
    [tenantId],
  );
  await owner.query(
    `insert into training_session (id, tenant_id, card_type_id, starts_at, ends_at, place, language, delivery_mode,
                                   capacity, created_by)
     values (gen_random_uuid(), $1, $2, now() - interval '5 years 1 day', now() - interval '5 years', 'Rovaniemi',
             'fi', 'classroom', 500, ${office})`,
    [tenantId, type!.id],
  );
  await owner.query(
    `with p as (select id, row_number() over (order by id) as i from person where email like '%@example.fi'),
          e as (insert into enrolment (id, tenant_id, session_id, person_id, company_id, position, idempotency_key)
                select gen_random_uuid(), $1, (select id from training_session where card_type_id = $2 limit 1), p.id,
                       (select id from company where business_id = '2934561-9'), 'Asentaja', 'bench-' || p.id
                  from p returning id, person_id),
          a as (insert into exam_attempt (id, tenant_id, person_id, enrolment_id, attempt_number, score, passed,
                                          taken_on, recorded_by)
                select gen_random_uuid(), $1, e.person_id, e.id, 1, 90, true, current_date - 1826, ${office} from e
                returning id, person_id, enrolment_id)
     insert into card (id, tenant_id, person_id, card_type_id, enrolment_id, exam_attempt_id, card_number,
                       completed_on, issued_on, valid_until, issued_by)
     select gen_random_uuid(), $1, a.person_id, $2, a.enrolment_id, a.id, 'B-' || p.i, current_date - 1826,
            current_date - 1826, current_date + (1 + p.i % 365)::int, ${office}
       from a join p on p.id = a.person_id`,
    [tenantId, type!.id],
  );
  await owner.query(
    `insert into objection (id, tenant_id, person_id, kind, channel, status, decided_at)
     select gen_random_uuid(), $1, id, 'direct_marketing', 'staff', 'upheld', now()
       from (select id, row_number() over (order by id) as i from person) p where p.i % 10 = 0`,
    [tenantId],
  );
  await owner.query(
    `insert into person_restriction (id, tenant_id, person_id, reason, restricted_by)
     select gen_random_uuid(), $1, id, 'bench', ${office}
       from (select id, row_number() over (order by id) as i from person) p where p.i % 10 = 5`,
    [tenantId],
  );
  await owner.query('commit');
  await owner.query('analyze');
  return type!.id;
}

async function timeUnsubscribes(owner: Client, tenantId: string, port: number, n: number): Promise<number[]> {
  const tokens = Array.from({ length: n }, () => unsubscribeTokens.create(tenantId));
  await owner.query('begin');
  await owner.query("select set_config('kaira.tenant_id', $1, true)", [tenantId]);
  await owner.query(
    `insert into marketing_unsubscribe_link (id, tenant_id, person_id, announcement_id, token_hash)
     select gen_random_uuid(), tenant_id, person_id, announcement_id, t.hash
       from (select *, row_number() over (order by id) as i from marketing_unsubscribe_link where used_at is null) l
       join unnest($1::text[]) with ordinality as t(hash, i) on t.i = l.i`,
    [tokens.map((t) => t.hash)],
  );
  await owner.query('commit');
  const times: number[] = [];
  for (const { token } of tokens) {
    const started = performance.now();
    await gql(port, UNSUBSCRIBE, { variables: { input: { token } }, tenant: false });
    times.push(performance.now() - started);
  }
  return times;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
