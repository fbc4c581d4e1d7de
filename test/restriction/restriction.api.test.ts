import type { Client as Pg } from 'pg';
import {
  LiftRestrictionDocument,
  PersonRestrictionsDocument,
  RestrictedClientDocument,
  RestrictedClientsDocument,
  RestrictedPeopleDocument,
  RestrictedPersonDocument,
  RestrictPersonDocument,
} from '../generated/graphql';
import { createClient } from '../guidance/factories';
import { tenantId } from '../guidance/guidance.support';
import { inTenant, sqlError } from '../isolation/sql';
import { connect } from '../support/database';
import { codeOf, startKaira, USERS, type Kaira } from '../support/kaira';
import { disclosedTo, outboxOf } from '../objection/rights-fixtures';

// GDPR 18 end to end: a restricted person's rows refuse every write in PostgreSQL itself (SQLSTATE KA018,
// the API's RESTRICTED), reads are the controller's DPO and officers' only, lists leave the person out for
// everyone else, and only the controller lifts.

let kaira: Kaira;
let owner: Pg;
let app: Pg;
const TENANT = 'rovaniemi-guidance';
let personId: string;
let tid: string;

const as = async (user: keyof typeof USERS) => ({ token: await kaira.tokenFor(USERS[user]), tenant: TENANT });

beforeAll(async () => {
  kaira = await startKaira();
  owner = await connect(kaira.db.ownerUrl);
  app = await connect(kaira.db.appUrl);
  tid = tenantId(kaira, TENANT);
  personId = await createClient(kaira, { tenant: TENANT, lastName: 'Rajoitettu', coach: USERS.coach });
  await disclosedTo(app, tid, personId, 'kirjaamo@kela.example');
  const restricted = await kaira.gql(
    RestrictPersonDocument,
    { input: { personId, reason: 'the client contests the accuracy of the assessment (GDPR 18(1)(a))' } },
    await as('cityOfficer'),
  );
  expect(restricted.errors).toBeUndefined();
  expect(restricted.data?.restrictPerson).toMatchObject({ personId, active: true, liftedAt: null });
});
afterAll(async () => {
  await app?.end();
  await owner?.end();
  await kaira?.close();
});

test('PostgreSQL refuses a write to the person or a row of theirs, as the app and as the owner', async () => {
  for (const client of [app, owner]) {
    const update = await inTenant(client, tid, () =>
      sqlError(client.query("update person set phone = '+358 40 0000000' where id = $1", [personId])),
    );
    expect(update.code).toBe('KA018');
    const profile = await inTenant(client, tid, () =>
      sqlError(client.query("update client_profile set city = 'Kemi' where person_id = $1", [personId])),
    );
    expect(profile.code).toBe('KA018');
  }
  const entry = await inTenant(app, tid, () =>
    sqlError(
      app.query(
        `insert into guidance_entry (id, tenant_id, person_id, kind, category, content, version, first_version_id, author_id)
         select gen_random_uuid(), $1, $2, 'coaching', 'coaching', 'x', 1, gen_random_uuid(), id from user_account limit 1`,
        [tid, personId],
      ),
    ),
  );
  expect(entry.code).toBe('KA018');
});

test('the earlier recipient is told of the restriction (GDPR 19)', async () => {
  const notices = await outboxOf(owner, tid, 'art19-restriction');
  expect(notices).toEqual([
    { to_address: 'kirjaamo@kela.example', person_id: personId, text_body: expect.stringContaining('restricted') },
  ]);
});

test('a second restriction while one is on is a CONFLICT', async () => {
  const again = await kaira.gql(RestrictPersonDocument, { input: { personId, reason: 'again' } }, await as('cityDpo'));
  expect(codeOf(again)).toBe('CONFLICT');
});

