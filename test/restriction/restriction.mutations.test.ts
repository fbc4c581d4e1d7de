import { randomUUID } from 'node:crypto';
import { getNamedType, isObjectType, type GraphQLField } from 'graphql';
import type { Client as Pg } from 'pg';
import { buildBareSchema } from '../../src/schema';
import { TenantTransaction } from '../../src/db/tenant-transaction';
import { Person } from '../../src/modules/person/person.entity';
import { newPersonValues } from '../../src/modules/person/person.service';
import { composeIdentityCode } from '../../src/modules/person/personal-identity-code';
import { surveyTokens } from '../../src/modules/survey/survey-token';
import { unsubscribeTokens } from '../../src/modules/marketing/link-token';
import { RESTRICTION_EXEMPT } from '../../migrations/restriction-guard';
import {
  CreateInvoiceDocument,
  IssueCardDocument,
  MarkSchemeReportSentDocument,
  RecordExamAttemptDocument,
  RecordIdentityCheckDocument,
  RecordParticipantDocument,
} from '../generated/graphql';
import { createClient, TE_OFFICE } from '../guidance/factories';
import { idOf, openEmergencyAccess, tenantId } from '../guidance/guidance.support';
import { inTenant } from '../isolation/sql';
import { connect } from '../support/database';
import { codeOf, startKaira, USERS, type Kaira } from '../support/kaira';
import { rightsRequest } from '../objection/rights-fixtures';
import { sessionOf, walkInInput } from '../training/records.support';
import { cardTypeId, daysFromNow } from '../training/training.support';

// Issue 5, done when: "restriction blocks every mutation that touches the person (a test generated from
// the schema, so new mutations are covered)". Every Mutation field of the built schema is either a case
// below (how to call it for a restricted person, as whom; it must answer RESTRICTED and change none of the
// person's rows in any person_id table), or in one of two reasoned lists: rights bookkeeping that must
// work during a restriction, or operations that touch no existing person. A few that must go on during a
// restriction are cases of their own (DURING_RESTRICTION): they succeed, and change nothing of the person
// outside the tables restriction-guard.ts exempts. An unknown mutation fails by name.

/** Rights bookkeeping: it goes on while the data is frozen (restriction-guard.ts exempts these tables). */
const BOOKKEEPING: Record<string, string> = {
  restrictPerson: 'the restriction itself (a second one is CONFLICT)',
  liftRestriction: 'ends the restriction: the controller only',
  recordObjection: 'GDPR 21: a person may object at any time; an objection only stops processing',
  decideObjection: 'the controller decides the objection; it only stops processing or records grounds',
  recordLegalHold: 'a hold keeps data and processes none',
  registerRightsRequest: 'requests are received during a restriction (GDPR 12)',
  matchRightsRequestPerson: 'rights bookkeeping (rights_request)',
  verifyRequesterIdentity: 'rights bookkeeping (rights_request)',
  startRightsRequest: 'rights bookkeeping (rights_request)',
  extendRightsRequest: 'rights bookkeeping (rights_request); the person is told',
  completeRightsRequest: 'rights bookkeeping: answering the person (e.g. the restriction request itself)',
  refuseRightsRequest: 'rights bookkeeping: a written refusal to the person',
  setLogReportPeriod: 'rights bookkeeping (rights_request)',
};

/** Mutations that touch no existing person's data. */
const NO_PERSON: Record<string, string> = {
  login: 'staff sign-in',
  logout: 'staff session',
  refreshSession: 'staff session',
  assignSessionTrainer: 'a session and a trainer (staff)',
  createTrainingSession: 'the training catalogue',
  updateTrainingSession: 'the training catalogue',
  updateCardType: 'the training catalogue',
  grantTrainerAuthorisation: 'a trainer (staff) authorisation',
  createSurvey: 'a survey template (no personal data)',
  copySurvey: 'a survey template (no personal data)',
  updateSurvey: 'a survey template (no personal data)',
  registerPerson: 'adds a new person; an existing henkilötunnus is CONFLICT before any write',
  registerClient: 'adds a new person; an existing henkilötunnus is CONFLICT before any write',
  createCompany: "a company (no person row, no person_id): its contact details are the company's, not a trainee's",
  updateCompany:
    "a company's own details (company, company_revision): no person row, also when its only employee is restricted",
  createApiKey: "an integration's API key (staff administration, no data subject)",
  rotateApiKey: "an integration's API key (staff administration, no data subject)",
  revokeApiKey: "an integration's API key (staff administration, no data subject)",
  beginSecondFactorEnrolment: "a staff user's own second factor (user_account, not a register person)",
  confirmSecondFactorEnrolment: "a staff user's own second factor (user_account, not a register person)",
  disableSecondFactor: "a staff user's second factor (user_account, not a register person)",
};

