import { createHash } from 'node:crypto';
import type { Client as Pg } from 'pg';
import { cardValidUntil } from '../../src/modules/training/card-validity';
import { todayInFinland } from '../../src/dates';
import {
  AcknowledgeSchemeReportDocument,
  AttachExamEvidenceDocument,
  CompleteParticipantDataDocument,
  CompletionsForSchemeDocument,
  DecideContactChangeDocument,
  type IdentityDocumentType,
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
import { inTenant, sqlError } from '../isolation/sql';
import { lastSeq, logRows } from '../logs/log-support';
import { connect } from '../support/database';
import { codeOf, startKaira, USERS, type GraphQLResult, type Kaira } from '../support/kaira';
import { sessionOf, walkIn, walkInCode, walkInInput } from './records.support';
import { count } from './training.support';

// Participants' card-training records (issue 3 items 4–8): the on-site form, identity check, attendance,
// exams with the retake limit and evidence, cards with validity and refreshers, temporary certificates,
// and the scheme-report queue with its disclosure-log entries. Every read lands in the use log.

const tenant = 'eduro-training';
let kaira: Kaira;
let owner: Pg;
let tid: string;

beforeAll(async () => {
  kaira = await startKaira({ env: { KAIRA_EVIDENCE_MAX_BYTES: '2048' } });
  owner = await connect(kaira.db.ownerUrl);
  tid = kaira.registry.bySlug(tenant)!.id;
});
afterAll(async () => {
  await owner.end();
  await kaira.close();
});

const as = async (user: keyof typeof USERS) => ({ token: await kaira.tokenFor(USERS[user]), tenant });

function expectCode(result: GraphQLResult<unknown>, code: string, field?: string): void {
  expect(codeOf(result)).toBe(code);
  if (field) expect(result.errors?.[0]?.extensions?.field).toBe(field);
  expect(result.data).toBeNull();
}

const PDF = Buffer.from('%PDF-1.4\n% exam sheet\n%%EOF\n', 'latin1');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32, 7)]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(32, 1)]);

async function check(
  enrolmentId: string,
  documentType: IdentityDocumentType = 'PASSPORT',
  user: keyof typeof USERS = 'office',
) {
  const result = await kaira.gql(RecordIdentityCheckDocument, { input: { enrolmentId, documentType } }, await as(user));
  expect(result.errors).toBeUndefined();
  return result.data!.recordIdentityCheck;
}

async function attempt(
  input: { enrolmentId: string; score?: number; passed?: boolean },
  user: keyof typeof USERS = 'office',
) {
  return kaira.gql(RecordExamAttemptDocument, { input }, await as(user));
}

