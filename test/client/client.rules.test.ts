import type { Client as Pg } from 'pg';
import {
  AssignCoachDocument,
  ClientDocument,
  ClientsDocument,
  EmergencyAccessReviewQueueDocument,
  EndAssignmentDocument,
  MyClientsDocument,
  OpenEmergencyAccessDocument,
  PurchaserOrganisationsDocument,
  RecordServicePeriodDocument,
  ReferredClientsDocument,
  RegisterClientDocument,
  ReviewEmergencyAccessDocument,
  SetServicePeriodStatusDocument,
  UpdateClientProfileDocument,
} from '../generated/graphql';
import { createClient, TE_OFFICE } from '../guidance/factories';
import { idOf } from '../guidance/guidance.support';
import { connect } from '../support/database';
import { codeOf, startKaira, TENANTS, USERS, type Kaira } from '../support/kaira';
import { expectDecision, matrixCases, type Tenant, type User } from '../support/rules-matrix';

// Every client operation × every demo principal × every tenant: allowed, or refused with FORBIDDEN.
// Expectations are written out here from DOMAIN.md §2.2 and §3, not derived from the rules under test.

const guidance = (tenant: Tenant, users: User[]): User[] => (tenant === 'eduro-training' ? [] : users);
const oversight: Record<Tenant, User[]> = {
  'eduro-training': [],
  'eduro-guidance': ['eduroDpo'],
  // Eduro is only the processor of the city's register: the city's officer and DPO oversee it.
  'rovaniemi-guidance': ['cityOfficer', 'cityDpo'],
};
const controllersDpo: Record<Tenant, User[]> = {
  'eduro-training': [],
  'eduro-guidance': ['eduroDpo'],
  'rovaniemi-guidance': ['cityDpo'],
};

interface Fixture {
  /** Assigned to the coach and referred by the TE office. */
  client: string;
  /** No relationship: opened by the coach through emergency access. */
  unassigned: string;
  /** Not yet assigned: the coach is assigned to it. */
  toAssign: string;
  assignment: string;
  servicePeriod: string;
  emergencyAccess: string;
  coach: string;
  teOffice: string;
  purchaser: string;
}

let kaira: Kaira;
let owner: Pg;
const fixtures = new Map<Tenant, Fixture>();
const NOBODY = '00000000-0000-4000-8000-0000000000aa';

async function guidanceFixture(tenant: Tenant): Promise<Fixture> {
  const as = async (user: User) => ({ token: await kaira.tokenFor(USERS[user]), tenant });
  const client = await createClient(kaira, { tenant, coach: USERS.coach, referredBy: TE_OFFICE });
  const unassigned = await createClient(kaira, { tenant });
  const toAssign = await createClient(kaira, { tenant });
  const ended = await createClient(kaira, { tenant });
  const emergency = await createClient(kaira, { tenant });
  const coachId = await idOf(owner, USERS.coach);
  const assigned = await kaira.gql(
    AssignCoachDocument,
    { input: { personId: ended, coachUserId: coachId, startsOn: '2026-01-05' } },
    await as('office'),
  );
  const opened = await kaira.gql(
    OpenEmergencyAccessDocument,
    { input: { personId: emergency, reason: 'the client called in distress and the coach is away' } },
    await as('coach'),
  );
  expect(opened.errors).toBeUndefined();
  const read = await kaira.gql(ClientDocument, { id: client }, await as('office'));
  const queue = await kaira.gql(
    EmergencyAccessReviewQueueDocument,
    { first: 200 },
    await as(controllersDpo[tenant][0]!),
  );
  return {
    client,
    unassigned,
    toAssign,
    assignment: assigned.data!.assignCoach.id,
    servicePeriod: read.data!.client.servicePeriods[0]!.id,
    emergencyAccess: queue.data!.emergencyAccessReviewQueue.find((e) => e.personId === emergency)!.id,
    coach: coachId,
    teOffice: await idOf(owner, TE_OFFICE),
    purchaser: kaira.registry.bySlug(tenant)!.controllerOrganisationId,
  };
}

beforeAll(async () => {
  kaira = await startKaira();
  owner = await connect(kaira.db.ownerUrl);
  for (const tenant of TENANTS) {
    if (tenant === 'eduro-training') continue;
    fixtures.set(tenant, await guidanceFixture(tenant));
  }
  // In the card-training register the rules refuse before any id is looked at.
  fixtures.set('eduro-training', {
    client: NOBODY,
    unassigned: NOBODY,
    toAssign: NOBODY,
    assignment: NOBODY,
    servicePeriod: NOBODY,
    emergencyAccess: NOBODY,
    coach: NOBODY,
    teOffice: NOBODY,
    purchaser: NOBODY,
  });
});
afterAll(async () => {
  await owner?.end();
  await kaira?.close();
});