interface DuringRestriction {
  why: string;
  user: User | null;
  tenant: string;
  person: () => string;
  vars: () => Record<string, unknown>;
  /** The person's tables the call may change: each must be exempt from the guard (restriction-guard.ts). */
  changes: string[];
}

/** Mutations that must work for a restricted person: they succeed and change nothing else of the person. */
const DURING_RESTRICTION: Record<string, DuringRestriction> = {
  recordMarketingOptOut: {
    why: 'an objection to direct marketing is absolute (GDPR 21(3)): recorded at once, also while restricted',
    user: 'office',
    tenant: 'eduro-training',
    person: () => f.trainee!,
    vars: () => ({ input: { personId: f.trainee } }),
    changes: ['objection', 'outbox_message'],
  },
  unsubscribe: {
    why: "the person's own opt-out link (GDPR 21(3)): the objection is recorded and the link used up",
    user: null,
    tenant: 'eduro-training',
    person: () => f.optOutPerson!,
    vars: () => ({ input: { token: f.unsubscribeToken } }),
    changes: ['objection', 'marketing_unsubscribe_link', 'outbox_message'],
  },
  sendTrainingAnnouncement: {
    why: 'the audience leaves restricted people out (audience.ts): no link, no message for the person',
    user: 'office',
    tenant: 'eduro-training',
    person: () => f.trainee!,
    vars: () => ({
      input: { audience: { cardTypeId: f.ttk }, subject: 'Kertauskoulutus', text: 'Uusi kurssi alkaa pian.' },
    }),
    changes: [],
  },
  sendCompanyCardLink: {
    why:
      "a link to the company's contact person (company_card_link, no person_id); the report behind it leaves " +
      'restricted employees out (company-card-link.service.ts)',
    user: 'office',
    tenant: 'eduro-training',
    person: () => f.trainee!,
    vars: () => ({ input: { companyId: f.company } }),
    changes: [],
  },
};

type User = keyof typeof USERS;
interface Case {
  user: User | null;
  tenant: string;
  person: () => string;
  vars: () => Record<string, unknown>;
}

const GUIDANCE = 'eduro-guidance';
const TRAINING = 'eduro-training';
let kaira: Kaira;
let owner: Pg;
const f: Record<string, string> = {};
const today = () => new Date().toISOString().slice(0, 10);
const X = () => f.client!;
const T = () => f.trainee!;