describe('the on-site personal-data form', () => {
  test('a trainer records a walk-in on a session they teach: person and enrolment created, read use-logged', async () => {
    const session = await sessionOf(owner, tid, 'ttk', { taught: true });
    const before = await lastSeq(owner, tid);
    const result = await kaira.gql(RecordParticipantDocument, { input: walkInInput(session, 1) }, await as('trainer'));
    expect(result.errors).toBeUndefined();
    const p = result.data!.recordParticipant;
    expect(p.person).toMatchObject({
      firstName: 'Onni',
      lastName: 'Paikalla1',
      personalIdentityCodeMasked: '240392-****',
    });
    expect(p.company.name).toBe('Lapin Rakennus Oy');
    expect(p.identityCheck).toBeNull();
    const entries = await logRows(owner, tid, 'use_log', before);
    expect(entries.map((e) => [e.entry.operation, e.person_ids])).toEqual([['recordParticipant', [p.person.id]]]);
  });

  test('a trainer cannot record on, or read, a session they do not teach (NOT_FOUND, nothing written)', async () => {
    const session = await sessionOf(owner, tid, 'ttk');
    const people = await count(owner, tid, 'person');
    expectCode(
      await kaira.gql(RecordParticipantDocument, { input: walkInInput(session, 2) }, await as('trainer')),
      'NOT_FOUND',
    );
    expectCode(await kaira.gql(SessionParticipantsDocument, { sessionId: session }, await as('trainer')), 'NOT_FOUND');
    const { enrolmentId } = await walkIn(kaira, session, 3);
    expectCode(await kaira.gql(ParticipantDocument, { enrolmentId }, await as('trainer')), 'NOT_FOUND');
    expect(await count(owner, tid, 'person')).toBe(people + 1);
  });

  test('a walk-in takes a seat: a full session is SESSION_FULL', async () => {
    const session = await sessionOf(owner, tid, 'ttk', { capacity: 1 });
    await walkIn(kaira, session, 14);
    expectCode(
      await kaira.gql(RecordParticipantDocument, { input: walkInInput(session, 15) }, await as('office')),
      'SESSION_FULL',
    );
    expect(await count(owner, tid, 'enrolment', 'session_id = $1', [session])).toBe(1);
  });

  test('bad input names the field and writes nothing', async () => {
    const session = await sessionOf(owner, tid, 'ttk', { taught: true });
    const before = await count(owner, tid, 'enrolment');
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ firstName: ' ' }, 'firstName'],
      [{ personalIdentityCode: '010190-999K' }, 'personalIdentityCode'],
      [{ email: 'not-an-address' }, 'email'],
      [{ mobile: 'abc' }, 'mobile'],
      [{ company: null, companyId: null }, 'companyId'],
      [{ company: null, companyId: '00000000-0000-4000-8000-000000000000' }, 'companyId'],
      [{ position: '' }, 'position'],
    ];
    for (const [patch, field] of cases) {
      expectCode(
        await kaira.gql(RecordParticipantDocument, { input: walkInInput(session, 4, patch) }, await as('office')),
        'BAD_USER_INPUT',
        field,
      );
    }
    expect(await count(owner, tid, 'enrolment')).toBe(before);
  });

  test('a known henkilötunnus attaches the person: empty fields completed, a differing email waits for the identity check', async () => {
    const first = await sessionOf(owner, tid, 'ttk');
    const { personId } = await walkIn(kaira, first, 5);
    await inTenant(owner, tid, () => owner.query('update person set phone = null where id = $1', [personId]), {
      commit: true,
    });
    const second = await sessionOf(owner, tid, 'tulityo');
    const input = walkInInput(second, 5, { email: 'uusi5@example.fi', mobile: '+358 50 111 2222' });
    const result = await kaira.gql(RecordParticipantDocument, { input }, await as('office'));
    expect(result.errors).toBeUndefined();
    const p = result.data!.recordParticipant;
    expect(p.person).toMatchObject({ id: personId, email: 'paikalla5@example.fi', mobile: '+358 50 111 2222' });
    expect(p.pendingContactChanges).toEqual([
      expect.objectContaining({ proposedEmail: 'uusi5@example.fi', proposedMobile: null, decision: null }),
    ]);
    // Repeating the form returns the same enrolment.
    const again = await kaira.gql(RecordParticipantDocument, { input }, await as('office'));
    expect(again.data!.recordParticipant.enrolmentId).toBe(p.enrolmentId);

    const change = p.pendingContactChanges[0]!.id;
    const confirm = { input: { id: change, decision: 'CONFIRMED' as const } };
    expectCode(await kaira.gql(DecideContactChangeDocument, confirm, await as('office')), 'IDENTITY_NOT_CHECKED');
    await check(p.enrolmentId);
    const decided = await kaira.gql(DecideContactChangeDocument, confirm, await as('office'));
    expect(decided.errors).toBeUndefined();
    expect(decided.data!.decideContactChange.person.email).toBe('uusi5@example.fi');
    expect(decided.data!.decideContactChange.pendingContactChanges[0]!.decision).toBe('CONFIRMED');
    // The earlier address is kept with the reason.
    const revisions = await inTenant(
      owner,
      tid,
      async () =>
        (await owner.query('select reason, previous from person_revision where person_id = $1', [personId])).rows,
    );
    expect(revisions).toEqual([expect.objectContaining({ previous: { email: 'paikalla5@example.fi' } })]);
    expectCode(await kaira.gql(DecideContactChangeDocument, confirm, await as('office')), 'CONFLICT');
  });

  test('completing data fills only empty fields; a recorded value is not overwritten', async () => {
    const session = await sessionOf(owner, tid, 'ttk', { taught: true });
    const result = await kaira.gql(
      RecordParticipantDocument,
      { input: walkInInput(session, 6, { personalIdentityCode: null, email: null }) },
      await as('trainer'),
    );
    const { enrolmentId } = result.data!.recordParticipant;
    expect(result.data!.recordParticipant.person.personalIdentityCodeMasked).toBeNull();
    const done = await kaira.gql(
      CompleteParticipantDataDocument,
      { input: { enrolmentId, email: 'taydennetty6@example.fi', personalIdentityCode: walkInCode(6) } },
      await as('trainer'),
    );
    expect(done.errors).toBeUndefined();
    expect(done.data!.completeParticipantData.person).toMatchObject({
      email: 'taydennetty6@example.fi',
      personalIdentityCodeMasked: '240392-****',
    });
    expectCode(
      await kaira.gql(
        CompleteParticipantDataDocument,
        { input: { enrolmentId, mobile: '+358 40 000 0000' } },
        await as('trainer'),
      ),
      'BAD_USER_INPUT',
      'mobile',
    );
  });
});

