import type { Client as Pg } from 'pg';
import {
  DecideDisclosureRequestDocument,
  DisclosureRequestDocument,
  DisclosureRequestsDocument,
  ExecuteDisclosureDocument,
  RecordTransferSafeguardsDocument,
  RegisterDisclosureRequestDocument,
} from '../generated/graphql';
import { connect } from '../support/database';
import { codeOf, startKaira, TENANTS, USERS, type Kaira } from '../support/kaira';
import { expectDecision, matrixCases, type Tenant, type User } from '../support/rules-matrix';
import { firstPerson, insertRequest, registration, tenantIdOf } from './disclosure.support';

// Every disclosure operation × every demo principal × every tenant. Written out from DOMAIN.md §2.2 and §3,
// not derived from the rules under test: Eduro's office staff and DPO register and prepare requests in
// every register (in rovaniemi-guidance as the city's processor), so do the city's officer and DPO there;
// only the controller decides and executes: Eduro's DPO in Eduro's registers, in rovaniemi-guidance only
// the city's CONTROLLER_OFFICER or DPO — Eduro's DPO, coach and office staff are FORBIDDEN there.

const prepares = (t: Tenant): User[] =>
  t === 'rovaniemi-guidance' ? ['office', 'eduroDpo', 'cityOfficer', 'cityDpo'] : ['office', 'eduroDpo'];
const decides = (t: Tenant): User[] => (t === 'rovaniemi-guidance' ? ['cityOfficer', 'cityDpo'] : ['eduroDpo']);

let kaira: Kaira;
let owner: Pg;
const people = new Map<Tenant, string>();

beforeAll(async () => {
  kaira = await startKaira();
  owner = await connect(kaira.db.ownerUrl);
  for (const t of TENANTS) people.set(t, await firstPerson(owner, tenantIdOf(kaira, t)));
});
afterAll(async () => {
  await owner?.end();
  await kaira?.close();
});

// Each case gets a request of its own in the state the operation needs, so an allowed decision does not
// leave the next case a decided request.
const request = (t: Tenant, state: 'pending' | 'approved') =>
  insertRequest(owner, tenantIdOf(kaira, t), people.get(t)!, state);

const operations = {
  disclosureRequests: { allowed: prepares, run: async () => ({ doc: DisclosureRequestsDocument, vars: {} }) },
  disclosureRequest: {
    allowed: prepares,
    run: async (t: Tenant) => ({ doc: DisclosureRequestDocument, vars: { id: await request(t, 'pending') } }),
  },
  registerDisclosureRequest: {
    allowed: prepares,
    run: async (t: Tenant) => ({
      doc: RegisterDisclosureRequestDocument,
      vars: { input: registration(people.get(t)!) },
    }),
  },
  recordTransferSafeguards: {
    allowed: prepares,
    run: async (t: Tenant) => ({
      doc: RecordTransferSafeguardsDocument,
      vars: { input: { id: await request(t, 'pending'), mandateDocumentRef: 'valtakirja 2026/3' } },
    }),
  },
  decideDisclosureRequest: {
    allowed: decides,
    run: async (t: Tenant) => ({
      doc: DecideDisclosureRequestDocument,
      vars: { input: { id: await request(t, 'pending'), approve: true, reason: 'the request names its data' } },
    }),
  },
  executeDisclosure: {
    allowed: decides,
    run: async (t: Tenant) => ({ doc: ExecuteDisclosureDocument, vars: { id: await request(t, 'approved') } }),
  },
} as const;

test.each(matrixCases(operations))('$operation in $tenant by $user: allowed $allowed', async (c) => {
  const { doc, vars } = await operations[c.operation as keyof typeof operations].run(c.tenant);
  await expectDecision(kaira, c, doc, vars);
});

test.each(Object.keys(operations))('%s without credentials is UNAUTHENTICATED', async (operation) => {
  const { doc, vars } = await operations[operation as keyof typeof operations].run('rovaniemi-guidance');
  const result = await kaira.gql(doc as never, vars as never, { tenant: 'rovaniemi-guidance' });
  expect(codeOf(result)).toBe('UNAUTHENTICATED');
});

test("a tenant sees none of another tenant's requests: an id from rovaniemi-guidance is NOT_FOUND elsewhere", async () => {
  const id = await request('rovaniemi-guidance', 'pending');
  const token = await kaira.tokenFor(USERS.eduroDpo);
  const read = await kaira.gql(DisclosureRequestDocument, { id }, { token, tenant: 'eduro-guidance' });
  expect(codeOf(read)).toBe('NOT_FOUND');
  const decide = await kaira.gql(
    DecideDisclosureRequestDocument,
    { input: { id, approve: true, reason: 'cross-tenant attempt' } },
    { token, tenant: 'eduro-guidance' },
  );
  expect(codeOf(decide)).toBe('NOT_FOUND');
  const list = await kaira.gql(DisclosureRequestsDocument, {}, { token, tenant: 'eduro-guidance' });
  expect(list.data?.disclosureRequests.map((r) => r.id)).not.toContain(id);
});

test("Eduro's DPO refused in rovaniemi-guidance leaves the request pending", async () => {
  const id = await request('rovaniemi-guidance', 'pending');
  const tenant = 'rovaniemi-guidance';
  const refused = await kaira.gql(
    DecideDisclosureRequestDocument,
    { input: { id, approve: true, reason: 'Eduro tries to decide' } },
    { token: await kaira.tokenFor(USERS.eduroDpo), tenant },
  );
  expect(codeOf(refused)).toBe('FORBIDDEN');
  const read = await kaira.gql(
    DisclosureRequestDocument,
    { id },
    { token: await kaira.tokenFor(USERS.cityOfficer), tenant },
  );
  expect(read.data?.disclosureRequest.status).toBe('PENDING');
});
