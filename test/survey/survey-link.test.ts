import { createHash } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Client } from 'pg';
import { createLogger } from '../../src/logger';
import { OutboxDelivery } from '../../src/modules/outbox/outbox.delivery';
import {
  AnswerSurveyDocument,
  ClientSurveyAnswersDocument,
  RecordConsentDocument,
  SurveyAnswersDocument,
  SurveyByTokenDocument,
  WithdrawConsentDocument,
} from '../generated/graphql';
import { createClient } from '../guidance/factories';
import { countRows, entriesFor, openEmergencyAccess, tenantId, today, idOf } from '../guidance/guidance.support';
import { lastSeq, asOwnerIn } from '../logs/log-support';
import { MAIL_FROM, startSmtpSink, toAddress, type SmtpSink } from '../outbox/outbox-support';
import { connect } from '../support/database';
import { codeOf, startKaira, USERS, type Kaira } from '../support/kaira';
import { as, draftSurvey, goodAnswers, outboxFor, queuedToken, send, tokenIn } from './survey.support';

// The client's side (issue 4 item 7): the survey goes out by email through the outbox over real SMTP; the
// client follows the one-time link without an account and answers. The link works once and expires; the
// answers are guidance data and need the client's written consent (no consent: nothing stored, the link
// still works). Staff reading the answers are use-logged with their basis; office staff do not read them.

const PUBLIC_URL = 'https://kysely.eduro.example/asiakas';
const tenant = 'eduro-guidance';
let kaira: Kaira;
let owner: Client;
let smtp: SmtpSink;
let tid: string;

beforeAll(async () => {
  kaira = await startKaira({ env: { KAIRA_PUBLIC_URL: `${PUBLIC_URL}/` } });
  owner = await connect(kaira.db.ownerUrl);
  smtp = await startSmtpSink();
  tid = tenantId(kaira, tenant);
});
afterAll(async () => {
  await smtp.close();
  await owner.end();
  await kaira.close();
});

/** An operation without credentials or tenant: as the client following the link. */
const anonymous = <T, V>(query: TypedDocumentNode<T, V>, variables: V) => kaira.gql(query, variables);
const answersOf = (token: string) =>
  countRows(
    owner,
    tid,
    'survey_answer a join survey_invitation i on i.tenant_id = a.tenant_id and i.id = a.invitation_id',
    'i.token_hash = $1',
    [createHash('sha256').update(token).digest('base64url')],
  );