describe('identity check, attendance and exams', () => {
  test('an attempt needs a checked identity; hygieniapassi needs a photo ID', async () => {
    const hygiene = await sessionOf(owner, tid, 'hygieniapassi', { taught: true });
    const { enrolmentId } = await walkIn(kaira, hygiene, 10, 'trainer');
    expectCode(await attempt({ enrolmentId, passed: true }, 'trainer'), 'IDENTITY_NOT_CHECKED');
    expectCode(
      await kaira.gql(
        RecordIdentityCheckDocument,
        { input: { enrolmentId, documentType: 'KELA_CARD' } },
        await as('trainer'),
      ),
      'PHOTO_ID_REQUIRED',
    );
    const checked = await check(enrolmentId, 'PASSPORT', 'trainer');
    expect(checked.identityCheck).toMatchObject({ documentType: 'PASSPORT', photoId: true });
    expect(checked.identityCheck!.checkedBy.displayName).toBe('Kalle Kouluttaja');
    expectCode(
      await kaira.gql(
        RecordIdentityCheckDocument,
        { input: { enrolmentId, documentType: 'PASSPORT' } },
        await as('trainer'),
      ),
      'CONFLICT',
    );
    const attended = await kaira.gql(
      RecordAttendanceDocument,
      { input: { enrolmentId, attended: true } },
      await as('trainer'),
    );
    expect(attended.data!.recordAttendance.attendance!.attended).toBe(true);
    expect(
      (await attempt({ enrolmentId, passed: true }, 'trainer')).data!.recordExamAttempt.examAttempts[0]!.passed,
    ).toBe(true);
  });

  test('TTK allows the first attempt and 2 retakes: the fourth is RETAKE_LIMIT_REACHED', async () => {
    const session = await sessionOf(owner, tid, 'ttk', { taught: true });
    const { enrolmentId } = await walkIn(kaira, session, 11);
    await check(enrolmentId);
    expectCode(await attempt({ enrolmentId }), 'BAD_USER_INPUT', 'passed');
    const left: Array<number | null | undefined> = [];
    for (let i = 0; i < 3; i++) {
      const r = await attempt({ enrolmentId, passed: false }, 'trainer');
      expect(r.errors).toBeUndefined();
      left.push(r.data!.recordExamAttempt.attemptsLeft);
    }
    expect(left).toEqual([2, 1, 0]);
    const refused = await attempt({ enrolmentId, passed: true }, 'trainer');
    expectCode(refused, 'RETAKE_LIMIT_REACHED');
    expect(refused.errors![0]!.extensions!.maxRetakes).toBe(2);
    expect(await count(owner, tid, 'exam_attempt', 'enrolment_id = $1', [enrolmentId])).toBe(3);
  });

  test('five attempts at once on TTK: the first and two retakes are recorded, two are RETAKE_LIMIT_REACHED', async () => {
    const session = await sessionOf(owner, tid, 'ttk');
    const { enrolmentId } = await walkIn(kaira, session, 13);
    await check(enrolmentId);
    const results = await Promise.all(Array.from({ length: 5 }, () => attempt({ enrolmentId, passed: false })));
    expect(results.filter((r) => r.errors === undefined)).toHaveLength(3);
    expect(results.filter((r) => codeOf(r) === 'RETAKE_LIMIT_REACHED')).toHaveLength(2);
    expect(await count(owner, tid, 'exam_attempt', 'enrolment_id = $1', [enrolmentId])).toBe(3);
  });

  test('the pass is computed from the pass mark (SFS 6002: 62.5 %); passed cannot be given', async () => {
    const session = await sessionOf(owner, tid, 'sahkotyoturvallisuus');
    const { enrolmentId } = await walkIn(kaira, session, 12);
    await check(enrolmentId, 'DRIVING_LICENCE');
    expectCode(await attempt({ enrolmentId, passed: true }), 'BAD_USER_INPUT', 'passed');
    expectCode(await attempt({ enrolmentId }), 'BAD_USER_INPUT', 'score');
    expectCode(await attempt({ enrolmentId, score: 101 }), 'BAD_USER_INPUT', 'score');
    expect((await attempt({ enrolmentId, score: 62.4 })).data!.recordExamAttempt.examAttempts[0]!.passed).toBe(false);
    const second = (await attempt({ enrolmentId, score: 62.5 })).data!.recordExamAttempt;
    expect(second.examAttempts.map((a) => [a.attemptNumber, a.score, a.passed])).toEqual([
      [1, 62.4, false],
      [2, 62.5, true],
    ]);
    expectCode(await attempt({ enrolmentId, score: 90 }), 'CONFLICT');
  });
});