test('only the controller’s DPO and officers read the person; others get RESTRICTED', async () => {
  for (const user of ['cityOfficer', 'cityDpo'] as const) {
    const read = await kaira.gql(RestrictedPersonDocument, { id: personId }, await as(user));
    expect(read.errors).toBeUndefined();
    expect(read.data?.person.id).toBe(personId);
  }
  const office = await kaira.gql(RestrictedPersonDocument, { id: personId }, await as('office'));
  expect(codeOf(office)).toBe('RESTRICTED');
  expect(office.data).toBeNull();
  for (const user of ['coach', 'office'] as const) {
    const read = await kaira.gql(RestrictedClientDocument, { id: personId }, await as(user));
    expect(codeOf(read)).toBe('RESTRICTED');
  }
});

test('every read of the person by the assigned coach is RESTRICTED: entries, consents, messages, the use log', async () => {
  const reads = [
    '{ clientEntries(personId: "ID") { id } }',
    '{ consentLedger(personId: "ID") { id } }',
    '{ consentStatus(personId: "ID") { __typename } }',
    '{ clientMessages(personId: "ID") { id } }',
    '{ clientSurveyAnswers(personId: "ID") { __typename } }',
  ];
  for (const query of reads) {
    const result = await kaira.gql(query.replace('ID', personId), {}, await as('coach'));
    expect({ query, code: codeOf(result) }).toEqual({ query, code: 'RESTRICTED' });
  }
  const log = await kaira.gql(
    `{ personUseLog(personId: "${personId}", from: "2020-01-01T00:00:00Z", to: "2100-01-01T00:00:00Z") { __typename } }`,
    {},
    await as('cityDpo'),
  );
  expect(log.errors).toBeUndefined();
});

test('the people and client lists leave the person out for everyone but the controller', async () => {
  const listed = async (
    user: keyof typeof USERS,
    doc: typeof RestrictedPeopleDocument | typeof RestrictedClientsDocument,
  ) => {
    const result = await kaira.gql(doc as typeof RestrictedPeopleDocument, { search: 'Asiakas' }, await as(user));
    expect(result.errors).toBeUndefined();
    const data = result.data as unknown as Record<string, { nodes: Array<{ id: string }> }>;
    return Object.values(data)[0]!.nodes.some((n) => n.id === personId);
  };
  expect(await listed('office', RestrictedPeopleDocument)).toBe(false);
  expect(await listed('office', RestrictedClientsDocument)).toBe(false);
  expect(await listed('cityOfficer', RestrictedPeopleDocument)).toBe(true);
  expect(await listed('cityDpo', RestrictedClientsDocument)).toBe(true);
});

test('lifting: Eduro (the processor) cannot, the city can; afterwards writes and reads work again', async () => {
  for (const user of ['eduroDpo', 'office', 'coach'] as const) {
    const lift = await kaira.gql(LiftRestrictionDocument, { input: { personId, reason: 'checked' } }, await as(user));
    expect(codeOf(lift)).toBe('FORBIDDEN');
  }
  const lifted = await kaira.gql(
    LiftRestrictionDocument,
    { input: { personId, reason: 'accuracy verified; the client was told on 2026-11-20' } },
    await as('cityOfficer'),
  );
  expect(lifted.errors).toBeUndefined();
  expect(lifted.data?.liftRestriction).toMatchObject({ active: false, liftReason: expect.any(String) });
  // GDPR 18(3): the person is told that the restriction ends.
  expect(await outboxOf(owner, tid, 'restriction-lifted')).toEqual([
    { to_address: 'asiakas@example.fi', person_id: personId, text_body: expect.stringContaining('accuracy verified') },
  ]);
  const history = await kaira.gql(PersonRestrictionsDocument, { personId }, await as('cityDpo'));
  expect(history.data?.personRestrictions).toEqual([expect.objectContaining({ active: false })]);
  const read = await kaira.gql(RestrictedPersonDocument, { id: personId }, await as('office'));
  expect(read.errors).toBeUndefined();
  await inTenant(app, tid, () => app.query("update client_profile set city = 'Kemi' where person_id = $1", [personId]));
});