test('round trip over real SMTP: the email’s link opens the survey, the answer is stored once, staff read it', async () => {
  const personId = await createClient(kaira, {
    coach: USERS.coach,
    firstName: 'Sanna',
    lastName: 'Kivelä',
    email: 'sanna.kivela@example.fi',
    consent: { categories: ['guidance'] },
  });
  const survey = await draftSurvey(kaira, tenant, 'Palautekysely');
  await send(kaira, tenant, survey.id, [personId]);

  const delivery = new OutboxDelivery({
    orm: kaira.orm,
    registry: kaira.registry,
    logger: createLogger('silent'),
    config: { smtpUrl: smtp.url, mailFrom: MAIL_FROM },
  });
  const report = await delivery.deliverDue();
  await delivery.stop();
  expect(report.sent).toBeGreaterThanOrEqual(1);
  const received = smtp.received.filter((r) => r.envelopeTo.includes('sanna.kivela@example.fi'));
  expect(received).toHaveLength(1);
  const { mail } = received[0]!;
  expect(toAddress(mail)).toBe('sanna.kivela@example.fi');
  expect(mail.subject).toBe('Kysely: Palautekysely');
  expect(mail.text).toContain('Eduro-säätiö pyytää sinua vastaamaan kyselyyn "Palautekysely".');
  // The link starts with KAIRA_PUBLIC_URL (its trailing slash dropped) and carries the token only.
  const link = mail.text!.split('\n').find((line) => line.startsWith('https://'))!;
  expect(link).toMatch(new RegExp(`^${PUBLIC_URL.replaceAll('.', '\\.')}/survey/ksv_[0-9a-f-]{36}\\.[\\w-]{43}$`));
  const token = tokenIn(link)!;
  // Once sent, the email's copy is gone: the token exists nowhere in the register, only its hash.
  expect((await outboxFor(owner, kaira, tenant, personId))[0]).toMatchObject({ status: 'sent', text_body: null });

  const opened = await anonymous(SurveyByTokenDocument, { token });
  expect(opened.errors).toBeUndefined();
  expect(opened.data!.surveyByToken).toMatchObject({
    title: 'Palautekysely',
    intro: 'Kerro lähtötilanteestasi.',
    controllerName: 'Eduro-säätiö',
    questions: survey.questions,
  });
  // Nothing about the client: no name, no address, not even their id.
  const body = JSON.stringify(opened.data);
  for (const trace of ['Sanna', 'Kivel', 'example.fi', personId]) expect(body).not.toContain(trace);

  const seq = await lastSeq(owner, tid);
  const answered = await anonymous(AnswerSurveyDocument, { input: { token, answers: goodAnswers(survey.questions) } });
  expect(answered.errors).toBeUndefined();
  expect(answered.data!.answerSurvey.answerCount).toBe(4);
  // The client's own submission: no use-log entry (there is no staff member reading anything).
  expect(await lastSeq(owner, tid)).toBe(seq);

  for (const again of [
    await anonymous(SurveyByTokenDocument, { token }),
    await anonymous(AnswerSurveyDocument, { input: { token, answers: goodAnswers(survey.questions) } }),
  ]) {
    expect(codeOf(again)).toBe('TOKEN_USED');
    expect(again.data).toBeNull();
  }
  expect(await answersOf(token)).toBe(4);

  const read = await kaira.gql(SurveyAnswersDocument, { surveyId: survey.id }, await as(kaira, 'coach', tenant));
  expect(read.errors).toBeUndefined();
  expect(read.data!.surveyAnswers).toEqual([
    expect.objectContaining({
      surveyId: survey.id,
      surveyTitle: 'Palautekysely',
      personId,
      answers: [
        expect.objectContaining({ position: 1, kind: 'FREE_TEXT', text: 'Työpaikan kaupan alalta.', choices: null }),
        expect.objectContaining({ position: 2, kind: 'SINGLE_CHOICE', choices: ['Sähköposti'] }),
        // In the survey's order, whatever order the form sent them in.
        expect.objectContaining({ position: 3, kind: 'MULTIPLE_CHOICE', choices: ['Kauppa', 'Toimisto'] }),
        expect.objectContaining({ position: 4, kind: 'SCALE', scale: 4, text: null }),
      ],
    }),
  ]);
  expect(await entriesFor(owner, tid, personId, seq)).toEqual([
    expect.objectContaining({
      operation: 'surveyAnswers',
      basis: 'CLIENT_RELATIONSHIP',
      personIds: [personId],
      data: expect.arrayContaining(['answers.text', 'answers.scale', 'personId', 'category:guidance']),
    }),
  ]);
});

test('the same link answered twice at once: one answer is stored, the other gets TOKEN_USED', async () => {
  const personId = await createClient(kaira, { coach: USERS.coach, consent: { categories: ['guidance'] } });
  const survey = await draftSurvey(kaira, tenant);
  await send(kaira, tenant, survey.id, [personId]);
  const token = await queuedToken(owner, kaira, tenant, personId);
  const input = { token, answers: goodAnswers(survey.questions) };
  const results = await Promise.all([1, 2, 3].map(() => anonymous(AnswerSurveyDocument, { input })));
  expect(results.map((r) => codeOf(r) ?? 'OK').sort()).toEqual(['OK', 'TOKEN_USED', 'TOKEN_USED']);
  expect(await answersOf(token)).toBe(4);
});

test('an expired link: TOKEN_EXPIRED to read and to answer, and nothing is stored', async () => {
  const personId = await createClient(kaira, { coach: USERS.coach, consent: { categories: ['guidance'] } });
  const survey = await draftSurvey(kaira, tenant);
  await send(kaira, tenant, survey.id, [personId]);
  const token = await queuedToken(owner, kaira, tenant, personId);
  expect((await anonymous(SurveyByTokenDocument, { token })).errors).toBeUndefined();
  // Fifteen days on, as the owner: the link was sent then and expired a day ago.
  await asOwnerIn(
    owner,
    tid,
    `update survey_invitation set sent_at = now() - interval '15 days', expires_at = now() - interval '1 day'
      where person_id = $1`,
    [personId],
  );
  const read = await anonymous(SurveyByTokenDocument, { token });
  expect(codeOf(read)).toBe('TOKEN_EXPIRED');
  expect(read.errors![0]!.message).toBe('this survey link has expired');
  const answer = await anonymous(AnswerSurveyDocument, { input: { token, answers: goodAnswers(survey.questions) } });
  expect(codeOf(answer)).toBe('TOKEN_EXPIRED');
  expect(await answersOf(token)).toBe(0);
});

test('a link that does not exist, is malformed or names another register is NOT_FOUND', async () => {
  const training = kaira.registry.bySlug('eduro-training')!.id;
  for (const token of [
    `ksv_${tid}.${'A'.repeat(43)}`,
    `ksv_${training}.${'A'.repeat(43)}`,
    'ksv_nonsense',
    '',
    "'; drop table survey; --",
  ]) {
    const result = await anonymous(SurveyByTokenDocument, { token });
    expect({ token, code: codeOf(result) }).toEqual({ token, code: 'NOT_FOUND' });
  }
});