describe('evidence materials', () => {
  let attemptId: string;
  let personId: string;
  beforeAll(async () => {
    const session = await sessionOf(owner, tid, 'ttk', { taught: true });
    const walked = await walkIn(kaira, session, 20);
    personId = walked.personId;
    await check(walked.enrolmentId);
    attemptId = (await attempt({ enrolmentId: walked.enrolmentId, passed: true })).data!.recordExamAttempt
      .examAttempts[0]!.id;
  });

  const attach = async (content: Buffer | string, fileName = 'koe.pdf') =>
    kaira.gql(
      AttachExamEvidenceDocument,
      {
        input: {
          attemptId,
          fileName,
          contentBase64: typeof content === 'string' ? content : content.toString('base64'),
        },
      },
      await as('trainer'),
    );

  test('the type comes from the content, the SHA-256 is kept, and a download is use-logged', async () => {
    const pdf = await attach(PDF);
    expect(pdf.data!.attachExamEvidence).toMatchObject({
      fileName: 'koe.pdf',
      mediaType: 'application/pdf',
      sizeBytes: PDF.length,
      sha256: createHash('sha256').update(PDF).digest('hex'),
    });
    // Named .pdf, but the bytes are a PNG, and a JPEG from a path: the content decides.
    expect((await attach(PNG, 'skannaus.pdf')).data!.attachExamEvidence.mediaType).toBe('image/png');
    expect((await attach(JPEG, 'C:\\skannit\\sivu2.jpg')).data!.attachExamEvidence).toMatchObject({
      mediaType: 'image/jpeg',
      fileName: 'sivu2.jpg',
    });
    const before = await lastSeq(owner, tid);
    const download = await kaira.gql(
      ExamEvidenceDocument,
      { id: pdf.data!.attachExamEvidence.id },
      await as('eduroDpo'),
    );
    expect(Buffer.from(download.data!.examEvidence.contentBase64, 'base64').equals(PDF)).toBe(true);
    const entries = await logRows(owner, tid, 'use_log', before);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      person_ids: [personId],
      entry: { operation: 'examEvidence', basis: 'CONTROLLER_OVERSIGHT' },
    });
    expect(entries[0]!.entry.data).toContain('contentBase64');
  });

  test('anything but PDF, JPEG or PNG, bad base64 and oversize scans are refused, nothing stored', async () => {
    const before = await count(owner, tid, 'exam_evidence');
    expectCode(await attach(Buffer.from('GIF89a....')), 'BAD_USER_INPUT', 'contentBase64');
    expectCode(await attach(Buffer.from('just text, named pdf')), 'BAD_USER_INPUT', 'contentBase64');
    expectCode(await attach('not base64!'), 'BAD_USER_INPUT', 'contentBase64');
    expectCode(await attach(Buffer.concat([PDF, Buffer.alloc(2048)])), 'BAD_USER_INPUT', 'contentBase64');
    expectCode(await attach(PDF, ' '), 'BAD_USER_INPUT', 'fileName');
    expect(await count(owner, tid, 'exam_evidence')).toBe(before);
  });
});