const CASES: Record<string, Case> = {
  addEntry: {
    user: 'coach',
    tenant: GUIDANCE,
    person: X,
    vars: () => ({ input: { personId: X(), kind: 'COACHING', category: 'coaching', content: 'Tavoitteet sovittu.' } }),
  },
  correctEntry: {
    user: 'coach',
    tenant: GUIDANCE,
    person: X,
    vars: () => ({ input: { entryId: f.statement, content: 'Korjattu lausunto.', reason: 'typo' } }),
  },
  releaseStatement: {
    user: 'coach',
    tenant: GUIDANCE,
    person: X,
    vars: () => ({ input: { entryId: f.statement, organisationId: f.teOffice } }),
  },
  answerSurvey: {
    user: null,
    tenant: GUIDANCE,
    person: X,
    vars: () => ({ input: { token: f.token, answers: JSON.parse(f.answers!) } }),
  },
  assignCoach: {
    user: 'office',
    tenant: GUIDANCE,
    person: () => f.unassigned!,
    vars: () => ({ input: { personId: f.unassigned, coachUserId: f.coach, startsOn: today() } }),
  },
  endAssignment: {
    user: 'office',
    tenant: GUIDANCE,
    person: X,
    vars: () => ({ input: { assignmentId: f.assignment, endsOn: today() } }),
  },
  openEmergencyAccess: {
    user: 'coach',
    tenant: GUIDANCE,
    person: () => f.unassigned!,
    vars: () => ({ input: { personId: f.unassigned, reason: 'the client called in crisis and needs help now' } }),
  },
  reviewEmergencyAccess: {
    user: 'eduroDpo',
    tenant: GUIDANCE,
    person: () => f.emergencyPerson!,
    vars: () => ({ input: { id: f.emergency, note: 'justified: the client was in crisis' } }),
  },
  recordConsent: {
    user: 'office',
    tenant: GUIDANCE,
    person: X,
    vars: () => ({
      input: {
        personId: X(),
        categories: ['rehabilitation'],
        disclosesToPurchaser: false,
        signedOn: today(),
        evidence: 'signed form',
      },
    }),
  },
  withdrawConsent: {
    user: 'coach',
    tenant: GUIDANCE,
    person: X,
    vars: () => ({ input: { personId: X(), evidence: 'phone call, logged' } }),
  },
  recordServicePeriod: {
    user: 'office',
    tenant: GUIDANCE,
    person: X,
    vars: () => ({
      input: {
        personId: X(),
        purchaserOrganisationId: f.controller,
        referrerOrganisationId: f.teOffice,
        service: 'JOB_COACHING',
        startsOn: today(),
      },
    }),
  },
  setServicePeriodStatus: {
    user: 'office',
    tenant: GUIDANCE,
    person: X,
    vars: () => ({ input: { id: f.period, status: 'CLOSED', endsOn: today() } }),
  },
  updateClientProfile: {
    user: 'office',
    tenant: GUIDANCE,
    person: X,
    vars: () => ({ input: { personId: X(), city: 'Kemi', reason: 'moved' } }),
  },
  updatePersonContact: {
    user: 'office',
    tenant: GUIDANCE,
    person: X,
    vars: () => ({ input: { personId: X(), phone: '+358 40 5556667', reason: 'new number' } }),
  },
  sendMessage: {
    user: 'coach',
    tenant: GUIDANCE,
    person: X,
    vars: () => ({ input: { personIds: [X()], subject: 'Tapaaminen', body: 'Tervetuloa tapaamiseen.' } }),
  },
  sendSurvey: {
    user: 'coach',
    tenant: GUIDANCE,
    person: X,
    vars: () => ({ input: { personIds: [X()], surveyId: f.draftSurvey } }),
  },
  rectifyPerson: {
    user: 'eduroDpo',
    tenant: GUIDANCE,
    person: X,
    vars: () => ({ input: { requestId: f.rectification, phone: '+358 40 5556668', reason: 'the person asked' } }),
  },
  eraseOnRequest: {
    user: 'eduroDpo',
    tenant: GUIDANCE,
    person: X,
    vars: () => ({ input: { requestId: f.erasure, reason: 'the person asked' } }),
  },
  registerDisclosureRequest: {
    user: 'office',
    tenant: GUIDANCE,
    person: X,
    vars: () => ({
      input: {
        personId: X(),
        categories: ['statement'],
        basis: { kind: 'DATA_SUBJECT_REQUEST', documentRef: 'REQ-2026-1', documentDate: today() },
        recipient: { name: 'Kela', businessId: '0246246-0', country: 'FI', address: 'kela@example.fi' },
      },
    }),
  },
  recordTransferSafeguards: {
    user: 'office',
    tenant: GUIDANCE,
    person: X,
    vars: () => ({ input: { id: f.pendingDisclosure, mandateDocumentRef: 'MANDATE-1' } }),
  },
  decideDisclosureRequest: {
    user: 'eduroDpo',
    tenant: GUIDANCE,
    person: X,
    vars: () => ({ input: { id: f.pendingDisclosure, approve: true, reason: 'the person asked in writing' } }),
  },
  executeDisclosure: {
    user: 'eduroDpo',
    tenant: GUIDANCE,
    person: X,
    vars: () => ({ id: f.approvedDisclosure }),
  },
  revealPersonalIdentityCode: {
    user: 'office',
    tenant: TRAINING,
    person: () => f.trainee!,
    vars: () => ({ input: { personId: f.trainee, purpose: 'checking the identity for the card register' } }),
  },
  enrol: {
    user: null,
    tenant: TRAINING,
    person: () => f.trainee!,
    vars: () => ({
      input: {
        sessionId: f.session,
        firstName: 'Rajoitettu',
        lastName: 'Kurssilainen',
        personalIdentityCode: f.traineeCode,
        email: 'rajoitettu@example.fi',
        mobile: '+358 40 1231234',
        position: 'welder',
        idempotencyKey: `restricted-${randomUUID()}`,
        company: {
          name: 'Hitsaus Oy',
          businessId: '1508035-7',
          contactName: 'Maija Yhteys',
          contactEmail: 'maija@hitsaus.example',
          contactPhone: '+358 40 9871234',
          billingEmail: 'laskut@hitsaus.example',
        },
      },
    }),
  },
  // The card-training records of a restricted trainee (fixtures: trainingRecords below). OFFICE may do each.
  recordParticipant: {
    user: 'office',
    tenant: TRAINING,
    person: T,
    vars: () => ({
      input: walkInInput(f.session!, 0, {
        firstName: 'Rajoitettu',
        lastName: 'Kurssilainen',
        personalIdentityCode: f.traineeCode,
        email: null,
        mobile: '+358 40 1231235',
      }),
    }),
  },
  completeParticipantData: {
    user: 'office',
    tenant: TRAINING,
    person: T,
    vars: () => ({ input: { enrolmentId: f.enrolled, mobile: '+358 40 1231236' } }),
  },
  decideContactChange: {
    user: 'office',
    tenant: TRAINING,
    person: T,
    vars: () => ({ input: { id: f.contactChange, decision: 'CONFIRMED' } }),
  },
  recordIdentityCheck: {
    user: 'office',
    tenant: TRAINING,
    person: T,
    vars: () => ({ input: { enrolmentId: f.enrolled, documentType: 'PASSPORT' } }),
  },
  recordAttendance: {
    user: 'office',
    tenant: TRAINING,
    person: T,
    vars: () => ({ input: { enrolmentId: f.enrolled, attended: true } }),
  },
  recordExamAttempt: {
    user: 'office',
    tenant: TRAINING,
    person: T,
    vars: () => ({ input: { enrolmentId: f.checked, passed: true } }),
  },
  attachExamEvidence: {
    user: 'office',
    tenant: TRAINING,
    person: T,
    vars: () => ({
      input: {
        attemptId: f.passedAttempt,
        fileName: 'koe.pdf',
        contentBase64: Buffer.from('%PDF-1.4 x').toString('base64'),
      },
    }),
  },
  issueCard: {
    user: 'office',
    tenant: TRAINING,
    person: T,
    vars: () => ({ input: { enrolmentId: f.passed } }),
  },
  issueTemporaryCertificate: {
    user: 'office',
    tenant: TRAINING,
    person: T,
    vars: () => ({ input: { enrolmentId: f.passed, days: 14 } }),
  },
  // The service checks the restriction itself before it logs the disclosure; it answers RESTRICTED like the
  // guard (it was CONFLICT on the card-training branch).
  markSchemeReportSent: {
    user: 'office',
    tenant: TRAINING,
    person: T,
    vars: () => ({ id: f.pendingReport }),
  },
  acknowledgeSchemeReport: {
    user: 'office',
    tenant: TRAINING,
    person: T,
    vars: () => ({ id: f.sentReport }),
  },
  rejectSchemeReport: {
    user: 'office',
    tenant: TRAINING,
    person: T,
    vars: () => ({ input: { id: f.sentReport, reason: 'henkilötunnus ei täsmää' } }),
  },
  createInvoice: {
    user: 'office',
    tenant: TRAINING,
    person: T,
    vars: () => ({ input: { enrolmentId: f.enrolled, amountCents: 24900, dueDate: daysFromNow(30) } }),
  },
  changeInvoiceStatus: {
    user: 'office',
    tenant: TRAINING,
    person: T,
    vars: () => ({ input: { invoiceId: f.invoice, status: 'PAID' } }),
  },
};