describe('consent', () => {
  test('without guidance consent: CONSENT_REQUIRED, nothing stored; after consent is given the link works', async () => {
    const personId = await createClient(kaira, { coach: USERS.coach, consent: { categories: ['employment'] } });
    const survey = await draftSurvey(kaira, tenant);
    await send(kaira, tenant, survey.id, [personId]);
    const token = await queuedToken(owner, kaira, tenant, personId);
    const input = { token, answers: goodAnswers(survey.questions) };

    const refused = await anonymous(AnswerSurveyDocument, { input });
    expect(codeOf(refused)).toBe('CONSENT_REQUIRED');
    expect(refused.errors![0]!.extensions!.category).toBe('guidance');
    expect(await answersOf(token)).toBe(0);
    expect(await countRows(owner, tid, 'survey_invitation', 'person_id = $1 and answered_at is null', [personId])).toBe(
      1,
    );
    expect((await anonymous(SurveyByTokenDocument, { token })).errors).toBeUndefined();

    const consent = await kaira.gql(
      RecordConsentDocument,
      {
        input: {
          personId,
          categories: ['guidance'],
          disclosesToPurchaser: false,
          signedOn: today(),
          evidence: 'signed consent form, archive ref S-1',
        },
      },
      await as(kaira, 'office', tenant),
    );
    expect(consent.errors).toBeUndefined();
    expect((await anonymous(AnswerSurveyDocument, { input })).errors).toBeUndefined();
    expect(await answersOf(token)).toBe(4);
  });

  test('after a withdrawal: CONSENT_REQUIRED at once', async () => {
    const personId = await createClient(kaira, { coach: USERS.coach, consent: { categories: ['guidance'] } });
    const survey = await draftSurvey(kaira, tenant);
    await send(kaira, tenant, survey.id, [personId]);
    const token = await queuedToken(owner, kaira, tenant, personId);
    const withdrawn = await kaira.gql(
      WithdrawConsentDocument,
      { input: { personId, categories: ['guidance'], evidence: 'phone call, logged' } },
      await as(kaira, 'office', tenant),
    );
    expect(withdrawn.errors).toBeUndefined();
    const refused = await anonymous(AnswerSurveyDocument, { input: { token, answers: goodAnswers(survey.questions) } });
    expect(codeOf(refused)).toBe('CONSENT_REQUIRED');
    expect(await answersOf(token)).toBe(0);
  });
});

describe('answers are checked against each question: BAD_USER_INPUT naming it, nothing stored, the link still works', () => {
  type Answer = { questionId: string; text?: string; choices?: string[]; scale?: number };
  // [label, the question (0 free text, 1 single, 2 multiple, 3 scale), the answer that replaces its good one]
  const cases: Array<[string, number, (id: string) => Answer | null]> = [
    ['free text: blank', 0, (id) => ({ questionId: id, text: '  \n ' })],
    ['free text: too long', 0, (id) => ({ questionId: id, text: 'x'.repeat(5001) })],
    ['free text: a scale value', 0, (id) => ({ questionId: id, scale: 3 })],
    ['free text: required, missing', 0, () => null],
    ['single choice: two choices', 1, (id) => ({ questionId: id, choices: ['Puhelin', 'Sähköposti'] })],
    ['single choice: not a choice', 1, (id) => ({ questionId: id, choices: ['Kirje'] })],
    ['single choice: none', 1, (id) => ({ questionId: id, choices: [] })],
    ['single choice: text', 1, (id) => ({ questionId: id, text: 'Puhelin' })],
    ['multiple choice: none', 2, (id) => ({ questionId: id, choices: [] })],
    ['multiple choice: not a choice', 2, (id) => ({ questionId: id, choices: ['Kauppa', 'Kaivos'] })],
    ['multiple choice: twice the same', 2, (id) => ({ questionId: id, choices: ['Hoiva', 'Hoiva'] })],
    ['scale: 0', 3, (id) => ({ questionId: id, scale: 0 })],
    ['scale: 6', 3, (id) => ({ questionId: id, scale: 6 })],
    ['scale: a choice', 3, (id) => ({ questionId: id, choices: ['5'] })],
    ['scale: required, missing', 3, () => null],
  ];
  let survey: Awaited<ReturnType<typeof draftSurvey>>;
  let personId: string;
  let token: string;
  beforeAll(async () => {
    personId = await createClient(kaira, { coach: USERS.coach, consent: { categories: ['guidance'] } });
    survey = await draftSurvey(kaira, tenant, 'Tarkistettava kysely');
    await send(kaira, tenant, survey.id, [personId]);
    token = await queuedToken(owner, kaira, tenant, personId);
  });

  test.each(cases)('%s', async (_label, index, answer) => {
    const question = survey.questions[index]!;
    const answers = goodAnswers(survey.questions).flatMap((good, i) =>
      i === index ? (answer(question.id) ?? []) : [good],
    );
    const result = await anonymous(AnswerSurveyDocument, { input: { token, answers } });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.extensions).toMatchObject({
      field: 'answers',
      questionId: question.id,
      position: question.position,
    });
    expect(result.errors![0]!.message).toMatch(new RegExp(`^answers: question ${question.position}: `));
    expect(await answersOf(token)).toBe(0);
  });

  test.each([
    [
      'a question of another survey',
      'answers[4].questionId',
      (a: Answer[]) => [...a, { questionId: personId, text: 'x' }],
    ],
    ['a question answered twice', 'answers', (a: Answer[]) => [...a, a[0]!]],
    ['nothing answered', 'answers', () => []],
  ])('%s', async (_label, field, change) => {
    const answers = change(goodAnswers(survey.questions));
    const result = await anonymous(AnswerSurveyDocument, { input: { token, answers } });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.extensions!.field).toBe(field);
    expect(await answersOf(token)).toBe(0);
  });

  test('after all of that, the link still takes a good answer; an optional question may be left out', async () => {
    const answers = goodAnswers(survey.questions).filter((_a, i) => i !== 2);
    const result = await anonymous(AnswerSurveyDocument, { input: { token, answers } });
    expect(result.errors).toBeUndefined();
    expect(result.data!.answerSurvey.answerCount).toBe(3);
  });
});