describe('cards, refreshers and temporary certificates', () => {
  async function passed(code: string, n: number, documentType: IdentityDocumentType = 'PASSPORT') {
    const session = await sessionOf(owner, tid, code);
    const walked = await walkIn(kaira, session, n);
    await check(walked.enrolmentId, documentType);
    const r = await attempt(
      code === 'sahkotyoturvallisuus'
        ? { enrolmentId: walked.enrolmentId, score: 80 }
        : { enrolmentId: walked.enrolmentId, passed: true },
    );
    expect(r.errors).toBeUndefined();
    return walked;
  }

  test('a card needs a passed exam; valid-until follows the type; one card per enrolment; queued for the scheme', async () => {
    const session = await sessionOf(owner, tid, 'tieturva-1');
    const { enrolmentId } = await walkIn(kaira, session, 30);
    expectCode(
      await kaira.gql(IssueCardDocument, { input: { enrolmentId } }, await as('office')),
      'IDENTITY_NOT_CHECKED',
    );
    await check(enrolmentId);
    await attempt({ enrolmentId, passed: false });
    expectCode(await kaira.gql(IssueCardDocument, { input: { enrolmentId } }, await as('office')), 'EXAM_NOT_PASSED');
    await attempt({ enrolmentId, passed: true });
    const today = todayInFinland();
    const card = (await kaira.gql(IssueCardDocument, { input: { enrolmentId } }, await as('office'))).data!.issueCard
      .card!;
    expect(card).toMatchObject({
      completedOn: today,
      issuedOn: today,
      validUntil: cardValidUntil({ validityMonths: 60, validityBasis: 'month' }, today),
      cardNumber: expect.stringMatching(new RegExp(`^TIETURVA-1-${today.slice(0, 4)}-\\d{5}$`)),
    });
    expect(card.validUntil!.slice(8)).toMatch(/^(28|29|30|31)$/);
    expectCode(await kaira.gql(IssueCardDocument, { input: { enrolmentId } }, await as('office')), 'CONFLICT');
    expect(await count(owner, tid, 'scheme_report', "card_id = $1 and status = 'pending'", [card.id])).toBe(1);
  });

  test('a hygieniapassi does not expire; an EA1 card is valid 3 years to the day; a card number is unique per type', async () => {
    const today = todayInFinland();
    const hygiene = await passed('hygieniapassi', 31);
    const h = await kaira.gql(
      IssueCardDocument,
      { input: { enrolmentId: hygiene.enrolmentId, cardNumber: 'hp-777' } },
      await as('office'),
    );
    expect(h.data!.issueCard.card).toMatchObject({ validUntil: null, cardNumber: 'HP-777' });
    const firstAid = await passed('ea1', 32);
    const ea = await kaira.gql(
      IssueCardDocument,
      { input: { enrolmentId: firstAid.enrolmentId, cardNumber: 'HP-777' } },
      await as('office'),
    );
    expect(ea.data!.issueCard.card!.validUntil).toBe(
      cardValidUntil({ validityMonths: 36, validityBasis: 'day' }, today),
    );
    const again = await passed('hygieniapassi', 33);
    expectCode(
      await kaira.gql(
        IssueCardDocument,
        { input: { enrolmentId: again.enrolmentId, cardNumber: 'HP-777' } },
        await as('office'),
      ),
      'CONFLICT',
    );
    expectCode(
      await kaira.gql(
        IssueCardDocument,
        { input: { enrolmentId: again.enrolmentId, cardNumber: 'HP 777!' } },
        await as('office'),
      ),
      'BAD_USER_INPUT',
      'cardNumber',
    );
  });

  test('a TTK refresher counts only while the earlier card is valid, and the new card counts from the refresher', async () => {
    const first = await passed('ttk', 34);
    const earlier = (
      await kaira.gql(IssueCardDocument, { input: { enrolmentId: first.enrolmentId } }, await as('office'))
    ).data!.issueCard.card!;
    // Without an earlier card a refresher is refused.
    const stranger = await passed('ttk', 35);
    expectCode(
      await kaira.gql(
        IssueCardDocument,
        { input: { enrolmentId: stranger.enrolmentId, refresher: true } },
        await as('office'),
      ),
      'REFRESHER_NOT_ALLOWED',
    );
    // While valid: renews it, validity from today's completion.
    const session = await sessionOf(owner, tid, 'ttk');
    const input = walkInInput(session, 34);
    const again = (await kaira.gql(RecordParticipantDocument, { input }, await as('office'))).data!.recordParticipant;
    await check(again.enrolmentId);
    await attempt({ enrolmentId: again.enrolmentId, passed: true });
    const renewed = (
      await kaira.gql(
        IssueCardDocument,
        { input: { enrolmentId: again.enrolmentId, refresher: true } },
        await as('office'),
      )
    ).data!.issueCard.card!;
    expect(renewed.refresherOfCardId).toBe(earlier.id);
    expect(renewed.validUntil).toBe(cardValidUntil({ validityMonths: 60, validityBasis: 'day' }, todayInFinland()));
    // Once the latest card has expired, TTK needs the full training.
    await inTenant(
      owner,
      tid,
      () =>
        owner.query(
          `update card set completed_on = current_date - 1900, valid_until = current_date - 1 where person_id = $1`,
          [first.personId],
        ),
      { commit: true },
    );
    const third = (
      await kaira.gql(
        RecordParticipantDocument,
        { input: walkInInput(await sessionOf(owner, tid, 'ttk'), 34) },
        await as('office'),
      )
    ).data!.recordParticipant;
    await check(third.enrolmentId);
    await attempt({ enrolmentId: third.enrolmentId, passed: true });
    const refused = await kaira.gql(
      IssueCardDocument,
      { input: { enrolmentId: third.enrolmentId, refresher: true } },
      await as('office'),
    );
    expectCode(refused, 'REFRESHER_NOT_ALLOWED');
    expect(await count(owner, tid, 'card', 'enrolment_id = $1', [third.enrolmentId])).toBe(0);
  });

  test("a temporary certificate lasts at most the type's maximum (TTK 28 days); a type without one refuses", async () => {
    const ttk = await passed('ttk', 36);
    expectCode(
      await kaira.gql(
        IssueTemporaryCertificateDocument,
        { input: { enrolmentId: ttk.enrolmentId, days: 29 } },
        await as('office'),
      ),
      'BAD_USER_INPUT',
      'days',
    );
    const issued = await kaira.gql(
      IssueTemporaryCertificateDocument,
      { input: { enrolmentId: ttk.enrolmentId, days: 28 } },
      await as('office'),
    );
    const today = todayInFinland();
    const expected = new Date(Date.parse(`${today}T12:00:00Z`) + 27 * 86_400_000).toISOString().slice(0, 10);
    expect(issued.data!.issueTemporaryCertificate.temporaryCertificate).toMatchObject({
      issuedOn: today,
      validUntil: expected,
    });
    const hygiene = await passed('hygieniapassi', 37);
    expectCode(
      await kaira.gql(
        IssueTemporaryCertificateDocument,
        { input: { enrolmentId: hygiene.enrolmentId, days: 1 } },
        await as('office'),
      ),
      'BAD_USER_INPUT',
      'enrolmentId',
    );
  });
});

