import { Writable } from 'node:stream';
import type { Client } from 'pg';
import {
  AddEntryDocument,
  ClientEntriesDocument,
  EnrolDocument,
  MyClientsDocument,
  PeopleDocument,
  RecordConsentDocument,
  RegisterClientDocument,
  RegisterPersonDocument,
  RevealPersonalIdentityCodeDocument,
  UpdatePersonContactDocument,
} from '../generated/graphql';
import { createLogger } from '../../src/logger';
import { form, identityCode, newSession, tenantIdOf } from '../enrolment/enrolment.support';
import { createClient } from '../guidance/factories';
import { today } from '../guidance/guidance.support';
import { connect } from '../support/database';
import { codeOf, startKaira, USERS, type Kaira } from '../support/kaira';

// No henkilötunnus, email or phone number of the test data reaches a log line (issue 6 item 5): the
// suite's personal-data operations run against a live Kaira logging everything down to `trace`, with
// errors on purpose (duplicate, bad input, wrong password), and every captured line is searched.
// It also shows the request id on every line a request writes.

const lines: string[] = [];
let kaira: Kaira;
let owner: Client;

const PERSON = {
  firstName: 'Salla',
  lastName: 'Lokiton',
  email: 'salla.lokiton@example.fi',
  phone: '+358 40 9876543',
  personalIdentityCode: '131052-308T',
};
const CLIENT = {
  firstName: 'Kalle',
  lastName: 'Kirjaamaton',
  email: 'kalle.kirjaamaton@example.fi',
  phone: '+358 50 3334445',
  personalIdentityCode: '010190-999W',
  gender: 'MALE' as const,
  streetAddress: 'Koskikatu 2',
  postalCode: '96100',
  city: 'Rovaniemi',
};
const NEW_CONTACT = { email: 'salla.uusi@example.fi', phone: '+358 44 5556667' };
const ENROL = { n: 77, email: 'osallistuja77@example.fi', mobile: '+358 40 123 4567' };
const COACHED_EMAIL = 'asiakas.valvottu@example.fi';

/** Every value that must never be logged, with the spellings it could take. */
function secrets(): string[] {
  const codes = [PERSON.personalIdentityCode, CLIENT.personalIdentityCode, identityCode(ENROL.n), '010190-999K'];
  const phones = [PERSON.phone, CLIENT.phone, NEW_CONTACT.phone, ENROL.mobile];
  return [
    ...codes,
    ...codes.map((c) => c.replace(/[-+A-Y]/, '')),
    ...phones,
    ...phones.map((p) => p.replace(/\s/g, '')),
    PERSON.email,
    CLIENT.email,
    NEW_CONTACT.email,
    ENROL.email,
    COACHED_EMAIL,
    USERS.cityOfficer,
    // Names are personal data too.
    PERSON.lastName,
    CLIENT.lastName,
  ].map((s) => s.toLowerCase());
}

beforeAll(async () => {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  kaira = await startKaira({ logger: createLogger('trace', sink), env: { LOG_LEVEL: 'trace' } });
  owner = await connect(kaira.db.ownerUrl);
});
afterAll(async () => {
  await owner.end();
  await kaira.close();
});

test('the personal-data operations, including failing ones, write no henkilötunnus, email or phone to the log', async () => {
  const office = { token: await kaira.tokenFor(USERS.office), tenant: 'eduro-guidance' };
  const coach = { token: await kaira.tokenFor(USERS.coach), tenant: 'eduro-guidance' };

  // A person: registered, a duplicate (CONFLICT), a bad code (BAD_USER_INPUT), listed, revealed, changed.
  const person = await kaira.gql(RegisterPersonDocument, { input: PERSON }, office);
  expect(person.errors).toBeUndefined();
  const personId = person.data!.registerPerson.id;
  expect(codeOf(await kaira.gql(RegisterPersonDocument, { input: PERSON }, office))).toBe('CONFLICT');
  expect(
    codeOf(
      await kaira.gql(RegisterPersonDocument, { input: { ...PERSON, personalIdentityCode: '010190-999K' } }, office),
    ),
  ).toBe('BAD_USER_INPUT');
  expect(codeOf(await kaira.gql(RegisterPersonDocument, { input: { ...PERSON, email: 'not an email' } }, office))).toBe(
    'BAD_USER_INPUT',
  );
  expect((await kaira.gql(PeopleDocument, { first: 50, search: 'Lokiton' }, office)).errors).toBeUndefined();
  const revealed = await kaira.gql(
    RevealPersonalIdentityCodeDocument,
    { input: { personId, purpose: 'checking the register' } },
    office,
  );
  expect(revealed.data!.revealPersonalIdentityCode.personalIdentityCode).toBe(PERSON.personalIdentityCode);
  const changed = await kaira.gql(
    UpdatePersonContactDocument,
    { input: { personId, ...NEW_CONTACT, reason: 'new contact details from the person' } },
    office,
  );
  expect(changed.errors).toBeUndefined();

  // A guidance client: registered (and again: CONFLICT), consent, an entry, the coach's reads.
  expect((await kaira.gql(RegisterClientDocument, { input: CLIENT }, office)).errors).toBeUndefined();
  expect(codeOf(await kaira.gql(RegisterClientDocument, { input: CLIENT }, office))).toBe('CONFLICT');
  const clientId = await createClient(kaira, { coach: USERS.coach, email: COACHED_EMAIL });
  const consent = await kaira.gql(
    RecordConsentDocument,
    {
      input: {
        personId: clientId,
        categories: ['guidance'],
        disclosesToPurchaser: false,
        signedOn: today(),
        evidence: 'form',
      },
    },
    coach,
  );
  expect(consent.errors).toBeUndefined();
  const entry = await kaira.gql(
    AddEntryDocument,
    { input: { personId: clientId, kind: 'COACHING', category: 'guidance', content: 'Met at the office.' } },
    coach,
  );
  expect(entry.errors).toBeUndefined();
  expect((await kaira.gql(ClientEntriesDocument, { personId: clientId }, coach)).errors).toBeUndefined();
  expect((await kaira.gql(MyClientsDocument, { first: 50 }, coach)).errors).toBeUndefined();

  // The public enrolment form, once valid and once with a bad email.
  const session = await newSession(owner, tenantIdOf(kaira, 'eduro-training'), 5);
  const enrol = (patch = {}) =>
    kaira.gql(
      EnrolDocument,
      { input: form(session, ENROL.n, { email: ENROL.email, mobile: ENROL.mobile, ...patch }) },
      { tenant: 'eduro-training' },
    );
  expect((await enrol()).errors).toBeUndefined();
  expect(codeOf(await enrol({ email: 'broken@' }))).toBe('BAD_USER_INPUT');

  // A wrong password names an account.
  const wrong = await kaira.gql('mutation ($input: LoginInput!) { login(input: $input) { accessToken } }', {
    input: { email: USERS.cityOfficer, password: 'wrong password' },
  });
  expect(codeOf(wrong)).toBe('UNAUTHENTICATED');

  const requestLines = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(requestLines.filter((l) => l.msg === 'graphql').length).toBeGreaterThanOrEqual(18);
  const text = lines.join('\n').toLowerCase();
  expect(text).toContain('"operation":"registerperson"'); // the scan reads the request lines
  expect(secrets().filter((secret) => text.includes(secret))).toEqual([]);
  // Every line a request wrote names it.
  expect(requestLines.filter((l) => typeof l.requestId !== 'string')).toEqual([]);
});
