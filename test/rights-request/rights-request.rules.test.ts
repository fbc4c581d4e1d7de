import type { Client as Pg } from 'pg';
import {
  CompleteRightsRequestDocument,
  ExtendRightsRequestDocument,
  MatchRightsRequestPersonDocument,
  RectifyPersonDocument,
  RefuseRightsRequestDocument,
  RegisterRightsRequestDocument,
  RightsRequestDocument,
  RightsRequestQueueDocument,
  RightsRequestsDocument,
  SetLogReportPeriodDocument,
  StartRightsRequestDocument,
  VerifyRequesterIdentityDocument,
} from '../generated/graphql';
import { idOf } from '../guidance/guidance.support';
import { inTenant } from '../isolation/sql';
import { connect } from '../support/database';
import { codeOf, startKaira, TENANTS, USERS, type Kaira } from '../support/kaira';
import { expectDecision, matrixCases, type Tenant, type User } from '../support/rules-matrix';
import { daysAgo, insertCase, personFor } from './rights.support';

// Every rights-request operation × every demo principal × every tenant: allowed, or FORBIDDEN. Written
// out from DOMAIN.md §3, not derived from the rules under test: the controller's people (Eduro's DPO in
// Eduro's registers; the city's officer and DPO in rovaniemi-guidance) decide; Eduro's office, a coach of
// an assigned client and, where Eduro is only the processor, Eduro's DPO register and prepare. Referrers,
// trainers and administrators do nothing.

const PREPARERS: Record<Tenant, User[]> = {
  'eduro-training': ['office', 'eduroDpo'],
  'eduro-guidance': ['coach', 'office', 'eduroDpo'],
  'rovaniemi-guidance': ['coach', 'office', 'eduroDpo', 'cityOfficer', 'cityDpo'],
};
const DECIDERS: Record<Tenant, User[]> = {
  'eduro-training': ['eduroDpo'],
  'eduro-guidance': ['eduroDpo'],
  'rovaniemi-guidance': ['cityOfficer', 'cityDpo'],
};
const prepares = (t: Tenant) => PREPARERS[t];
// A coach works only with the cases of assigned clients: a case not yet matched to a person is not theirs.
const preparesUnmatched = (t: Tenant) => PREPARERS[t].filter((u) => u !== 'coach');
const decides = (t: Tenant) => DECIDERS[t];

let kaira: Kaira;
let owner: Pg;
const people = new Map<Tenant, string>();
const registrar = new Map<Tenant, string>();

beforeAll(async () => {
  kaira = await startKaira();
  owner = await connect(kaira.db.ownerUrl);
  const coach = await idOf(owner, USERS.coach);
  for (const slug of TENANTS) {
    const tid = kaira.registry.bySlug(slug)!.id;
    // In the guidance registers the coach's own client, so the coach's allowed cases really pass.
    people.set(slug, await personFor(owner, tid, slug === 'eduro-training' ? undefined : coach));
    registrar.set(slug, await idOf(owner, USERS.office));
  }
});
afterAll(async () => {
  await owner?.end();
  await kaira?.close();
});

const tid = (t: Tenant) => kaira.registry.bySlug(t)!.id;
const fresh = (t: Tenant, f: Parameters<typeof insertCase>[3] = {}) =>
  insertCase(owner, tid(t), registrar.get(t)!, { personId: people.get(t)!, ...f });