const schema = buildBareSchema();
const mutations = schema.getMutationType()!.getFields();

test('every mutation of the schema is a case or a reasoned exception (new mutations fail here by name)', () => {
  const known = new Set([
    ...Object.keys(CASES),
    ...Object.keys(BOOKKEEPING),
    ...Object.keys(NO_PERSON),
    ...Object.keys(DURING_RESTRICTION),
  ]);
  expect(
    Object.keys(mutations)
      .filter((name) => !known.has(name))
      .sort(),
  ).toEqual([]);
  // …and no case names a mutation that is gone.
  expect([...known].filter((name) => !(name in mutations)).sort()).toEqual([]);
});

/** The operation text for a mutation field, from the schema: its arguments as variables. */
function documentFor(field: GraphQLField<unknown, unknown>): string {
  const defs = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `mutation${defs ? `(${defs})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

/** Every row of the person in every table with person_id (and the person row), as text, as the owner. */
async function snapshot(slug: string, personId: string): Promise<Record<string, string[]>> {
  return inTenant(owner, tenantId(kaira, slug), async () => {
    const { rows: tables } = await owner.query<{ name: string }>(
      `select c.relname as name from pg_class c join pg_attribute a on a.attrelid = c.oid
        where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') and a.attname = 'person_id'
          and not a.attisdropped order by 1`,
    );
    const result: Record<string, string[]> = {};
    for (const { name } of [{ name: 'person' }, ...tables]) {
      const key = name === 'person' ? 'id' : 'person_id';
      const { rows } = await owner.query<{ row: string }>(`select t::text as row from ${name} t where ${key} = $1`, [
        personId,
      ]);
      result[name] = rows.map((r) => r.row).sort();
    }
    return result;
  });
}

beforeAll(async () => {
  kaira = await startKaira();
  owner = await connect(kaira.db.ownerUrl);
  await fixtures();
});
afterAll(async () => {
  await owner?.end();
  await kaira?.close();
});

test.each(Object.keys(CASES))('%s on a restricted person is RESTRICTED and changes nothing', async (name) => {
  const c = CASES[name]!;
  const before = await snapshot(c.tenant, c.person());
  const result = await kaira.gql(documentFor(mutations[name]!), c.vars(), {
    tenant: c.tenant,
    ...(c.user ? { token: await kaira.tokenFor(USERS[c.user]) } : {}),
  });
  expect({ name, code: codeOf(result) }).toEqual({ name, code: 'RESTRICTED' });
  expect(result.data?.[name as never] ?? null).toBeNull();
  expect(await snapshot(c.tenant, c.person())).toEqual(before);
});

test.each(Object.keys(DURING_RESTRICTION))(
  '%s on a restricted person succeeds and changes only exempt tables',
  async (name) => {
    const c = DURING_RESTRICTION[name]!;
    for (const table of c.changes)
      expect({ table, exempt: table in RESTRICTION_EXEMPT }).toEqual({ table, exempt: true });
    const before = await snapshot(c.tenant, c.person());
    const result = await kaira.gql(documentFor(mutations[name]!), c.vars(), {
      tenant: c.tenant,
      ...(c.user ? { token: await kaira.tokenFor(USERS[c.user]) } : {}),
    });
    expect({ name, errors: result.errors }).toEqual({ name, errors: undefined });
    expect(result.data?.[name as never]).toBeTruthy();
    const after = await snapshot(c.tenant, c.person());
    for (const table of c.changes) {
      delete before[table];
      delete after[table];
    }
    expect(after).toEqual(before);
  },
);

test('the opt-outs recorded during the restriction are upheld objections to direct marketing', async () => {
  const t = tenantId(kaira, TRAINING);
  const rows = await inTenant(owner, t, async () => {
    const { rows } = await owner.query<{ person_id: string; channel: string }>(
      `select person_id, channel from objection where kind = 'direct_marketing' and status = 'upheld'
        and person_id = any($1::uuid[]) order by channel`,
      [[f.trainee, f.optOutPerson]],
    );
    return rows;
  });
  expect(rows).toEqual([
    { person_id: f.trainee, channel: 'staff' },
    { person_id: f.optOutPerson, channel: 'unsubscribe_link' },
  ]);
});

async function fixtures(): Promise<void> {
  const g = tenantId(kaira, GUIDANCE);
  const t = tenantId(kaira, TRAINING);
  f.coach = await idOf(owner, USERS.coach);
  const office = await idOf(owner, USERS.office);
  const dpo = await idOf(owner, USERS.eduroDpo);
  f.teOffice = await idOf(owner, TE_OFFICE);
  f.controller = kaira.registry.bySlug(GUIDANCE)!.controllerOrganisationId;
  f.client = await createClient(kaira, {
    tenant: GUIDANCE,
    coach: USERS.coach,
    referredBy: TE_OFFICE,
    consent: { categories: ['employment', 'guidance', 'rehabilitation'], disclosesToPurchaser: true },
  });
  f.unassigned = await createClient(kaira, { tenant: GUIDANCE });
  f.emergencyPerson = await createClient(kaira, { tenant: GUIDANCE });
  await openEmergencyAccess(kaira, GUIDANCE, f.coach, f.emergencyPerson, 'the client called in crisis');
  await inTenant(
    owner,
    g,
    async () => {
      f.emergency = (
        await owner.query('select id from emergency_access where person_id = $1', [f.emergencyPerson])
      ).rows[0].id;
      f.assignment = (await owner.query('select id from assignment where person_id = $1', [X()])).rows[0].id;
      f.period = (await owner.query('select id from service_period where person_id = $1', [X()])).rows[0].id;
      f.statement = randomUUID();
      await owner.query(
        `insert into guidance_entry (id, tenant_id, person_id, kind, category, content, version, first_version_id, author_id)
         values ($1, $2, $3, 'statement', 'statement', 'Lausunto.', 1, $1, $4)`,
        [f.statement, g, X(), f.coach],
      );
      // A sent survey with a one-time link for the client, and a draft to send.
      const survey = randomUUID();
      const draft = randomUUID();
      const question = randomUUID();
      await owner.query(
        `insert into survey (id, tenant_id, title, created_by, updated_by, sent_at) values ($1, $2, 'Palaute', $3, $3, null),
           ($4, $2, 'Luonnos', $3, $3, null)`,
        [survey, g, f.coach, draft],
      );
      await owner.query(
        `insert into survey_question (id, tenant_id, survey_id, position, kind, prompt) values ($1, $2, $3, 1, 'free-text', 'Miten menee?'),
           ($4, $2, $5, 1, 'free-text', 'Miten menee?')`,
        [question, g, survey, randomUUID(), draft],
      );
      await owner.query('update survey set sent_at = now() where id = $1', [survey]);
      const { token, hash } = surveyTokens.create(g);
      await owner.query(
        `insert into survey_invitation (id, tenant_id, survey_id, person_id, token_hash, sent_by, expires_at)
         values ($1, $2, $3, $4, $5, $6, now() + interval '7 days')`,
        [randomUUID(), g, survey, X(), hash, f.coach],
      );
      f.token = token;
      f.answers = JSON.stringify([{ questionId: question, text: 'Hyvin.' }]);
      f.draftSurvey = draft;
      f.pendingDisclosure = randomUUID();
      f.approvedDisclosure = randomUUID();
      for (const [id, approved] of [
        [f.pendingDisclosure, false],
        [f.approvedDisclosure, true],
      ] as const) {
        await owner.query(
          `insert into disclosure_request (id, tenant_id, person_id, recipient_name, recipient_business_id,
             recipient_country, recipient_address, basis_kind, basis_document_ref, basis_document_date, categories,
             status, registered_by, decided_by, decided_at, decision_reason)
           values ($1, $2, $3, 'Kela', '0246246-0', 'FI', 'kela@example.fi', 'data_subject_request', 'REQ-1',
             current_date, '{statement}', $4, $5, $6, $7, $8)`,
          [
            id,
            g,
            X(),
            approved ? 'approved' : 'pending',
            office,
            approved ? dpo : null,
            approved ? new Date() : null,
            approved ? 'ok' : null,
          ],
        );
      }
    },
    { commit: true },
  );
  f.rectification = await rightsRequest(owner, g, X(), { kind: 'rectification', registeredBy: office });
  f.erasure = await rightsRequest(owner, g, X(), { kind: 'erasure', registeredBy: office });

  // A trainee with a henkilötunnus, enrolled nowhere yet; the public form names them by it.
  f.traineeCode = composeIdentityCode('150385', '-', 412);
  f.trainee = await TenantTransaction.within(kaira.orm, { tenantId: t, userId: office }, async (em) => {
    const values = newPersonValues(kaira.config.keys, t, {
      firstName: 'Rajoitettu',
      lastName: 'Kurssilainen',
      personalIdentityCode: f.traineeCode,
      email: 'rajoitettu@example.fi',
    });
    em.create(Person, values);
    await em.flush();
    return values.id;
  });
  f.session = await inTenant(
    owner,
    t,
    async () =>
      (await owner.query('select id from training_session where starts_at > now() order by starts_at limit 1')).rows[0]
        .id,
  );

  await trainingRecords(t, office);

  for (const [slug, personId] of [
    [GUIDANCE, X()],
    [GUIDANCE, f.unassigned],
    [GUIDANCE, f.emergencyPerson],
    [TRAINING, f.trainee],
    [TRAINING, f.optOutPerson],
  ] as const) {
    await inTenant(
      owner,
      tenantId(kaira, slug),
      () =>
        owner.query(
          `insert into person_restriction (id, tenant_id, person_id, reason, restricted_by)
           values (gen_random_uuid(), $1, $2, 'accuracy contested (GDPR 18(1)(a))', $3)`,
          [tenantId(kaira, slug), personId, dpo],
        ),
      { commit: true },
    );
  }
}

/**
 * The trainee's card-training records, made through the API as OFFICE before the restriction: enrolments on
 * five ttk sessions at the stages the cases need (enrolled; identity checked with a proposed contact change;
 * passed; carded with a pending scheme report and an open invoice; carded and reported). And a second
 * person with an unused unsubscribe link of an announcement.
 */
async function trainingRecords(t: string, office: string): Promise<void> {
  const asOffice = { token: await kaira.tokenFor(USERS.office), tenant: TRAINING };
  const ok = <D>(result: { data?: D | null; errors?: unknown }): D => {
    if (!result.data || result.errors) throw new Error(`fixture failed: ${JSON.stringify(result.errors)}`);
    return result.data;
  };
  const walkIn = async (email: string | null = null) => {
    const session = await sessionOf(owner, t, 'ttk');
    const input = walkInInput(session, 0, {
      firstName: 'Rajoitettu',
      lastName: 'Kurssilainen',
      personalIdentityCode: f.traineeCode,
      email,
      mobile: null,
    });
    return ok(await kaira.gql(RecordParticipantDocument, { input }, asOffice)).recordParticipant.enrolmentId;
  };
  const check = async (enrolmentId: string) =>
    ok(await kaira.gql(RecordIdentityCheckDocument, { input: { enrolmentId, documentType: 'PASSPORT' } }, asOffice));
  const pass = async (enrolmentId: string) => {
    await check(enrolmentId);
    const done = ok(await kaira.gql(RecordExamAttemptDocument, { input: { enrolmentId, passed: true } }, asOffice));
    return done.recordExamAttempt.examAttempts[0]!.id;
  };
  const card = async (enrolmentId: string) => {
    await pass(enrolmentId);
    const cardId = ok(await kaira.gql(IssueCardDocument, { input: { enrolmentId } }, asOffice)).issueCard.card!.id;
    return inTenant(owner, t, async () => {
      const { rows } = await owner.query<{ id: string }>('select id from scheme_report where card_id = $1', [cardId]);
      return rows[0]!.id;
    });
  };

  f.enrolled = await walkIn();
  f.checked = await walkIn('uusi.osoite@example.fi');
  await check(f.checked);
  f.passed = await walkIn();
  f.passedAttempt = await pass(f.passed);
  const carded = await walkIn();
  f.pendingReport = await card(carded);
  f.invoice = ok(
    await kaira.gql(
      CreateInvoiceDocument,
      { input: { enrolmentId: carded, amountCents: 24900, dueDate: daysFromNow(30) } },
      asOffice,
    ),
  ).createInvoice.id;
  f.sentReport = await card(await walkIn());
  ok(await kaira.gql(MarkSchemeReportSentDocument, { id: f.sentReport }, asOffice));
  f.ttk = await cardTypeId(owner, t, 'ttk');

  await inTenant(
    owner,
    t,
    async () => {
      f.contactChange = (
        await owner.query('select id from pending_contact_change where enrolment_id = $1', [f.checked])
      ).rows[0].id;
      f.company = (
        await owner.query('select company_id from enrolment where id = $1', [f.enrolled])
      ).rows[0].company_id;
      // Another trainee with an unused opt-out link of an earlier announcement.
      f.optOutPerson = randomUUID();
      await owner.query(
        `insert into person (id, tenant_id, first_name, last_name, email) values ($1, $2, 'Kielto', 'Linkki', 'kielto@example.fi')`,
        [f.optOutPerson, t],
      );
      const announcement = randomUUID();
      await owner.query(
        `insert into marketing_announcement (id, tenant_id, card_type_id, expiring_within_days, subject, text_body,
                                             recipient_count, sent_by)
         values ($1, $2, $3, null, 'Kertauskoulutus', 'Uusi kurssi.', 1, $4)`,
        [announcement, t, f.ttk, office],
      );
      const { token, hash } = unsubscribeTokens.create(t);
      await owner.query(
        `insert into marketing_unsubscribe_link (id, tenant_id, person_id, announcement_id, token_hash)
         values ($1, $2, $3, $4, $5)`,
        [randomUUID(), t, f.optOutPerson, announcement, hash],
      );
      f.unsubscribeToken = token;
    },
    { commit: true },
  );
}