describe('reporting to the scheme register', () => {
  test('pending → sent (a disclosure-log entry with the content hash) → acknowledged or rejected; nothing else', async () => {
    const scheme = 'Suomen Pelastusalan Keskusjärjestö SPEK';
    const ids: string[] = [];
    const people: string[] = [];
    for (const n of [40, 41]) {
      const session = await sessionOf(owner, tid, 'tulityo');
      const walked = await walkIn(kaira, session, n);
      await check(walked.enrolmentId);
      await attempt({ enrolmentId: walked.enrolmentId, passed: true });
      await kaira.gql(IssueCardDocument, { input: { enrolmentId: walked.enrolmentId } }, await as('office'));
      people.push(walked.personId);
    }
    const before = await lastSeq(owner, tid);
    const pending = await kaira.gql(CompletionsForSchemeDocument, { schemeOwner: scheme }, await as('office'));
    expect(pending.data!.completionsForScheme.map((r) => r.completion.personId)).toEqual(people);
    expect(pending.data!.completionsForScheme[0]!.completion.personalIdentityCodeMasked).toMatch(/\*{4}$/);
    ids.push(...pending.data!.completionsForScheme.map((r) => r.id));
    expect((await logRows(owner, tid, 'use_log', before))[0]).toMatchObject({
      person_ids: people,
      entry: { operation: 'completionsForScheme' },
    });

    expectCode(await kaira.gql(AcknowledgeSchemeReportDocument, { id: ids[0]! }, await as('office')), 'CONFLICT');
    const disclosures = await lastSeq(owner, tid, 'disclosure_log');
    const sent = await kaira.gql(MarkSchemeReportSentDocument, { id: ids[0]! }, await as('office'));
    expect(sent.data!.markSchemeReportSent).toMatchObject({
      status: 'SENT',
      contentSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const logged = await logRows(owner, tid, 'disclosure_log', disclosures);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      person_ids: [people[0]],
      entry: {
        recipient: { name: scheme, country: 'FI' },
        contentSha256: sent.data!.markSchemeReportSent.contentSha256,
        operation: 'markSchemeReportSent',
        dataSet: expect.arrayContaining(['cardNumber', 'completedOn']),
      },
    });
    expect(String(logged[0]!.entry.legalBasis)).toMatch(/GDPR 6\(1\)\(b\)/);
    expectCode(await kaira.gql(MarkSchemeReportSentDocument, { id: ids[0]! }, await as('office')), 'CONFLICT');
    const acked = await kaira.gql(AcknowledgeSchemeReportDocument, { id: ids[0]! }, await as('office'));
    expect(acked.data!.acknowledgeSchemeReport.status).toBe('ACKNOWLEDGED');

    await kaira.gql(MarkSchemeReportSentDocument, { id: ids[1]! }, await as('office'));
    expectCode(
      await kaira.gql(RejectSchemeReportDocument, { input: { id: ids[1]!, reason: ' ' } }, await as('office')),
      'BAD_USER_INPUT',
      'reason',
    );
    const rejected = await kaira.gql(
      RejectSchemeReportDocument,
      { input: { id: ids[1]!, reason: 'Tuntematon kouluttaja' } },
      await as('office'),
    );
    expect(rejected.data!.rejectSchemeReport).toMatchObject({
      status: 'REJECTED',
      rejectionReason: 'Tuntematon kouluttaja',
    });
    expect(await lastSeq(owner, tid, 'disclosure_log')).toBe(disclosures + 2);
    const left = await kaira.gql(CompletionsForSchemeDocument, { schemeOwner: scheme }, await as('office'));
    expect(left.data!.completionsForScheme.filter((r) => ids.includes(r.id))).toEqual([]);
  });
});

