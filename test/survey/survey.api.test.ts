import type { Client } from 'pg';
import {
  ClientMessagesDocument,
  CopySurveyDocument,
  CreateSurveyDocument,
  SendMessageDocument,
  SendSurveyDocument,
  SurveyDocument,
  SurveysDocument,
  UpdateSurveyDocument,
  type SurveyQuestionInput,
} from '../generated/graphql';
import { createClient } from '../guidance/factories';
import { countRows, entriesFor, idOf, tenantId } from '../guidance/guidance.support';
import { inTenant, sqlError } from '../isolation/sql';
import { lastSeq } from '../logs/log-support';
import { connect } from '../support/database';
import { codeOf, startKaira, USERS, type Kaira } from '../support/kaira';
import { as, draftSurvey, outboxFor, QUESTIONS, send } from './survey.support';

// Surveys and messages (issue 4 item 7; DOMAIN.md §2.2: staff create, edit, copy and send surveys and
// messages to one or many clients). A sent survey is not edited: a copy is. Sending needs, per client, that
// the sender may open the client and that the client has an email address; otherwise nothing is sent.

const tenant = 'eduro-guidance';
let kaira: Kaira;
let owner: Client;
let tid: string;

beforeAll(async () => {
  kaira = await startKaira();
  owner = await connect(kaira.db.ownerUrl);
  tid = tenantId(kaira, tenant);
});
afterAll(async () => {
  await owner.end();
  await kaira.close();
});

const coach = () => as(kaira, 'coach', tenant);
const invitationsOf = (surveyId: string) => countRows(owner, tid, 'survey_invitation', 'survey_id = $1', [surveyId]);
const outboxCount = () => countRows(owner, tid, 'outbox_message');

test('create → edit → send → edit refused → copy, and the copy is an editable draft', async () => {
  const created = await draftSurvey(kaira, tenant, 'Alkukysely');
  expect(created).toMatchObject({
    title: 'Alkukysely',
    intro: 'Kerro lähtötilanteestasi.',
    status: 'DRAFT',
    copiedFromId: null,
    sentAt: null,
    createdById: await idOf(owner, USERS.coach),
  });
  expect(created.questions.map((q) => [q.position, q.kind, q.prompt, q.choices, q.required])).toEqual(
    QUESTIONS.map((q, i) => [i + 1, q.kind, q.prompt, q.choices ?? [], q.required]),
  );

  // Office staff edit the coach's draft (surveys are the register's, not one person's).
  const reordered: SurveyQuestionInput[] = [QUESTIONS[3]!, { ...QUESTIONS[0]!, prompt: 'Mitä toivot?' }];
  const edited = await kaira.gql(
    UpdateSurveyDocument,
    { input: { surveyId: created.id, title: 'Alkukysely 2', intro: null, questions: reordered } },
    await as(kaira, 'office', tenant),
  );
  expect(edited.errors).toBeUndefined();
  expect(edited.data!.updateSurvey).toMatchObject({ title: 'Alkukysely 2', intro: null, status: 'DRAFT' });
  expect(edited.data!.updateSurvey.questions.map((q) => [q.position, q.kind, q.prompt])).toEqual([
    [1, 'SCALE', 'Jaksaminen nyt (1–5)'],
    [2, 'FREE_TEXT', 'Mitä toivot?'],
  ]);
  expect(await countRows(owner, tid, 'survey_question', 'survey_id = $1', [created.id])).toBe(2);

  const client = await createClient(kaira, { coach: USERS.coach });
  const sending = await send(kaira, tenant, created.id, [client]);
  expect(sending).toMatchObject({ surveyId: created.id, recipientCount: 1 });
  const days = (new Date(sending.expiresAt).getTime() - Date.now()) / 86_400_000;
  expect(days).toBeGreaterThan(13.9);
  expect(days).toBeLessThanOrEqual(14);
  const sent = (await kaira.gql(SurveyDocument, { id: created.id }, await coach())).data!.survey;
  expect(sent.status).toBe('SENT');
  expect(sent.sentAt).not.toBeNull();

  const refused = await kaira.gql(
    UpdateSurveyDocument,
    { input: { surveyId: created.id, title: 'Muutettu', questions: QUESTIONS } },
    await coach(),
  );
  expect(codeOf(refused)).toBe('CONFLICT');
  expect(refused.errors![0]!.message).toMatch(/copy/);
  expect((await kaira.gql(SurveyDocument, { id: created.id }, await coach())).data!.survey).toEqual(sent);

  const copied = await kaira.gql(CopySurveyDocument, { input: { surveyId: created.id } }, await coach());
  expect(copied.errors).toBeUndefined();
  const copy = copied.data!.copySurvey;
  expect(copy).toMatchObject({ title: 'Alkukysely 2', status: 'DRAFT', copiedFromId: created.id, sentAt: null });
  expect(copy.id).not.toBe(created.id);
  expect(copy.questions.map((q) => [q.position, q.kind, q.prompt])).toEqual(
    sent.questions.map((q) => [q.position, q.kind, q.prompt]),
  );
  expect(copy.questions.map((q) => q.id)).not.toContain(sent.questions[0]!.id);
  const editedCopy = await kaira.gql(
    UpdateSurveyDocument,
    { input: { surveyId: copy.id, title: 'Alkukysely 3', questions: QUESTIONS } },
    await coach(),
  );
  expect(editedCopy.data!.updateSurvey.questions).toHaveLength(4);

  const drafts = (await kaira.gql(SurveysDocument, { status: 'DRAFT' }, await coach())).data!.surveys;
  expect(drafts.map((s) => s.id)).toContain(copy.id);
  expect(drafts.map((s) => s.id)).not.toContain(created.id);
});

