import type { Client as Pg } from 'pg';
import { seedDemo } from '../../src/cli/demo-data';
import { openOrm } from '../../src/db/orm';
import { loadTenantFiles } from '../../src/tenants/tenant-file';
import {
  AssignCoachDocument,
  ClientDocument,
  ClientNamesDocument,
  type ClientNamesQuery,
  ClientsDocument,
  EndAssignmentDocument,
  MyClientsDocument,
  PurchaserOrganisationsDocument,
  RecordServicePeriodDocument,
  ReferredClientsDocument,
  RegisterClientDocument,
  SetServicePeriodStatusDocument,
  UpdateClientProfileDocument,
  type UpdateClientProfileInput,
} from '../generated/graphql';
import { createClient, GUIDANCE_TENANTS, TE_OFFICE } from '../guidance/factories';
import { countRows, idOf, tenantId, today } from '../guidance/guidance.support';
import { inTenant } from '../isolation/sql';
import { lastSeq, logRows } from '../logs/log-support';
import { connect } from '../support/database';
import { codeOf, startKaira, USERS, type GraphQLResult, type Kaira } from '../support/kaira';

// Clients, service periods and the client relationship (DOMAIN.md §2.2, issue 4 items 1–3): what each
// operation does, that bad input names its field and writes nothing, and that every read is use-logged
// once per operation with the right basis.

const tenant = 'eduro-guidance';
let kaira: Kaira;
let owner: Pg;
let tid: string;
let teOffice: string;
let eduro: string;
let coachId: string;

beforeAll(async () => {
  kaira = await startKaira();
  owner = await connect(kaira.db.ownerUrl);
  tid = tenantId(kaira, tenant);
  teOffice = await idOf(owner, TE_OFFICE);
  eduro = kaira.registry.bySlug(tenant)!.controllerOrganisationId;
  coachId = await idOf(owner, USERS.coach);
});
afterAll(async () => {
  await owner.end();
  await kaira.close();
});

const as = async (user: keyof typeof USERS, slug: string = tenant) => ({
  token: await kaira.tokenFor(USERS[user]),
  tenant: slug,
});

/** What a write could leave behind, in the tenant: rows of the client tables and both logs' heads. */
async function footprint(slug = tenant): Promise<Record<string, number>> {
  const id = tenantId(kaira, slug);
  const tables = [
    'person',
    'client_profile',
    'person_revision',
    'service_period',
    'assignment',
    'consent_record',
    'guidance_entry',
    'use_log',
  ];
  const counts = await Promise.all(tables.map((t) => countRows(owner, id, t)));
  return Object.fromEntries(tables.map((t, i) => [t, counts[i]!]));
}

/** The use-log entries written by `work`, as the owner reads them. */
async function logged<T>(work: () => Promise<T>, slug = tenant) {
  const id = tenantId(kaira, slug);
  const seq = await lastSeq(owner, id);
  const result = await work();
  return { result, entries: (await logRows(owner, id, 'use_log', seq)).map((r) => r.entry) };
}

function ok<T>(result: GraphQLResult<T>): T {
  expect(result.errors).toBeUndefined();
  return result.data!;
}

describe('the demo register', () => {
  test.each(GUIDANCE_TENANTS)('%s: the coach has three clients, the TE office referred two', async (slug) => {
    const mine = ok(await kaira.gql(MyClientsDocument, { first: 50 }, await as('coach', slug))).myClients.nodes;
    expect(mine).toHaveLength(3);
    for (const c of mine) expect(c).toMatchObject({ city: 'Rovaniemi', gender: expect.any(String) });
    const referred = ok(await kaira.gql(ReferredClientsDocument, { first: 50 }, await as('referrer', slug)))
      .referredClients.nodes;
    expect(referred).toHaveLength(2);
    const controller = kaira.registry.bySlug(slug)!.controllerOrganisationId;
    for (const c of referred) {
      expect(c.servicePeriods).toEqual([
        expect.objectContaining({
          status: 'ACTIVE',
          referrer: expect.objectContaining({ businessId: TE_OFFICE, kind: 'TE_ADMINISTRATION' }),
          purchaser: expect.objectContaining({ id: controller }),
        }),
      ]);
    }
    expect(referred.map((c) => c.id).every((id) => mine.some((m) => m.id === id))).toBe(true);
  });

  test('seeding again changes nothing', async () => {
    const before = await Promise.all(GUIDANCE_TENANTS.map((slug) => footprint(slug)));
    const orm = await openOrm(kaira.db.ownerUrl, 1);
    try {
      await seedDemo(orm, kaira.config.keys, loadTenantFiles(kaira.config.tenantsDir));
    } finally {
      await orm.close();
    }
    expect(await Promise.all(GUIDANCE_TENANTS.map((slug) => footprint(slug)))).toEqual(before);
  });

  test('purchaser organisations are listed with their kind', async () => {
    const list = ok(await kaira.gql(PurchaserOrganisationsDocument, {}, await as('office'))).purchaserOrganisations;
    expect(list).toContainEqual(expect.objectContaining({ businessId: TE_OFFICE, kind: 'TE_ADMINISTRATION' }));
    expect(list.every((o) => o.kind !== null)).toBe(true);
  });
});