describe('a restricted person (GDPR 18)', () => {
  test('is not reported to the scheme while the restriction lasts: RESTRICTED, no disclosure', async () => {
    const session = await sessionOf(owner, tid, 'tulityo');
    const walked = await walkIn(kaira, session, 42);
    await check(walked.enrolmentId);
    await attempt({ enrolmentId: walked.enrolmentId, passed: true });
    const card = (
      await kaira.gql(IssueCardDocument, { input: { enrolmentId: walked.enrolmentId } }, await as('office'))
    ).data!.issueCard.card!;
    const report = await inTenant(
      owner,
      tid,
      async () => {
        await owner.query(
          `insert into person_restriction (id, tenant_id, person_id, reason, restricted_by)
           select gen_random_uuid(), $1, $2, 'accuracy contested', id from user_account where email = $3`,
          [tid, walked.personId, USERS.office],
        );
        return (await owner.query<{ id: string }>('select id from scheme_report where card_id = $1', [card.id]))
          .rows[0]!.id;
      },
      { commit: true },
    );
    const disclosures = await lastSeq(owner, tid, 'disclosure_log');
    const refused = await kaira.gql(MarkSchemeReportSentDocument, { id: report }, await as('office'));
    expectCode(refused, 'RESTRICTED');
    expect(refused.errors![0]!.message).toMatch(/GDPR 18/);
    expect(await lastSeq(owner, tid, 'disclosure_log')).toBe(disclosures);
  });
});