describe('staff reading answers', () => {
  let personId: string;
  let surveyId: string;
  beforeAll(async () => {
    personId = await createClient(kaira, { coach: USERS.coach, consent: { categories: ['guidance'] } });
    const survey = await draftSurvey(kaira, tenant, 'Luettava kysely');
    surveyId = survey.id;
    await send(kaira, tenant, survey.id, [personId]);
    const token = await queuedToken(owner, kaira, tenant, personId);
    const answered = await anonymous(AnswerSurveyDocument, {
      input: { token, answers: goodAnswers(survey.questions) },
    });
    expect(answered.errors).toBeUndefined();
  });

  test('office staff do not read answers: FORBIDDEN, no data, no use-log entry', async () => {
    const seq = await lastSeq(owner, tid);
    const office = await as(kaira, 'office', tenant);
    for (const result of [
      await kaira.gql(SurveyAnswersDocument, { surveyId }, office),
      await kaira.gql(ClientSurveyAnswersDocument, { personId }, office),
    ]) {
      expect(codeOf(result)).toBe('FORBIDDEN');
      expect(result.data).toBeNull();
    }
    expect(await lastSeq(owner, tid)).toBe(seq);
  });

  test('the controller’s oversight reads them, logged as oversight', async () => {
    const seq = await lastSeq(owner, tid);
    const read = await kaira.gql(ClientSurveyAnswersDocument, { personId }, await as(kaira, 'eduroDpo', tenant));
    expect(read.data!.clientSurveyAnswers.map((r) => r.surveyId)).toEqual([surveyId]);
    expect(await entriesFor(owner, tid, personId, seq)).toEqual([
      expect.objectContaining({ operation: 'clientSurveyAnswers', basis: 'CONTROLLER_OVERSIGHT' }),
    ]);
  });

  test('a coach whose relationship ended no longer sees them; on emergency access, logged with the reason', async () => {
    const coach = await as(kaira, 'coach', tenant);
    await asOwnerIn(
      owner,
      tid,
      `update assignment set starts_on = current_date - 10, ends_on = current_date - 1 where person_id = $1`,
      [personId],
    );
    const list = await kaira.gql(SurveyAnswersDocument, { surveyId }, coach);
    expect(list.errors).toBeUndefined();
    expect(list.data!.surveyAnswers).toEqual([]);
    expect(codeOf(await kaira.gql(ClientSurveyAnswersDocument, { personId }, coach))).toBe('FORBIDDEN');

    const reason = 'asiakas soitti kriisitilanteessa, oma valmentaja lomalla';
    await openEmergencyAccess(kaira, tenant, await idOf(owner, USERS.coach), personId, reason);
    const seq = await lastSeq(owner, tid);
    const read = await kaira.gql(SurveyAnswersDocument, { surveyId }, coach);
    expect(read.data!.surveyAnswers.map((r) => r.personId)).toEqual([personId]);
    expect(await entriesFor(owner, tid, personId, seq)).toEqual([
      expect.objectContaining({ operation: 'surveyAnswers', basis: 'EMERGENCY', reason }),
    ]);
  });
});