describe('registerClient', () => {
  const valid = {
    firstName: 'Iida',
    lastName: 'Kuusela',
    email: 'iida.kuusela@example.fi',
    phone: '+358 40 7654321',
    personalIdentityCode: '131052-308T',
    gender: 'FEMALE' as const,
    streetAddress: 'Koskikatu 1 A 2',
    postalCode: '96100',
    city: 'Rovaniemi',
    education: 'Merkonomi',
    otherServiceData: 'Prefers morning appointments',
  };

  test('adds the person and the profile; the henkilötunnus is masked; the read is use-logged', async () => {
    const { result, entries } = await logged(async () =>
      kaira.gql(RegisterClientDocument, { input: valid }, await as('office')),
    );
    const client = ok(result).registerClient;
    const { personalIdentityCode: _code, ...shown } = valid;
    expect(client).toMatchObject({
      ...shown,
      personalIdentityCodeMasked: '131052-****',
      servicePeriods: [],
    });
    expect(entries).toEqual([
      expect.objectContaining({ operation: 'registerClient', basis: 'ADMINISTRATION', personIds: [client.id] }),
    ]);
    const again = await kaira.gql(RegisterClientDocument, { input: valid }, await as('office'));
    expect(codeOf(again)).toBe('CONFLICT');
  });

  test.each([
    ['firstName', { firstName: ' ' }],
    ['lastName', { lastName: 'x'.repeat(101) }],
    ['email', { email: 'not-an-email' }],
    ['phone', { phone: 'call me' }],
    ['personalIdentityCode', { personalIdentityCode: '010190-999K' }],
    ['streetAddress', { streetAddress: 'x'.repeat(201) }],
    ['postalCode', { postalCode: '961' }],
    ['city', { city: 'x'.repeat(101) }],
    ['education', { education: 'x'.repeat(501) }],
    ['otherServiceData', { otherServiceData: 'x'.repeat(2001) }],
  ])('a bad %s is BAD_USER_INPUT naming the field, and nothing is written', async (field, change) => {
    const before = await footprint();
    const result = await kaira.gql(
      RegisterClientDocument,
      { input: { ...valid, personalIdentityCode: null, ...change } },
      await as('office'),
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.extensions!.field).toBe(field);
    expect(result.errors![0]!.message).not.toContain('999K');
    expect(await footprint()).toEqual(before);
  });
});

describe('updateClientProfile', () => {
  test('keeps the earlier values with the reason and author; null clears, omitted keeps', async () => {
    const personId = await createClient(kaira, {});
    const update = async (input: Omit<UpdateClientProfileInput, 'personId'>) =>
      kaira.gql(UpdateClientProfileDocument, { input: { personId, ...input } }, await as('office'));
    const { result, entries } = await logged(() =>
      update({ postalCode: '96200', city: null, gender: 'OTHER', reason: 'the client moved' }),
    );
    expect(ok(result).updateClientProfile).toMatchObject({ postalCode: '96200', city: null, gender: 'OTHER' });
    expect(entries).toEqual([
      expect.objectContaining({ operation: 'updateClientProfile', basis: 'ADMINISTRATION', personIds: [personId] }),
    ]);
    const revisions = () =>
      inTenant(owner, tid, async () => {
        const sql = 'select reason, previous, changed_by from person_revision where person_id = $1 order by changed_at';
        return (await owner.query(sql, [personId])).rows;
      });
    expect(await revisions()).toEqual([
      {
        reason: 'the client moved',
        previous: { gender: 'not-told', postalCode: null, city: 'Rovaniemi' },
        changed_by: await idOf(owner, USERS.office),
      },
    ]);

    // The same values again change nothing and keep no revision.
    ok(await update({ postalCode: '96200', reason: 'checked' }));
    expect(await revisions()).toHaveLength(1);

    const before = await footprint();
    const bad = await update({ postalCode: 'ABCDE', reason: 'typo' });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.extensions!.field).toBe('postalCode');
    const noReason = await update({ city: 'Kemi', reason: ' ' });
    expect(noReason.errors![0]!.extensions!.field).toBe('reason');
    expect(await footprint()).toEqual(before);
  });
});