describe('reads', () => {
  test('session participants: a trainer sees their session, henkilötunnus masked; the read names every person in the use log', async () => {
    const session = await sessionOf(owner, tid, 'ttk', { taught: true });
    const a = await walkIn(kaira, session, 50);
    const b = await walkIn(kaira, session, 51);
    const before = await lastSeq(owner, tid);
    const read = await kaira.gql(SessionParticipantsDocument, { sessionId: session }, await as('trainer'));
    expect(read.data!.sessionParticipants.map((p) => p.person.personalIdentityCodeMasked)).toEqual([
      '240392-****',
      '240392-****',
    ]);
    const entries = await logRows(owner, tid, 'use_log', before);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.person_ids.sort()).toEqual([a.personId, b.personId].sort());
    expect(entries[0]!.entry).toMatchObject({ operation: 'sessionParticipants', basis: 'ADMINISTRATION' });
  });

  test("the DPO reads a person's whole training record for a rights request, use-logged", async () => {
    const demoPerson = await inTenant(
      owner,
      tid,
      async () =>
        (
          await owner.query<{ person_id: string }>(
            "select person_id from card c join card_type t on t.id = c.card_type_id where t.code = 'sahkotyoturvallisuus'",
          )
        ).rows[0]!.person_id,
    );
    const before = await lastSeq(owner, tid);
    const read = await kaira.gql(PersonTrainingRecordDocument, { personId: demoPerson }, await as('eduroDpo'));
    const record = read.data!.personTrainingRecord;
    expect(record).toHaveLength(1);
    expect(record[0]!.examAttempts.map((x) => [x.score, x.passed, x.evidence.length])).toEqual([
      [58, false, 1],
      [75.5, true, 1],
    ]);
    expect(record[0]!.card!.validUntil).not.toBeNull();
    expect((await logRows(owner, tid, 'use_log', before))[0]).toMatchObject({
      person_ids: [demoPerson],
      entry: { operation: 'personTrainingRecord' },
    });
  });
});

describe('isolation', () => {
  test("another tenant's transaction sees none of the records, and cannot attach one to this tenant's enrolment", async () => {
    const app = await connect(kaira.db.appUrl);
    try {
      const guidance = kaira.registry.bySlug('eduro-guidance')!.id;
      const tables = [
        'identity_check',
        'attendance',
        'exam_attempt',
        'exam_evidence',
        'card',
        'temporary_certificate',
        'scheme_report',
      ];
      const seen = await inTenant(app, guidance, async () => {
        const out: Record<string, number> = {};
        for (const table of tables) out[table] = (await app.query(`select 1 from ${table}`)).rowCount ?? 0;
        return out;
      });
      expect(seen).toEqual(Object.fromEntries(tables.map((t) => [t, 0])));
      expect(await count(owner, tid, 'exam_evidence')).toBeGreaterThan(0);
      const [enrolment] = await inTenant(
        owner,
        tid,
        async () => (await owner.query('select id, person_id from enrolment limit 1')).rows,
      );
      const failure = await sqlError(
        inTenant(app, guidance, () =>
          app.query(
            `insert into identity_check (id, tenant_id, person_id, enrolment_id, document_type, photo_id, checked_by)
             select gen_random_uuid(), $1, $2, $3, 'passport', true, id from user_account limit 1`,
            [guidance, enrolment.person_id, enrolment.id],
          ),
        ),
      );
      expect(failure.code).toBe('23503'); // the composite keys stop at the tenant's edge
    } finally {
      await app.end();
    }
  });
});

describe('the demo register', () => {
  test('has a no-expiry hygieniapassi, a card expiring within 60 days, a temporary certificate and reports in every state', async () => {
    const rows = await inTenant(owner, tid, async () => ({
      hygiene: (
        await owner.query(
          "select 1 from card c join card_type t on t.id = c.card_type_id where t.code = 'hygieniapassi' and c.valid_until is null",
        )
      ).rowCount,
      expiring: (await owner.query('select 1 from card where valid_until between current_date and current_date + 60'))
        .rowCount,
      temporary: (await owner.query('select 1 from temporary_certificate')).rowCount,
      states: (await owner.query('select distinct status from scheme_report order by status')).rows.map(
        (r) => r.status,
      ),
      retaken: (await owner.query('select 1 from exam_attempt where attempt_number = 2 and passed')).rowCount,
    }));
    expect(rows.hygiene).toBeGreaterThan(0);
    expect(rows.expiring).toBeGreaterThan(0);
    expect(rows.temporary).toBeGreaterThan(0);
    expect(rows.retaken).toBeGreaterThan(0);
    expect(rows.states).toEqual(['acknowledged', 'pending', 'rejected', 'sent']);
  });
});
