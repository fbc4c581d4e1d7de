import type { Client as Pg } from 'pg';
import {
  AcknowledgeSchemeReportDocument,
  AttachExamEvidenceDocument,
  CompleteParticipantDataDocument,
  CompletionsForSchemeDocument,
  DecideContactChangeDocument,
  ExamEvidenceDocument,
  IssueCardDocument,
  IssueTemporaryCertificateDocument,
  MarkSchemeReportSentDocument,
  ParticipantDocument,
  PersonTrainingRecordDocument,
  RecordAttendanceDocument,
  RecordExamAttemptDocument,
  RecordIdentityCheckDocument,
  RecordParticipantDocument,
  RejectSchemeReportDocument,
  SessionParticipantsDocument,
} from '../generated/graphql';
import { inTenant } from '../isolation/sql';
import { lastSeq, logRows } from '../logs/log-support';
import { connect } from '../support/database';
import { codeOf, startKaira, USERS, type Kaira } from '../support/kaira';
import { expectDecision, matrixCases, type Tenant, type User } from '../support/rules-matrix';
import { sessionOf, walkIn, walkInInput } from './records.support';

// Every participant-record operation × every demo principal × every tenant: allowed, or FORBIDDEN.
// Written out from DOMAIN.md §3 and issue 3 item 11, not derived from the rules under test: OFFICE runs
// the register; a TRAINER records and reads the participants of sessions they teach (never cards, the
// scheme queue or a person's whole record); the controller's DPO reads for rights requests; ADMIN and
// every role of the guidance registers, and every user in both guidance tenants, are refused.

const training = (tenant: Tenant, users: User[]): User[] => (tenant === 'eduro-training' ? users : []);
const readers = (t: Tenant) => training(t, ['office', 'trainer', 'eduroDpo']);
const atTraining = (t: Tenant) => training(t, ['office', 'trainer']);
const register = (t: Tenant) => training(t, ['office', 'eduroDpo']);
const office = (t: Tenant) => training(t, ['office']);

const NOBODY = '00000000-0000-4000-8000-0000000000aa';
let kaira: Kaira;
let owner: Pg;
let tid: string;
let taught: string;
let shared: { enrolmentId: string; personId: string; attemptId: string; evidenceId: string };
let n = 100;

beforeAll(async () => {
  kaira = await startKaira();
  owner = await connect(kaira.db.ownerUrl);
  tid = kaira.registry.bySlug('eduro-training')!.id;
  taught = await sessionOf(owner, tid, 'ttk', { taught: true, capacity: 200 });
  const walked = await walkIn(kaira, taught, n++);
  const attemptId = (await passedEnrolment(walked.enrolmentId)).attemptId;
  const evidence = await kaira.gql(
    AttachExamEvidenceDocument,
    { input: { attemptId, fileName: 'koe.pdf', contentBase64: PDF } },
    await as('office'),
  );
  shared = { ...walked, attemptId, evidenceId: evidence.data!.attachExamEvidence.id };
});
afterAll(async () => {
  await owner?.end();
  await kaira?.close();
});

const PDF = Buffer.from('%PDF-1.4\n%%EOF\n', 'latin1').toString('base64');
const as = async (user: User) => ({ token: await kaira.tokenFor(USERS[user]), tenant: 'eduro-training' });

async function fresh(): Promise<string> {
  return (await walkIn(kaira, taught, n++)).enrolmentId;
}

async function checked(): Promise<string> {
  const enrolmentId = await fresh();
  await kaira.gql(
    RecordIdentityCheckDocument,
    { input: { enrolmentId, documentType: 'PASSPORT' } },
    await as('office'),
  );
  return enrolmentId;
}

async function passedEnrolment(existing?: string): Promise<{ enrolmentId: string; attemptId: string }> {
  const enrolmentId = existing ?? (await fresh());
  await kaira.gql(
    RecordIdentityCheckDocument,
    { input: { enrolmentId, documentType: 'PASSPORT' } },
    await as('office'),
  );
  const r = await kaira.gql(RecordExamAttemptDocument, { input: { enrolmentId, passed: true } }, await as('office'));
  return { enrolmentId, attemptId: r.data!.recordExamAttempt.examAttempts[0]!.id };
}

async function pendingReport(): Promise<string> {
  const { enrolmentId } = await passedEnrolment();
  const card = await kaira.gql(IssueCardDocument, { input: { enrolmentId } }, await as('office'));
  return inTenant(owner, tid, async () => {
    const { rows } = await owner.query<{ id: string }>('select id from scheme_report where card_id = $1', [
      card.data!.issueCard.card!.id,
    ]);
    return rows[0]!.id;
  });
}

async function sentReport(): Promise<string> {
  const id = await pendingReport();
  await kaira.gql(MarkSchemeReportSentDocument, { id }, await as('office'));
  return id;
}

async function pendingChange(): Promise<string> {
  return inTenant(
    owner,
    tid,
    async () => {
      const { rows } = await owner.query<{ id: string }>(
        `insert into pending_contact_change (id, tenant_id, person_id, enrolment_id, proposed_email)
         values (gen_random_uuid(), $1, $2, $3, 'ehdotettu@example.fi') returning id`,
        [tid, shared.personId, shared.enrolmentId],
      );
      return rows[0]!.id;
    },
    { commit: true },
  );
}