describe('service periods', () => {
  const input = (personId: string) => ({
    personId,
    purchaserOrganisationId: eduro,
    referrerOrganisationId: teOffice,
    service: 'JOB_COACHING' as const,
    startsOn: '2026-02-02',
    endsOn: '2026-07-31',
  });

  test('are recorded with their organisations, and move referred → active → closed only', async () => {
    const personId = await createClient(kaira, {});
    const { result, entries } = await logged(async () =>
      kaira.gql(RecordServicePeriodDocument, { input: input(personId) }, await as('office')),
    );
    const period = ok(result).recordServicePeriod;
    expect(period).toMatchObject({
      personId,
      service: 'JOB_COACHING',
      status: 'REFERRED',
      startsOn: '2026-02-02',
      endsOn: '2026-07-31',
      referrer: { id: teOffice, kind: 'TE_ADMINISTRATION' },
      purchaser: { id: eduro },
    });
    expect(entries).toEqual([expect.objectContaining({ operation: 'recordServicePeriod', basis: 'ADMINISTRATION' })]);

    const set = async (status: 'ACTIVE' | 'CLOSED' | 'REFERRED', endsOn?: string) =>
      kaira.gql(SetServicePeriodStatusDocument, { input: { id: period.id, status, endsOn } }, await as('office'));
    expect(ok(await set('ACTIVE')).setServicePeriodStatus.status).toBe('ACTIVE');
    expect(codeOf(await set('REFERRED'))).toBe('CONFLICT');
    const early = await set('CLOSED', '2026-01-01');
    expect(early.errors![0]!.extensions!.field).toBe('endsOn');
    expect(ok(await set('CLOSED', '2026-05-29')).setServicePeriodStatus).toMatchObject({
      status: 'CLOSED',
      endsOn: '2026-05-29',
    });
    expect(codeOf(await set('ACTIVE'))).toBe('CONFLICT');
  });

  test.each([
    ['personId', { personId: 'nope' }],
    ['purchaserOrganisationId', { purchaserOrganisationId: '00000000-0000-4000-8000-00000000abcd' }],
    ['referrerOrganisationId', { referrerOrganisationId: 'x' }],
    ['startsOn', { startsOn: '2026-02-30' }],
    ['startsOn', { startsOn: '2.2.2026' }],
    ['endsOn', { endsOn: '2026-02-01' }],
  ])('a bad %s is BAD_USER_INPUT naming the field, and nothing is written', async (field, change) => {
    const personId = await createClient(kaira, {});
    const before = await footprint();
    const result = await kaira.gql(
      RecordServicePeriodDocument,
      { input: { ...input(personId), ...change } },
      await as('office'),
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.extensions!.field).toBe(field);
    expect(await footprint()).toEqual(before);
  });

  test('a client of another tenant is NOT_FOUND', async () => {
    const elsewhere = await createClient(kaira, { tenant: 'rovaniemi-guidance' });
    const result = await kaira.gql(RecordServicePeriodDocument, { input: input(elsewhere) }, await as('office'));
    expect(codeOf(result)).toBe('NOT_FOUND');
  });
});

