import { Client, type Client as Pg } from 'pg';
import {
  AttachExamEvidenceDocument,
  ChangeInvoiceStatusDocument,
  CreateInvoiceDocument,
  EraseOnRequestDocument,
  ErasureCertificateDocument,
  IssueCardDocument,
  RecordAttendanceDocument,
  RecordExamAttemptDocument,
  RecordIdentityCheckDocument,
} from '../generated/graphql';
import { tenantId } from '../guidance/guidance.support';
import { inTenant } from '../isolation/sql';
import { connect } from '../support/database';
import { testServerEnv } from '../support/env';
import { startKaira, USERS, type Kaira } from '../support/kaira';
import { disclosedTo, outboxOf } from '../objection/rights-fixtures';
import { richGuidanceClient, richTrainee, type RichPerson } from './erasure.support';

// Issue 5, done when: "a full erasure leaves no trace of the person outside the certificate and the logs".
// Every table of the database is scanned as the superuser (no RLS, no grants in the way) for the person's
// id, henkilötunnus HMAC, names and email, each row compared as its whole text form.

let kaira: Kaira;
let owner: Pg;
let superuser: Pg;
let app: Pg;
const ALLOWED = new Set(['use_log', 'disclosure_log', 'erasure_certificate']);

beforeAll(async () => {
  kaira = await startKaira();
  owner = await connect(kaira.db.ownerUrl);
  app = await connect(kaira.db.appUrl);
  const url = new URL(testServerEnv().superuserUrl);
  url.pathname = `/${kaira.db.name}`;
  superuser = new Client({ connectionString: url.toString() });
  await superuser.connect();
});
afterAll(async () => {
  await superuser?.end();
  await app?.end();
  await owner?.end();
  await kaira?.close();
});

/** Tables (schema.table) whose rows mention any of the needles, as the superuser. */
async function traces(needles: string[]): Promise<Record<string, string[]>> {
  const { rows: tables } = await superuser.query<{ name: string }>(
    `select format('%I.%I', n.nspname, c.relname) as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname in ('public', 'kaira') and c.relkind in ('r', 'p')`,
  );
  const found: Record<string, string[]> = {};
  for (const { name } of tables) {
    for (const needle of needles) {
      const { rows } = await superuser.query<{ n: string }>(
        `select count(*) as n from ${name} t where strpos(lower(t::text), lower($1)) > 0`,
        [needle],
      );
      if (Number(rows[0]!.n) > 0) (found[name.replace(/^public\./, '')] ??= []).push(needle);
    }
  }
  return found;
}

const needlesOf = (p: RichPerson) => [p.personId, p.lookup, p.firstName, p.lastName, p.email];