type Vars = (t: Tenant) => Promise<unknown>;
const OPERATIONS: Record<string, { doc: unknown; allowed: (t: Tenant) => User[]; vars: Vars }> = {
  rightsRequests: { doc: RightsRequestsDocument, allowed: prepares, vars: async () => ({}) },
  rightsRequestQueue: { doc: RightsRequestQueueDocument, allowed: prepares, vars: async () => ({ queue: 'OVERDUE' }) },
  rightsRequest: { doc: RightsRequestDocument, allowed: prepares, vars: async (t) => ({ id: await fresh(t) }) },
  registerRightsRequest: {
    doc: RegisterRightsRequestDocument,
    allowed: prepares,
    vars: async (t) => ({
      input: { kind: 'ACCESS', receivedOn: daysAgo(1), channel: 'SIGNED_LETTER', personId: people.get(t) },
    }),
  },
  matchRightsRequestPerson: {
    doc: MatchRightsRequestPersonDocument,
    allowed: preparesUnmatched,
    vars: async (t) => ({ input: { requestId: await fresh(t, { personId: null }), personId: people.get(t) } }),
  },
  verifyRequesterIdentity: {
    doc: VerifyRequesterIdentityDocument,
    allowed: prepares,
    vars: async (t) => ({ input: { requestId: await fresh(t, { verified: false }), method: 'ID_DOCUMENT' } }),
  },
  startRightsRequest: {
    doc: StartRightsRequestDocument,
    allowed: prepares,
    vars: async (t) => ({ input: { requestId: await fresh(t) } }),
  },
  extendRightsRequest: {
    doc: ExtendRightsRequestDocument,
    allowed: decides,
    vars: async (t) => ({
      input: { requestId: await fresh(t), months: 2, reason: 'The request covers ten years of records.' },
    }),
  },
  completeRightsRequest: {
    doc: CompleteRightsRequestDocument,
    allowed: decides,
    vars: async (t) => ({ input: { requestId: await fresh(t), decision: 'The report was sent by registered post.' } }),
  },
  refuseRightsRequest: {
    doc: RefuseRightsRequestDocument,
    allowed: decides,
    vars: async (t) => ({ input: { requestId: await fresh(t), reason: 'The requester could not be identified.' } }),
  },
  setLogReportPeriod: {
    doc: SetLogReportPeriodDocument,
    allowed: decides,
    vars: async (t) => ({ input: { requestId: await fresh(t, { kind: 'log_report' }), from: daysAgo(30) } }),
  },
  rectifyPerson: {
    doc: RectifyPersonDocument,
    allowed: decides,
    vars: async (t) => ({
      input: {
        requestId: await fresh(t, { kind: 'rectification' }),
        email: `rectified.${Math.random().toString(36).slice(2)}@example.com`,
        reason: 'The person showed the correct address.',
      },
    }),
  },
};

test.each(matrixCases(OPERATIONS))('$operation in $tenant as $user: allowed $allowed', async (c) => {
  const op = OPERATIONS[c.operation]!;
  await expectDecision(kaira, c, op.doc, await op.vars(c.tenant));
});

test("another tenant's case is not found, even by its controller's own officer", async () => {
  const id = await fresh('eduro-guidance');
  for (const [user, tenant] of [
    ['cityOfficer', 'rovaniemi-guidance'],
    ['eduroDpo', 'eduro-training'],
    ['eduroDpo', 'rovaniemi-guidance'],
  ] as const) {
    const result = await kaira.gql(RightsRequestDocument, { id }, { token: await kaira.tokenFor(USERS[user]), tenant });
    expect(codeOf(result)).toBe('NOT_FOUND');
    const list = await kaira.gql(RightsRequestsDocument, {}, { token: await kaira.tokenFor(USERS[user]), tenant });
    expect(list.data?.rightsRequests.map((r) => r.id)).not.toContain(id);
  }
});

test('a coach is refused the cases of clients not assigned to them, and does not see them listed', async () => {
  const coach = await idOf(owner, USERS.coach);
  const other = await inTenant(owner, tid('eduro-guidance'), () =>
    owner.query<{ id: string }>(
      'select id from person p where not exists (select 1 from assignment a where a.person_id = p.id and a.coach_user_id = $1) limit 1',
      [coach],
    ),
  ).then((r) => r.rows[0]!.id);
  const id = await fresh('eduro-guidance', { personId: other });
  const token = await kaira.tokenFor(USERS.coach);
  const result = await kaira.gql(RightsRequestDocument, { id }, { token, tenant: 'eduro-guidance' });
  expect(codeOf(result)).toBe('FORBIDDEN');
  const list = await kaira.gql(RightsRequestsDocument, {}, { token, tenant: 'eduro-guidance' });
  expect(list.data?.rightsRequests.map((r) => r.id)).not.toContain(id);
});