const f = (t: Tenant): Fixture => fixtures.get(t)!;
const page = { first: 5 };

const operations = {
  myClients: { allowed: (t: Tenant) => guidance(t, ['coach']), run: () => ({ doc: MyClientsDocument, vars: page }) },
  clients: {
    allowed: (t: Tenant) => guidance(t, ['office', ...oversight[t]]),
    run: () => ({ doc: ClientsDocument, vars: page }),
  },
  referredClients: {
    allowed: (t: Tenant) => guidance(t, ['referrer']),
    run: () => ({ doc: ReferredClientsDocument, vars: page }),
  },
  client: {
    allowed: (t: Tenant) => guidance(t, ['coach', 'office', 'referrer', ...oversight[t]]),
    run: (t: Tenant) => ({ doc: ClientDocument, vars: { id: f(t).client } }),
  },
  purchaserOrganisations: {
    allowed: (t: Tenant) => guidance(t, ['coach', 'office', ...oversight[t]]),
    run: () => ({ doc: PurchaserOrganisationsDocument, vars: {} }),
  },
  registerClient: {
    allowed: (t: Tenant) => guidance(t, ['office']),
    run: () => ({
      doc: RegisterClientDocument,
      vars: { input: { firstName: 'Uusi', lastName: 'Asiakas', gender: 'FEMALE' as const, city: 'Rovaniemi' } },
    }),
  },
  updateClientProfile: {
    allowed: (t: Tenant) => guidance(t, ['office']),
    run: (t: Tenant) => ({
      doc: UpdateClientProfileDocument,
      vars: { input: { personId: f(t).client, education: 'Merkonomi', reason: 'the client told at the meeting' } },
    }),
  },
  recordServicePeriod: {
    allowed: (t: Tenant) => guidance(t, ['office']),
    run: (t: Tenant) => ({
      doc: RecordServicePeriodDocument,
      vars: {
        input: {
          personId: f(t).client,
          purchaserOrganisationId: f(t).purchaser,
          referrerOrganisationId: f(t).teOffice,
          service: 'VOCATIONAL_REHABILITATION' as const,
          startsOn: '2026-03-01',
        },
      },
    }),
  },
  setServicePeriodStatus: {
    allowed: (t: Tenant) => guidance(t, ['office']),
    run: (t: Tenant) => ({
      doc: SetServicePeriodStatusDocument,
      vars: { input: { id: f(t).servicePeriod, status: 'CLOSED' as const } },
    }),
  },
  assignCoach: {
    allowed: (t: Tenant) => guidance(t, ['office']),
    run: (t: Tenant) => ({
      doc: AssignCoachDocument,
      vars: { input: { personId: f(t).toAssign, coachUserId: f(t).coach, startsOn: '2026-01-05' } },
    }),
  },
  endAssignment: {
    allowed: (t: Tenant) => guidance(t, ['office']),
    run: (t: Tenant) => ({
      doc: EndAssignmentDocument,
      vars: { input: { assignmentId: f(t).assignment, endsOn: '2026-01-31' } },
    }),
  },
  openEmergencyAccess: {
    allowed: (t: Tenant) => guidance(t, ['coach']),
    run: (t: Tenant) => ({
      doc: OpenEmergencyAccessDocument,
      vars: { input: { personId: f(t).unassigned, reason: 'the client came to the office without appointment' } },
    }),
  },
  emergencyAccessReviewQueue: {
    allowed: (t: Tenant) => controllersDpo[t],
    run: () => ({ doc: EmergencyAccessReviewQueueDocument, vars: {} }),
  },
  reviewEmergencyAccess: {
    allowed: (t: Tenant) => controllersDpo[t],
    run: (t: Tenant) => ({
      doc: ReviewEmergencyAccessDocument,
      vars: { input: { id: f(t).emergencyAccess, note: 'reason checked with the coach: justified' } },
    }),
  },
} as const;

test.each(matrixCases(operations))('$operation in $tenant by $user: allowed $allowed', async (c) => {
  const { doc, vars } = operations[c.operation as keyof typeof operations].run(c.tenant);
  await expectDecision(kaira, c, doc, vars);
});

test.each(Object.keys(operations))('%s without credentials is UNAUTHENTICATED', async (operation) => {
  const { doc, vars } = operations[operation as keyof typeof operations].run('eduro-guidance');
  expect(codeOf(await kaira.gql(doc as never, vars as never, { tenant: 'eduro-guidance' }))).toBe('UNAUTHENTICATED');
});