async function eraseAll(slug: string, p: RichPerson, user: keyof typeof USERS) {
  const result = await kaira.gql(
    EraseOnRequestDocument,
    { input: { requestId: p.requestId, reason: 'the person asked; no hold keeps anything' } },
    { token: await kaira.tokenFor(USERS[user]), tenant: slug },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.eraseOnRequest;
}

test('before the erasure the scan finds the person in many tables (the scan itself works)', async () => {
  const p = await richGuidanceClient(kaira, owner, 'eduro-guidance');
  const found = await traces(needlesOf(p));
  expect(Object.keys(found)).toEqual(
    expect.arrayContaining([
      'person',
      'client_profile',
      'guidance_entry',
      'consent_record',
      'rights_request',
      'outbox_message',
    ]),
  );
});

test.each([
  ['eduro-guidance', 'eduroDpo'],
  ['rovaniemi-guidance', 'cityOfficer'],
] as const)('a full erasure in %s leaves the person only in the logs', async (slug, user) => {
  const p = await richGuidanceClient(kaira, owner, slug);
  const recipient = `kirjaamo.${p.personId.slice(0, 8)}@kela.example`;
  await disclosedTo(app, tenantId(kaira, slug), p.personId, recipient);
  const certificate = await eraseAll(slug, p, user);
  expect(certificate.complete).toBe(true);
  expect(certificate.kept).toEqual([]);
  expect(certificate.erased.map((e) => e.category)).toEqual(
    expect.arrayContaining([
      'name',
      'personalIdentityCode',
      'email',
      'assessment',
      'statement',
      'consents',
      'messages',
    ]),
  );
  const found = await traces(needlesOf(p));
  const outside = Object.fromEntries(Object.entries(found).filter(([table]) => !ALLOWED.has(table)));
  expect(outside).toEqual({});
  expect(found.erasure_certificate).toBeUndefined();
  // The case stays as the controller's proof, anonymised; the certificate is found by the request.
  const request = await inTenant(
    owner,
    tenantId(kaira, slug),
    async () =>
      (await owner.query('select status, person_id, stated_identity from rights_request where id = $1', [p.requestId]))
        .rows,
  );
  expect(request).toEqual([
    { status: 'completed', person_id: null, stated_identity: 'erased person (see the erasure certificate)' },
  ]);
  // GDPR 19: the recipient is told, by a message that survives the erasure and names nobody.
  const notices = (await outboxOf(owner, tenantId(kaira, slug), 'art19-erasure')).filter(
    (m) => m.to_address === recipient,
  );
  expect(notices).toEqual([{ to_address: recipient, person_id: null, text_body: expect.stringContaining('erased') }]);
  const again = await kaira.gql(
    ErasureCertificateDocument,
    { requestId: p.requestId },
    { token: await kaira.tokenFor(USERS[user]), tenant: slug },
  );
  expect(again.data?.erasureCertificate).toMatchObject({ id: certificate.id, complete: true });
});

test('a full erasure of a trainee takes their enrolment, proposed contact change and their own company', async () => {
  const p = await richTrainee(kaira, owner);
  const certificate = await eraseAll('eduro-training', p, 'eduroDpo');
  expect(certificate.complete).toBe(true);
  const found = await traces(needlesOf(p));
  expect(Object.keys(found).filter((t) => !ALLOWED.has(t))).toEqual([]);
});

test('a full erasure of a trainee with a whole training record takes the card, exams, scans and paid invoice', async () => {
  const p = await richTrainee(kaira, owner);
  const slug = 'eduro-training';
  const office = { token: await kaira.tokenFor(USERS.office), tenant: slug };
  const [{ enrolment, pass_mark }] = await inTenant(owner, tenantId(kaira, slug), async () => {
    const { rows } = await owner.query<{ enrolment: string; pass_mark: string | null }>(
      `select e.id as enrolment, ct.exam_pass_mark as pass_mark from enrolment e
         join training_session s on s.tenant_id = e.tenant_id and s.id = e.session_id
         join card_type ct on ct.tenant_id = s.tenant_id and ct.id = s.card_type_id
        where e.person_id = $1`,
      [p.personId],
    );
    return rows;
  });
  const ok = async <T>(result: Promise<{ data?: T | null; errors?: unknown }>): Promise<T> => {
    const { data, errors } = await result;
    expect(errors).toBeUndefined();
    return data!;
  };
  const input = { enrolmentId: enrolment };
  await ok(kaira.gql(RecordIdentityCheckDocument, { input: { ...input, documentType: 'PASSPORT' } }, office));
  await ok(kaira.gql(RecordAttendanceDocument, { input: { ...input, attended: true } }, office));
  const exam = pass_mark === null ? { passed: true } : { score: 100 };
  const attempt = await ok(kaira.gql(RecordExamAttemptDocument, { input: { ...input, ...exam } }, office));
  const attemptId = attempt.recordExamAttempt.examAttempts[0]!.id;
  const pdf = Buffer.from(`%PDF-1.4\n% exam sheet of ${p.lastName}\n%%EOF\n`).toString('base64');
  await ok(
    kaira.gql(
      AttachExamEvidenceDocument,
      { input: { attemptId, fileName: `${p.lastName}.pdf`, contentBase64: pdf } },
      office,
    ),
  );
  await ok(kaira.gql(IssueCardDocument, { input }, office));
  const invoice = await ok(
    kaira.gql(CreateInvoiceDocument, { input: { ...input, amountCents: 19_900, dueDate: '2026-12-31' } }, office),
  );
  const paid = { invoiceId: invoice.createInvoice.id, status: 'PAID' as const };
  await ok(kaira.gql(ChangeInvoiceStatusDocument, { input: paid }, office));
  const before = await traces([p.personId]);
  expect(Object.keys(before)).toEqual(
    expect.arrayContaining(['identity_check', 'attendance', 'exam_attempt', 'exam_evidence', 'card', 'invoice']),
  );

  const certificate = await eraseAll(slug, p, 'eduroDpo');
  expect(certificate.complete).toBe(true);
  expect(certificate.erased.map((e) => e.category)).toEqual(
    expect.arrayContaining(['cardTrainings', 'examEvidence', 'identityCheck', 'companyBillingDetails']),
  );
  const found = await traces([...needlesOf(p), `${p.lastName}.pdf`]);
  expect(Object.keys(found).filter((t) => !ALLOWED.has(t))).toEqual([]);
});