describe('the client relationship', () => {
  test('an assigned coach opens the client; after the assignment ends, not any more', async () => {
    const personId = await createClient(kaira, { lastName: 'Aaltonen-Suhde' });
    expect(codeOf(await kaira.gql(ClientDocument, { id: personId }, await as('coach')))).toBe('FORBIDDEN');
    const assign = async (startsOn: string, endsOn?: string) =>
      kaira.gql(
        AssignCoachDocument,
        { input: { personId, coachUserId: coachId, startsOn, endsOn } },
        await as('office'),
      );
    const assignment = ok(await assign('2026-01-05')).assignCoach;
    expect(assignment).toMatchObject({ personId, coachUserId: coachId, startsOn: '2026-01-05', endsOn: null });
    expect(codeOf(await assign('2026-03-01', '2026-04-01'))).toBe('CONFLICT');

    const mine = async () =>
      ok(await kaira.gql(MyClientsDocument, { first: 200 }, await as('coach'))).myClients.nodes.map((c) => c.id);
    expect(await mine()).toContain(personId);
    ok(await kaira.gql(ClientDocument, { id: personId }, await as('coach')));

    const end = async (endsOn: string) =>
      kaira.gql(EndAssignmentDocument, { input: { assignmentId: assignment.id, endsOn } }, await as('office'));
    expect((await end('2025-12-31')).errors![0]!.extensions!.field).toBe('endsOn');
    expect(ok(await end('2026-01-31')).endAssignment.endsOn).toBe('2026-01-31');
    expect(codeOf(await end('2026-02-28'))).toBe('CONFLICT'); // extending is a new assignment
    expect(await mine()).not.toContain(personId);
    expect(codeOf(await kaira.gql(ClientDocument, { id: personId }, await as('coach')))).toBe('FORBIDDEN');
  });

  test('an assignment starting tomorrow does not open the client today', async () => {
    const personId = await createClient(kaira, {});
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    ok(
      await kaira.gql(
        AssignCoachDocument,
        { input: { personId, coachUserId: coachId, startsOn: tomorrow } },
        await as('office'),
      ),
    );
    expect(codeOf(await kaira.gql(ClientDocument, { id: personId }, await as('coach')))).toBe('FORBIDDEN');
  });

  test.each([
    ['personId', { personId: 'x' }],
    ['coachUserId', { coachUserId: 'office' }], // a user who is no coach here
    ['startsOn', { startsOn: '2026-13-01' }],
    ['endsOn', { endsOn: '2025-01-01' }],
  ])('assignCoach: a bad %s is BAD_USER_INPUT naming the field, and nothing is written', async (field, change) => {
    const personId = await createClient(kaira, {});
    const officeId = await idOf(owner, USERS.office);
    const input = { personId, coachUserId: coachId, startsOn: '2026-01-05', ...change };
    if (input.coachUserId === 'office') input.coachUserId = officeId;
    const before = await footprint();
    const result = await kaira.gql(AssignCoachDocument, { input }, await as('office'));
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.extensions!.field).toBe(field);
    expect(await footprint()).toEqual(before);
  });
});

describe('referrers', () => {
  test('see only the clients their organisation referred, and only its referrals', async () => {
    const referred = await createClient(kaira, { referredBy: TE_OFFICE });
    const other = await createClient(kaira, {});
    // The same client also has a period referred by another organisation: the TE office does not see it.
    ok(
      await kaira.gql(
        RecordServicePeriodDocument,
        {
          input: {
            personId: referred,
            purchaserOrganisationId: eduro,
            referrerOrganisationId: eduro,
            service: 'WORK_LIFE_PARTICIPATION',
            startsOn: today(),
          },
        },
        await as('office'),
      ),
    );
    const office = ok(await kaira.gql(ClientDocument, { id: referred }, await as('office'))).client;
    expect(office.servicePeriods).toHaveLength(2);

    const seen = ok(await kaira.gql(ReferredClientsDocument, { first: 200 }, await as('referrer'))).referredClients;
    const ids = seen.nodes.map((c) => c.id);
    expect(ids).toContain(referred);
    expect(ids).not.toContain(other);
    for (const c of seen.nodes) {
      for (const p of c.servicePeriods) expect(p.referrer.id).toBe(teOffice);
    }
    const one = ok(await kaira.gql(ClientDocument, { id: referred }, await as('referrer'))).client;
    expect(one.servicePeriods.map((p) => p.referrer.id)).toEqual([teOffice]);
    expect(codeOf(await kaira.gql(ClientDocument, { id: other }, await as('referrer')))).toBe('FORBIDDEN');
  });
});