test('the database refuses edits of a sent survey too, even from the app role', async () => {
  const survey = await draftSurvey(kaira, tenant);
  await send(kaira, tenant, survey.id, [await createClient(kaira, { coach: USERS.coach })]);
  const app = await connect(kaira.db.appUrl);
  try {
    // 23514 (check_violation) is the trigger; 42501 where the app role holds no such privilege at all.
    for (const [sql, code] of [
      [`update survey set title = 'Muutettu' where id = $1`, '23514'],
      [`update survey set sent_at = now() where id = $1`, '23514'],
      [`delete from survey_question where survey_id = $1`, '23514'],
      [
        `insert into survey_question (id, tenant_id, survey_id, position, kind, prompt)
         select gen_random_uuid(), tenant_id, id, 9, 'free-text', 'Lisätty' from survey where id = $1`,
        '23514',
      ],
      [`update survey_question set prompt = 'Muutettu' where survey_id = $1`, '42501'],
      [`delete from survey where id = $1`, '42501'],
    ]) {
      const failure = await inTenant(app, tid, () => sqlError(app.query(sql!, [survey.id])));
      expect({ sql, code: failure.code }).toEqual({ sql, code });
    }
  } finally {
    await app.end();
  }
});

describe('a survey that cannot be written is BAD_USER_INPUT naming the field, and nothing is written', () => {
  const choice = (choices: string[] | null): SurveyQuestionInput => ({
    kind: 'SINGLE_CHOICE',
    prompt: 'Valitse',
    choices,
    required: false,
  });
  test.each([
    ['title', 'blank', { title: '  ' }],
    ['title', 'two lines', { title: 'Kysely\nBcc: x@example.fi' }],
    ['title', 'too long', { title: 'k'.repeat(201) }],
    ['questions', 'none', { questions: [] }],
    ['questions[0].prompt', 'blank', { questions: [{ kind: 'FREE_TEXT', prompt: ' ', required: true }] }],
    ['questions[0].choices', 'one choice', { questions: [choice(['Ainoa'])] }],
    ['questions[0].choices', 'no choices', { questions: [choice(null)] }],
    ['questions[0].choices', 'the same choice twice', { questions: [choice(['Kyllä', 'Kyllä'])] }],
    ['questions[0].choices[1]', 'a blank choice', { questions: [choice(['Kyllä', ' '])] }],
    [
      'questions[0].choices',
      'choices on a scale',
      { questions: [{ kind: 'SCALE', prompt: 'x', choices: ['1', '2'] }] },
    ],
  ] as const)('%s (%s)', async (field, _label, change) => {
    const before = await countRows(owner, tid, 'survey');
    const input = { title: 'Kysely', questions: QUESTIONS, ...change } as never;
    const result = await kaira.gql(CreateSurveyDocument, { input }, await coach());
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.extensions!.field).toBe(field);
    expect(await countRows(owner, tid, 'survey')).toBe(before);
  });
});

