import type { Client as Pg } from 'pg';
import {
  ApiKeysDocument,
  CreateApiKeyDocument,
  EnrolDocument,
  RevokeApiKeyDocument,
  RotateApiKeyDocument,
} from '../generated/graphql';
import { form, newSession, tenantIdOf } from '../enrolment/enrolment.support';
import { inTenant } from '../isolation/sql';
import { connect } from '../support/database';
import { codeOf, startKaira, USERS, type Kaira } from '../support/kaira';
import { daysFromNow } from '../training/training.support';
import { documentIdOf, post, sha256, withKey } from './api-key.support';

// API keys (issue 6 item 1) and trusted documents (item 2): ADMIN issues a key for the billing system,
// the key runs the persisted billing export and nothing else; rotation and revocation end old secrets.

const TRAINING = 'eduro-training';
const CITY = 'rovaniemi-guidance';
const period = { from: daysFromNow(-60), to: daysFromNow(60) };

let kaira: Kaira;
let owner: Pg;
let admin: string;
let session: string;

beforeAll(async () => {
  kaira = await startKaira();
  owner = await connect(kaira.db.ownerUrl);
  admin = await kaira.tokenFor(USERS.admin);
  // Two enrolments to bill, through the public form.
  session = await newSession(owner, tenantIdOf(kaira, TRAINING), 10);
  for (const n of [1, 2]) {
    const enrolled = await kaira.gql(EnrolDocument, { input: form(session, n) }, { tenant: TRAINING });
    expect(enrolled.errors).toBeUndefined();
  }
});
afterAll(async () => {
  await owner?.end();
  await kaira?.close();
});

async function createKey(tenant: string, operations: string[], name = 'billing system') {
  const created = await kaira.gql(CreateApiKeyDocument, { input: { name, operations } }, { token: admin, tenant });
  expect(created.errors).toBeUndefined();
  return created.data!.createApiKey;
}

const billing = (secret: string, tenant = TRAINING) =>
  post(kaira, { documentId: documentIdOf('BillingExport'), variables: period }, withKey(secret, tenant));

interface LogEntry {
  actor: { userId: string; roles: string[] };
  basis: string;
  personIds: string[];
}

async function useLogEntries(tenant: string, operation: string): Promise<LogEntry[]> {
  return inTenant(owner, tenantIdOf(kaira, tenant), async () => {
    const { rows } = await owner.query<{ entry: LogEntry }>(
      `select entry from use_log where entry->>'operation' = $1 order by seq`,
      [operation],
    );
    return rows.map((r) => r.entry);
  });
}

async function lastUsedAt(keyId: string, tenant = TRAINING): Promise<Date | null> {
  return inTenant(owner, tenantIdOf(kaira, tenant), async () => {
    const { rows } = await owner.query<{ last_used_at: Date | null }>(
      'select last_used_at from api_key where id = $1',
      [keyId],
    );
    return rows[0]!.last_used_at;
  });
}

describe('creating and listing keys', () => {
  test('the secret is shown once, recognisable, and stored only as a hash', async () => {
    const { secret, apiKey } = await createKey(TRAINING, ['BillingExport']);
    expect(secret).toMatch(/^kaira_live_[0-9a-f]{32}_[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith(apiKey.prefix)).toBe(true);
    expect(apiKey.operations).toEqual(['BillingExport']);

    const listed = await kaira.gql(ApiKeysDocument, {}, { token: admin, tenant: TRAINING });
    expect(JSON.stringify(listed.data)).not.toContain(secret.slice(apiKey.prefix.length + 1));
    expect(listed.data!.apiKeys.map((k) => k.id)).toContain(apiKey.id);

    const stored = await inTenant(owner, tenantIdOf(kaira, TRAINING), async () => {
      const { rows } = await owner.query('select * from api_key where id = $1', [apiKey.id]);
      return rows[0] as Record<string, unknown>;
    });
    expect(JSON.stringify(stored)).not.toContain(secret.slice(apiKey.prefix.length + 1));
    expect(stored.organisation_id).toBe(kaira.registry.bySlug(TRAINING)!.controllerOrganisationId);
  });

  test('an allow-list must name persisted operations', async () => {
    for (const operations of [[], ['People'], ['BillingExport', 'nope']]) {
      const result = await kaira.gql(
        CreateApiKeyDocument,
        { input: { name: 'x', operations } },
        { token: admin, tenant: TRAINING },
      );
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0]!.extensions!.field).toBe('operations');
    }
  });

  test('a blank name is refused', async () => {
    const result = await kaira.gql(
      CreateApiKeyDocument,
      { input: { name: '  ', operations: ['BillingExport'] } },
      { token: admin, tenant: TRAINING },
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
  });
});