describe('every read is use-logged once, with its basis', () => {
  test.each([
    ['myClients', 'coach', tenant, 'CLIENT_RELATIONSHIP'],
    ['clients', 'office', tenant, 'ADMINISTRATION'],
    ['clients', 'eduroDpo', tenant, 'CONTROLLER_OVERSIGHT'],
    ['clients', 'cityOfficer', 'rovaniemi-guidance', 'CONTROLLER_OVERSIGHT'],
    ['clients', 'office', 'rovaniemi-guidance', 'ADMINISTRATION'],
    ['referredClients', 'referrer', tenant, 'REFERRAL'],
  ] as const)('%s by %s in %s: %s', async (operation, user, slug, basis) => {
    const doc = { myClients: MyClientsDocument, clients: ClientsDocument, referredClients: ReferredClientsDocument }[
      operation
    ];
    const { result, entries } = await logged(
      async () => kaira.gql(doc as never, { first: 3 }, await as(user, slug)),
      slug,
    );
    const nodes = (ok(result) as Record<string, { nodes: Array<{ id: string }> }>)[operation]!.nodes;
    expect(nodes.length).toBeGreaterThan(0);
    expect(entries).toEqual([
      expect.objectContaining({
        operation,
        basis,
        personIds: nodes.map((n) => n.id),
        data: expect.arrayContaining(['firstName', 'servicePeriods']),
      }),
    ]);
  });

  test.each([
    ['coach', tenant, 'CLIENT_RELATIONSHIP'],
    ['office', tenant, 'ADMINISTRATION'],
    ['referrer', tenant, 'REFERRAL'],
    ['eduroDpo', tenant, 'CONTROLLER_OVERSIGHT'],
    ['cityDpo', 'rovaniemi-guidance', 'CONTROLLER_OVERSIGHT'],
    ['cityOfficer', 'rovaniemi-guidance', 'CONTROLLER_OVERSIGHT'],
  ] as const)('client by %s in %s: %s', async (user, slug, basis) => {
    const personId = await createClient(kaira, { tenant: slug, coach: USERS.coach, referredBy: TE_OFFICE });
    const { entries } = await logged(
      async () => ok(await kaira.gql(ClientDocument, { id: personId }, await as(user, slug))),
      slug,
    );
    expect(entries).toEqual([
      expect.objectContaining({ operation: 'client', basis, personIds: [personId], reason: null }),
    ]);
  });

  test('a refused or empty read writes nothing', async () => {
    const personId = await createClient(kaira, {});
    const { entries } = await logged(async () => {
      expect(codeOf(await kaira.gql(ClientDocument, { id: personId }, await as('referrer')))).toBe('FORBIDDEN');
      ok(await kaira.gql(ClientsDocument, { first: 5, search: 'Nobody-by-this-name' }, await as('office')));
    });
    expect(entries).toEqual([]);
  });
});

describe('clients', () => {
  test('pages by name without repeats or gaps; search by the beginning of a name', async () => {
    const searched = await createClient(kaira, { firstName: 'Kirsi', lastName: 'Kivikangas' });
    const all = ok(await kaira.gql(ClientNamesDocument, { first: 200 }, await as('office'))).clients.nodes;
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: GraphQLResult<ClientNamesQuery> = await kaira.gql(
        ClientNamesDocument,
        { first: 4, after },
        await as('office'),
      );
      seen.push(...ok(page).clients.nodes.map((n) => n.id));
      if (!page.data!.clients.pageInfo.hasNextPage) break;
      after = page.data!.clients.pageInfo.endCursor!;
    }
    expect(seen).toEqual(all.map((n) => n.id));
    const found = ok(await kaira.gql(ClientsDocument, { first: 50, search: 'kiv' }, await as('office'))).clients.nodes;
    expect(found.map((c) => c.id)).toContain(searched);
    for (const c of found) expect(`${c.firstName} ${c.lastName}`.toLowerCase()).toMatch(/(^| )kiv/);
    expect(codeOf(await kaira.gql(ClientsDocument, { first: 0 }, await as('office')))).toBe('BAD_USER_INPUT');
    expect(codeOf(await kaira.gql(ClientsDocument, { first: 5, after: 'nope' }, await as('office')))).toBe(
      'BAD_USER_INPUT',
    );
    const unknown = '00000000-0000-4000-8000-00000000ffff';
    expect(codeOf(await kaira.gql(ClientDocument, { id: unknown }, await as('office')))).toBe('NOT_FOUND');
  });
});