describe('sending to clients', () => {
  test('each client gets their own email; office sends on administration, coach on the relationship (use-logged)', async () => {
    const [a, b] = [await createClient(kaira, { coach: USERS.coach }), await createClient(kaira, {})];
    const survey = await draftSurvey(kaira, tenant);
    const seq = await lastSeq(owner, tid);
    // The office reaches every client of the register; the coach only their own (b is not the coach's).
    await send(kaira, tenant, survey.id, [a, b, a], 'office');
    expect(await invitationsOf(survey.id)).toBe(2);
    for (const personId of [a, b]) {
      const [mail] = await outboxFor(owner, kaira, tenant, personId);
      expect(mail).toMatchObject({ purpose: 'survey-invitation', to_address: 'asiakas@example.fi', status: 'queued' });
      expect(mail!.subject).toBe('Kysely: Alkukysely');
      expect(mail!.text_body).toMatch(/^http:\/\/127\.0\.0\.1:0\/survey\/ksv_/m);
      const [entry] = await entriesFor(owner, tid, personId, seq);
      expect(entry).toMatchObject({ operation: 'sendSurvey', basis: 'ADMINISTRATION', data: ['email'] });
      expect(entry!.personIds.sort()).toEqual([a, b].sort());
    }
    // The links differ, and the register holds none of them: only their hashes.
    const [ta, tb] = await Promise.all(
      [a, b].map(async (p) => (await outboxFor(owner, kaira, tenant, p))[0]!.text_body!.match(/ksv_\S+/)![0]),
    );
    expect(ta).not.toBe(tb);
    expect(await countRows(owner, tid, 'survey_invitation', 'token_hash = $1 or token_hash = $2', [ta, tb])).toBe(0);

    const seq2 = await lastSeq(owner, tid);
    await send(kaira, tenant, survey.id, [a]);
    expect(await entriesFor(owner, tid, a, seq2)).toEqual([
      expect.objectContaining({ operation: 'sendSurvey', basis: 'CLIENT_RELATIONSHIP', data: ['email'] }),
    ]);
  });

  test('a client without an email address: BAD_USER_INPUT naming the client, and nothing is sent to anyone', async () => {
    const withEmail = await createClient(kaira, { coach: USERS.coach });
    const without = await createClient(kaira, { coach: USERS.coach, email: null });
    const survey = await draftSurvey(kaira, tenant);
    const [outbox, seq] = [await outboxCount(), await lastSeq(owner, tid)];
    const messages = await countRows(owner, tid, 'client_message');
    for (const { doc, input } of [
      { doc: SendSurveyDocument, input: { surveyId: survey.id, personIds: [withEmail, without] } },
      { doc: SendMessageDocument, input: { personIds: [withEmail, without], subject: 'Hei', body: 'Viesti.' } },
    ]) {
      const result = await kaira.gql(doc as never, { input } as never, await coach());
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0]!.extensions).toMatchObject({ field: 'personIds', personId: without });
      expect(result.errors![0]!.message).toBe('personIds[1]: the client has no email address');
    }
    expect(await outboxCount()).toBe(outbox);
    expect(await invitationsOf(survey.id)).toBe(0);
    expect(await countRows(owner, tid, 'client_message')).toBe(messages);
    expect(await lastSeq(owner, tid)).toBe(seq);
    expect((await kaira.gql(SurveyDocument, { id: survey.id }, await coach())).data!.survey.status).toBe('DRAFT');
  });

  test('one client the coach may not open refuses the whole send', async () => {
    const mine = await createClient(kaira, { coach: USERS.coach });
    const notMine = await createClient(kaira, {});
    const survey = await draftSurvey(kaira, tenant);
    const outbox = await outboxCount();
    const result = await kaira.gql(
      SendSurveyDocument,
      { input: { surveyId: survey.id, personIds: [mine, notMine] } },
      await coach(),
    );
    expect(codeOf(result)).toBe('FORBIDDEN');
    expect(await outboxCount()).toBe(outbox);
    expect(await invitationsOf(survey.id)).toBe(0);
  });

  test.each([
    ['personIds', 'none', { personIds: [] }],
    ['personIds[0]', 'not an id', { personIds: ['x'] }],
    ['subject', 'blank', { subject: ' ' }],
    ['subject', 'two lines', { subject: 'Hei\r\nBcc: x@example.fi' }],
    ['body', 'blank', { body: '' }],
  ] as const)('sendMessage: %s (%s) is BAD_USER_INPUT', async (field, _label, change) => {
    const client = await createClient(kaira, { coach: USERS.coach });
    const outbox = await outboxCount();
    const input = { personIds: [client], subject: 'Hei', body: 'Viesti.', ...change };
    const result = await kaira.gql(SendMessageDocument, { input: input as never }, await coach());
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.extensions!.field).toBe(field);
    expect(await outboxCount()).toBe(outbox);
  });
});