describe('an integration running its persisted report', () => {
  test('the billing export by document id returns the enrolments and is use-logged', async () => {
    const { secret, apiKey } = await createKey(TRAINING, ['BillingExport']);
    const before = (await useLogEntries(TRAINING, 'billingExport')).length;
    const result = await billing(secret);
    expect(result.errors).toBeUndefined();
    const all = result.data!.billingExport as Array<Record<string, unknown>>;
    // The demo register has enrolments in the period too; this file's two are in its own session.
    const rows = all.filter((r) => r.sessionId === session);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ companyBusinessId: '1508035-7', eInvoiceOperator: 'E204503' });

    const entries = await useLogEntries(TRAINING, 'billingExport');
    expect(entries).toHaveLength(before + 1);
    const entry = entries.at(-1)!;
    expect(entry.actor).toMatchObject({ userId: apiKey.id, roles: ['INTEGRATION'] });
    expect(entry.basis).toBe('ADMINISTRATION');
    expect([...entry.personIds].sort()).toEqual([...new Set(all.map((r) => r.personId))].sort());
  });

  test('the same document by its APQ hash works too, and nothing is registered', async () => {
    const { secret } = await createKey(TRAINING, ['BillingExport']);
    const hash = documentIdOf('BillingExport').replace('sha256:', '');
    const result = await post(
      kaira,
      { variables: period, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } },
      withKey(secret, TRAINING),
    );
    expect(result.errors).toBeUndefined();
    const rows = result.data!.billingExport as Array<Record<string, unknown>>;
    expect(rows.filter((r) => r.sessionId === session)).toHaveLength(2);
  });

  test("the city's reporting system gets the data-minimised service-period report", async () => {
    const { secret, apiKey } = await createKey(CITY, ['ServicePeriodReport'], 'city reporting');
    const result = await post(
      kaira,
      { documentId: documentIdOf('ServicePeriodReport'), variables: period },
      withKey(secret, CITY),
    );
    expect(result.errors).toBeUndefined();
    const rows = result.data!.servicePeriodReport as Array<Record<string, unknown>>;
    expect(rows.length).toBeGreaterThan(0);
    expect(Object.keys(rows[0]!).sort()).toEqual(
      [
        'clientId',
        'endsOn',
        'purchaserBusinessId',
        'purchaserName',
        'referrerName',
        'service',
        'servicePeriodId',
        'startsOn',
        'status',
      ].sort(),
    );
    const entry = (await useLogEntries(CITY, 'servicePeriodReport')).at(-1)!;
    expect(entry.actor).toMatchObject({ userId: apiKey.id, roles: ['INTEGRATION'] });
    expect(entry.basis).toBe('CONTROLLER_OVERSIGHT');
    expect(entry.personIds).toHaveLength(new Set(rows.map((r) => r.clientId)).size);
  });

  test('last use is recorded at most once a minute', async () => {
    const { secret, apiKey } = await createKey(TRAINING, ['BillingExport']);
    expect(await lastUsedAt(apiKey.id)).toBeNull();
    expect((await billing(secret)).errors).toBeUndefined();
    const first = await lastUsedAt(apiKey.id);
    expect(first).toBeInstanceOf(Date);
    expect((await billing(secret)).errors).toBeUndefined();
    expect(await lastUsedAt(apiKey.id)).toEqual(first); // within the minute: no write

    // A minute later the next use moves it on.
    await inTenant(
      owner,
      tenantIdOf(kaira, TRAINING),
      () => owner.query(`update api_key set last_used_at = now() - interval '2 minutes' where id = $1`, [apiKey.id]),
      { commit: true },
    );
    const aged = await lastUsedAt(apiKey.id);
    expect((await billing(secret)).errors).toBeUndefined();
    expect((await lastUsedAt(apiKey.id))!.getTime()).toBeGreaterThan(aged!.getTime());

    const listed = await kaira.gql(ApiKeysDocument, {}, { token: admin, tenant: TRAINING });
    expect(listed.data!.apiKeys.find((k) => k.id === apiKey.id)!.lastUsedAt).not.toBeNull();
  });
});