type Run = (real: boolean) => Promise<{ doc: unknown; vars: unknown }>;
// `real`: the case is allowed, so it gets a fixture of its own; a refused case is refused before any id is read.
const operations: Record<string, { allowed: (t: Tenant) => readonly User[]; run: Run }> = {
  sessionParticipants: {
    allowed: readers,
    run: async () => ({ doc: SessionParticipantsDocument, vars: { sessionId: taught } }),
  },
  participant: {
    allowed: readers,
    run: async () => ({ doc: ParticipantDocument, vars: { enrolmentId: shared.enrolmentId } }),
  },
  personTrainingRecord: {
    allowed: register,
    run: async () => ({ doc: PersonTrainingRecordDocument, vars: { personId: shared.personId } }),
  },
  examEvidence: { allowed: readers, run: async () => ({ doc: ExamEvidenceDocument, vars: { id: shared.evidenceId } }) },
  completionsForScheme: {
    allowed: register,
    // The demo's acknowledged TTK report: a list with a person in it.
    run: async () => ({
      doc: CompletionsForSchemeDocument,
      vars: { schemeOwner: 'Työturvallisuuskeskus TTK', status: 'ACKNOWLEDGED' },
    }),
  },
  recordParticipant: {
    allowed: atTraining,
    run: async () => ({ doc: RecordParticipantDocument, vars: { input: walkInInput(taught, n++) } }),
  },
  completeParticipantData: {
    allowed: atTraining,
    run: async () => ({
      doc: CompleteParticipantDataDocument,
      vars: { input: { enrolmentId: shared.enrolmentId, email: 'paikalla100@example.fi' } },
    }),
  },
  decideContactChange: {
    allowed: atTraining,
    run: async (real) => ({
      doc: DecideContactChangeDocument,
      vars: { input: { id: real ? await pendingChange() : NOBODY, decision: 'REJECTED' } },
    }),
  },
  recordIdentityCheck: {
    allowed: atTraining,
    run: async (real) => ({
      doc: RecordIdentityCheckDocument,
      vars: { input: { enrolmentId: real ? await fresh() : NOBODY, documentType: 'IDENTITY_CARD' } },
    }),
  },
  recordAttendance: {
    allowed: atTraining,
    run: async () => ({
      doc: RecordAttendanceDocument,
      vars: { input: { enrolmentId: shared.enrolmentId, attended: true } },
    }),
  },
  recordExamAttempt: {
    allowed: atTraining,
    run: async (real) => ({
      doc: RecordExamAttemptDocument,
      vars: { input: { enrolmentId: real ? await checked() : NOBODY, passed: false } },
    }),
  },
  attachExamEvidence: {
    allowed: atTraining,
    run: async () => ({
      doc: AttachExamEvidenceDocument,
      vars: { input: { attemptId: shared.attemptId, fileName: 'sivu.pdf', contentBase64: PDF } },
    }),
  },
  issueCard: {
    allowed: office,
    run: async (real) => ({
      doc: IssueCardDocument,
      vars: { input: { enrolmentId: real ? (await passedEnrolment()).enrolmentId : NOBODY } },
    }),
  },
  issueTemporaryCertificate: {
    allowed: office,
    run: async (real) => ({
      doc: IssueTemporaryCertificateDocument,
      vars: { input: { enrolmentId: real ? (await passedEnrolment()).enrolmentId : NOBODY, days: 14 } },
    }),
  },
  markSchemeReportSent: {
    allowed: office,
    run: async (real) => ({ doc: MarkSchemeReportSentDocument, vars: { id: real ? await pendingReport() : NOBODY } }),
  },
  acknowledgeSchemeReport: {
    allowed: office,
    run: async (real) => ({ doc: AcknowledgeSchemeReportDocument, vars: { id: real ? await sentReport() : NOBODY } }),
  },
  rejectSchemeReport: {
    allowed: office,
    run: async (real) => ({
      doc: RejectSchemeReportDocument,
      vars: { input: { id: real ? await sentReport() : NOBODY, reason: 'Puuttuva tieto' } },
    }),
  },
};

// Every operation returns a participant's data: an allowed one writes its use-log entry (DOMAIN.md §5).
test.each(matrixCases(operations))('$operation in $tenant by $user: allowed $allowed', async (c) => {
  const { doc, vars } = await operations[c.operation]!.run(c.allowed);
  const before = await lastSeq(owner, tid);
  await expectDecision(kaira, c, doc, vars);
  const logged = (await logRows(owner, tid, 'use_log', before)).map((e) => e.entry.operation);
  expect(logged).toEqual(c.allowed && c.tenant === 'eduro-training' ? [c.operation] : []);
});

test.each(Object.keys(operations))('%s without credentials is UNAUTHENTICATED', async (operation) => {
  const { doc, vars } = await operations[operation]!.run(false);
  expect(codeOf(await kaira.gql(doc as never, vars as never, { tenant: 'eduro-training' }))).toBe('UNAUTHENTICATED');
});

test('a refused role is told why, and a guidance tenant names the card-training register', async () => {
  const admin = await kaira.gql(SessionParticipantsDocument, { sessionId: taught }, await as('admin'));
  expect(codeOf(admin)).toBe('FORBIDDEN');
  expect(admin.errors?.[0]?.message).toMatch(/OFFICE|TRAINER|DPO/);
  const trainer = await kaira.gql(
    IssueCardDocument,
    { input: { enrolmentId: shared.enrolmentId } },
    await as('trainer'),
  );
  expect(trainer.errors?.[0]?.message).toMatch(/OFFICE/);
  const guidance = await kaira.gql(
    SessionParticipantsDocument,
    { sessionId: taught },
    { token: await kaira.tokenFor(USERS.office), tenant: 'eduro-guidance' },
  );
  expect(codeOf(guidance)).toBe('FORBIDDEN');
  expect(guidance.errors?.[0]?.message).toMatch(/card-training register/);
});