describe('messages', () => {
  test('a message to many clients: one email each, kept in the register, read per client (use-logged)', async () => {
    const clients = [
      await createClient(kaira, { coach: USERS.coach }),
      await createClient(kaira, { coach: USERS.coach }),
    ];
    const sent = await kaira.gql(
      SendMessageDocument,
      { input: { personIds: clients, subject: 'Ryhmätapaaminen', body: 'Tervetuloa ryhmään torstaina klo 13.' } },
      await coach(),
    );
    expect(sent.errors).toBeUndefined();
    expect(sent.data!.sendMessage).toMatchObject({
      subject: 'Ryhmätapaaminen',
      body: 'Tervetuloa ryhmään torstaina klo 13.',
      sentByName: 'Valma Valmentaja',
      recipientCount: 2,
    });
    for (const personId of clients) {
      expect(await outboxFor(owner, kaira, tenant, personId)).toEqual([
        expect.objectContaining({
          purpose: 'client-message',
          subject: 'Ryhmätapaaminen',
          text_body: 'Tervetuloa ryhmään torstaina klo 13.',
        }),
      ]);
    }
    // Office staff read what was sent to a client (client communication), on administration.
    const seq = await lastSeq(owner, tid);
    const read = await kaira.gql(ClientMessagesDocument, { personId: clients[0]! }, await as(kaira, 'office', tenant));
    expect(read.data!.clientMessages).toEqual([sent.data!.sendMessage]);
    expect(await entriesFor(owner, tid, clients[0]!, seq)).toEqual([
      expect.objectContaining({ operation: 'clientMessages', basis: 'ADMINISTRATION' }),
    ]);
  });
});

test('the demo: a draft and a sent, answered survey in each guidance tenant', async () => {
  for (const slug of ['eduro-guidance', 'rovaniemi-guidance']) {
    const counts = await inTenant(owner, tenantId(kaira, slug), async () => {
      const { rows } = await owner.query<{ drafts: number; sent: number; answered: number; messages: number }>(
        `select (select count(*)::int from survey where title = 'Alkukartoitus' and sent_at is null) as drafts,
                (select count(*)::int from survey where title = 'Palautekysely valmennuksesta' and sent_at is not null) as sent,
                (select count(*)::int from survey_invitation where answered_at is not null) as answered,
                (select count(*)::int from client_message where subject = 'Seuraava tapaaminen') as messages`,
      );
      return rows[0];
    });
    expect({ slug, ...counts }).toEqual({ slug, drafts: 1, sent: 1, answered: 1, messages: 1 });
  }
});