describe('anything but an allowed persisted operation is refused', () => {
  let secret: string;
  beforeAll(async () => {
    secret = (await createKey(TRAINING, ['BillingExport'])).secret;
  });

  test('ad-hoc query text, even the text of an allowed document', async () => {
    for (const query of [
      '{ people(first: 5) { nodes { firstName } } }',
      'query BillingExport($from: String!, $to: String!) { billingExport(from: $from, to: $to) { personId } }',
    ]) {
      const result = await post(kaira, { query, variables: period }, withKey(secret, TRAINING));
      expect(codeOf(result)).toBe('PERSISTED_QUERY_NOT_IN_LIST');
      expect(result.data ?? null).toBeNull();
    }
  });

  test('a manifest operation that is not on the key’s allow-list', async () => {
    const result = await post(
      kaira,
      { documentId: documentIdOf('ServicePeriodReport'), variables: period },
      withKey(secret, TRAINING),
    );
    expect(codeOf(result)).toBe('PERSISTED_QUERY_NOT_IN_LIST');
  });

  test('an unknown document id or hash', async () => {
    const unknown = sha256('query Nope { __typename }');
    for (const body of [
      { documentId: `sha256:${unknown}` },
      { extensions: { persistedQuery: { version: 1, sha256Hash: unknown } } },
    ]) {
      const result = await post(kaira, body, withKey(secret, TRAINING));
      expect(codeOf(result)).toBe('PERSISTED_QUERY_NOT_IN_LIST');
    }
  });

  test('an APQ registration by a key is refused and never cached for anyone', async () => {
    const query = '{ cardTypes { code } }';
    const hash = sha256(query);
    const apq = { version: 1, sha256Hash: hash };
    const registered = await post(kaira, { query, extensions: { persistedQuery: apq } }, withKey(secret, TRAINING));
    expect(codeOf(registered)).toBe('PERSISTED_QUERY_NOT_IN_LIST');
    const office = await kaira.tokenFor(USERS.office);
    const lookup = await post(
      kaira,
      { extensions: { persistedQuery: apq } },
      { authorization: `Bearer ${office}`, 'kaira-tenant': TRAINING },
    );
    expect(codeOf(lookup)).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});

test('an allow-listed report of another register is still refused by its rule (FORBIDDEN)', async () => {
  // The allow-list only narrows: a key may never run more than its INTEGRATION role allows.
  const { secret } = await createKey(TRAINING, ['BillingExport', 'ServicePeriodReport']);
  const result = await post(
    kaira,
    { documentId: documentIdOf('ServicePeriodReport'), variables: period },
    withKey(secret, TRAINING),
  );
  expect(codeOf(result)).toBe('FORBIDDEN');
  expect(result.data).toBeNull();
});

describe("the scheme register's reporting integration", () => {
  const SCHEME_OPERATIONS = ['SchemeCompletions', 'SchemeReportSent', 'SchemeReportAcknowledged'];

  test('lists pending completions, marks one sent (a logged disclosure) and records the answer', async () => {
    const { secret, apiKey } = await createKey(TRAINING, SCHEME_OPERATIONS, 'scheme reporting');
    const headers = withKey(secret, TRAINING);
    const pending = await inTenant(owner, tenantIdOf(kaira, TRAINING), async () => {
      const { rows } = await owner.query<{ scheme_owner: string }>(
        `select scheme_owner from scheme_report where status = 'pending' order by queued_at limit 1`,
      );
      return rows[0]!.scheme_owner;
    });
    const listed = await post(
      kaira,
      { documentId: documentIdOf('SchemeCompletions'), variables: { schemeOwner: pending, status: 'PENDING' } },
      headers,
    );
    expect(listed.errors).toBeUndefined();
    const reports = listed.data!.completionsForScheme as Array<{ id: string; completion: Record<string, unknown> }>;
    expect(reports.length).toBeGreaterThan(0);
    // The henkilötunnus leaves masked; the use log names the integration and every person listed.
    expect(reports[0]!.completion.personalIdentityCodeMasked).toMatch(/\*/);
    const [listing] = (await useLogEntries(TRAINING, 'completionsForScheme')).slice(-1);
    expect(listing!.actor).toMatchObject({ userId: apiKey.id, roles: ['INTEGRATION'] });
    expect(listing!.personIds).toEqual(expect.arrayContaining([reports[0]!.completion.personId]));

    const disclosures = async () =>
      inTenant(owner, tenantIdOf(kaira, TRAINING), async () => {
        const { rows } = await owner.query<{ n: number }>('select count(*)::int as n from disclosure_log');
        return rows[0]!.n;
      });
    const before = await disclosures();
    const sent = await post(
      kaira,
      { documentId: documentIdOf('SchemeReportSent'), variables: { id: reports[0]!.id } },
      headers,
    );
    expect(sent.errors).toBeUndefined();
    expect(sent.data!.markSchemeReportSent).toMatchObject({ status: 'SENT', contentSha256: expect.any(String) });
    expect(await disclosures()).toBe(before + 1);
    const answered = await post(
      kaira,
      { documentId: documentIdOf('SchemeReportAcknowledged'), variables: { id: reports[0]!.id } },
      headers,
    );
    expect(answered.data!.acknowledgeSchemeReport).toMatchObject({ status: 'ACKNOWLEDGED' });
    // Rejecting is not on this key's list.
    const rejected = await post(
      kaira,
      { documentId: documentIdOf('SchemeReportRejected'), variables: { input: { id: reports[0]!.id, reason: 'x' } } },
      headers,
    );
    expect(codeOf(rejected)).toBe('PERSISTED_QUERY_NOT_IN_LIST');
  });

  test("the city's reporting key cannot read the training register's completions", async () => {
    const { secret } = await createKey(CITY, ['SchemeCompletions']);
    const result = await post(
      kaira,
      { documentId: documentIdOf('SchemeCompletions'), variables: { schemeOwner: 'x', status: 'PENDING' } },
      withKey(secret, CITY),
    );
    expect(codeOf(result)).toBe('FORBIDDEN');
  });
});

describe('first-party clients keep automatic persisted queries', () => {
  test('a staff user registers a query by hash and then sends only the hash', async () => {
    const office = await kaira.tokenFor(USERS.office);
    const headers = { authorization: `Bearer ${office}`, 'kaira-tenant': TRAINING };
    const query = '{ cardTypes { code nameFi } }';
    const apq = { persistedQuery: { version: 1, sha256Hash: sha256(query) } };
    expect(codeOf(await post(kaira, { extensions: apq }, headers))).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = await post(kaira, { query, extensions: apq }, headers);
    expect(registered.errors).toBeUndefined();
    const byHash = await post(kaira, { extensions: apq }, headers);
    expect(byHash.errors).toBeUndefined();
    expect(byHash.data).toEqual(registered.data);
  });

  test('a staff user may name a manifest document by id; an unknown id is refused', async () => {
    const office = await kaira.tokenFor(USERS.office);
    const headers = { authorization: `Bearer ${office}`, 'kaira-tenant': TRAINING };
    const known = await post(kaira, { documentId: documentIdOf('BillingExport'), variables: period }, headers);
    expect(known.errors).toBeUndefined();
    const rows = known.data!.billingExport as Array<Record<string, unknown>>;
    expect(rows.filter((r) => r.sessionId === session)).toHaveLength(2);
    const unknown = await post(kaira, { documentId: `sha256:${sha256('nope')}` }, headers);
    expect(codeOf(unknown)).toBe('PERSISTED_QUERY_NOT_IN_LIST');
  });
});

describe('rotation, revocation and the wrong tenant end a secret', () => {
  test('a rotated key: the old secret stops at once, the new one works', async () => {
    const { secret, apiKey } = await createKey(TRAINING, ['BillingExport']);
    const rotated = await kaira.gql(
      RotateApiKeyDocument,
      { input: { id: apiKey.id } },
      { token: admin, tenant: TRAINING },
    );
    expect(rotated.errors).toBeUndefined();
    const fresh = rotated.data!.rotateApiKey.secret;
    expect(fresh).not.toBe(secret);
    expect(rotated.data!.rotateApiKey.apiKey.previousSecretValidUntil).toBeNull();
    const old = await billing(secret);
    expect(codeOf(old)).toBe('UNAUTHENTICATED');
    expect(old.errors![0]!.extensions!.reason).toBe('API_KEY_INVALID');
    expect((await billing(fresh)).errors).toBeUndefined();
  });

  test('rotation with a grace period keeps the old secret working until it ends', async () => {
    const { secret, apiKey } = await createKey(TRAINING, ['BillingExport']);
    const rotated = await kaira.gql(
      RotateApiKeyDocument,
      { input: { id: apiKey.id, graceMinutes: 10 } },
      { token: admin, tenant: TRAINING },
    );
    const fresh = rotated.data!.rotateApiKey.secret;
    expect(rotated.data!.rotateApiKey.apiKey.previousSecretValidUntil).not.toBeNull();
    expect((await billing(secret)).errors).toBeUndefined();
    expect((await billing(fresh)).errors).toBeUndefined();
    await inTenant(
      owner,
      tenantIdOf(kaira, TRAINING),
      () =>
        owner.query(`update api_key set previous_valid_until = now() - interval '1 second' where id = $1`, [apiKey.id]),
      { commit: true },
    );
    expect(codeOf(await billing(secret))).toBe('UNAUTHENTICATED');
    expect((await billing(fresh)).errors).toBeUndefined();
  });

  test('a grace period over a day is refused', async () => {
    const { apiKey } = await createKey(TRAINING, ['BillingExport']);
    const result = await kaira.gql(
      RotateApiKeyDocument,
      { input: { id: apiKey.id, graceMinutes: 1441 } },
      { token: admin, tenant: TRAINING },
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
  });

  test('a revoked key is UNAUTHENTICATED and cannot be rotated back to life', async () => {
    const { secret, apiKey } = await createKey(TRAINING, ['BillingExport']);
    const rotated = await kaira.gql(
      RotateApiKeyDocument,
      { input: { id: apiKey.id, graceMinutes: 10 } },
      { token: admin, tenant: TRAINING },
    );
    const fresh = rotated.data!.rotateApiKey.secret;
    const revoked = await kaira.gql(
      RevokeApiKeyDocument,
      { input: { id: apiKey.id } },
      { token: admin, tenant: TRAINING },
    );
    expect(revoked.data!.revokeApiKey.revokedAt).not.toBeNull();
    expect(codeOf(await billing(fresh))).toBe('UNAUTHENTICATED');
    expect(codeOf(await billing(secret))).toBe('UNAUTHENTICATED'); // the grace period ended with it
    const again = await kaira.gql(
      RotateApiKeyDocument,
      { input: { id: apiKey.id } },
      { token: admin, tenant: TRAINING },
    );
    expect(codeOf(again)).toBe('CONFLICT');
  });

  test('a key used in another tenant is UNAUTHENTICATED, as if it did not exist', async () => {
    const { secret } = await createKey(TRAINING, ['BillingExport']);
    for (const tenant of ['eduro-guidance', CITY]) {
      const result = await billing(secret, tenant);
      expect(codeOf(result)).toBe('UNAUTHENTICATED');
      expect(result.errors![0]!.extensions!.reason).toBe('API_KEY_INVALID');
    }
    const noTenant = await post(
      kaira,
      { documentId: documentIdOf('BillingExport'), variables: period },
      {
        authorization: `ApiKey ${secret}`,
      },
    );
    expect(codeOf(noTenant)).toBe('BAD_USER_INPUT');
  });

  test('a made-up or tampered key is UNAUTHENTICATED', async () => {
    const { secret, apiKey } = await createKey(TRAINING, ['BillingExport']);
    const tampered = `${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`;
    for (const key of [tampered, 'kaira_live_nope', `${apiKey.prefix}_${'x'.repeat(43)}`]) {
      expect(codeOf(await billing(key))).toBe('UNAUTHENTICATED');
    }
  });

  test('an unknown key id to rotate or revoke is NOT_FOUND, and a key of another tenant too', async () => {
    const { apiKey } = await createKey(CITY, ['ServicePeriodReport']);
    for (const id of ['00000000-0000-4000-8000-000000000001', apiKey.id]) {
      const result = await kaira.gql(RevokeApiKeyDocument, { input: { id } }, { token: admin, tenant: TRAINING });
      expect(codeOf(result)).toBe('NOT_FOUND');
    }
  });
});
