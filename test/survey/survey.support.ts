import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { TenantTransaction } from '../../src/db/tenant-transaction';
import { SurveyInvitation } from '../../src/modules/survey/survey.entities';
import { surveyTokens } from '../../src/modules/survey/survey-token';
import { CreateSurveyDocument, SendSurveyDocument, type SurveyQuestionInput } from '../generated/graphql';
import { tenantId } from '../guidance/guidance.support';
import { inTenant } from '../isolation/sql';
import { USERS, type Kaira } from '../support/kaira';

// Survey fixtures: a survey of every question kind, sending through the API, and the one-time token taken
// from where only it exists (the queued email), read as the owner behind the API's back.

export const QUESTIONS: SurveyQuestionInput[] = [
  { kind: 'FREE_TEXT', prompt: 'Mitä toivot valmennukselta?', required: true },
  { kind: 'SINGLE_CHOICE', prompt: 'Miten tavoitamme sinut?', choices: ['Puhelin', 'Sähköposti'], required: true },
  { kind: 'MULTIPLE_CHOICE', prompt: 'Kiinnostavat alat', choices: ['Kauppa', 'Hoiva', 'Toimisto'], required: false },
  { kind: 'SCALE', prompt: 'Jaksaminen nyt (1–5)', required: true },
];

type As = { token: string; tenant: string };

export async function as(kaira: Kaira, user: keyof typeof USERS, tenant: string): Promise<As> {
  return { token: await kaira.tokenFor(USERS[user]), tenant };
}

/** A draft with one question of each kind, by the user (the coach by default); returns it. */
export async function draftSurvey(
  kaira: Kaira,
  tenant: string,
  title = 'Alkukysely',
  user: keyof typeof USERS = 'coach',
) {
  const result = await kaira.gql(
    CreateSurveyDocument,
    { input: { title, intro: 'Kerro lähtötilanteestasi.', questions: QUESTIONS } },
    await as(kaira, user, tenant),
  );
  if (!result.data) throw new Error(`createSurvey failed: ${JSON.stringify(result.errors)}`);
  return result.data.createSurvey;
}

/** Sends the survey to the clients as the user; fails the test on an error. */
export async function send(
  kaira: Kaira,
  tenant: string,
  surveyId: string,
  personIds: string[],
  user: keyof typeof USERS = 'coach',
) {
  const result = await kaira.gql(SendSurveyDocument, { input: { surveyId, personIds } }, await as(kaira, user, tenant));
  expect(result.errors).toBeUndefined();
  return result.data!.sendSurvey;
}

export interface OutboxMail {
  id: string;
  to_address: string;
  subject: string;
  text_body: string | null;
  purpose: string;
  person_id: string | null;
  status: string;
}

/** The tenant's queued or sent email to the person, oldest first. */
export function outboxFor(owner: Client, kaira: Kaira, tenant: string, personId: string): Promise<OutboxMail[]> {
  return inTenant(owner, tenantId(kaira, tenant), async () => {
    const { rows } = await owner.query<OutboxMail>(
      `select id, to_address, subject, text_body, purpose, person_id, status
         from outbox_message where person_id = $1 order by created_at, id`,
      [personId],
    );
    return rows;
  });
}

/** The one-time token in the person's latest (still queued) survey invitation. */
export async function queuedToken(owner: Client, kaira: Kaira, tenant: string, personId: string): Promise<string> {
  const mails = (await outboxFor(owner, kaira, tenant, personId)).filter((m) => m.purpose === 'survey-invitation');
  const text = mails.at(-1)?.text_body;
  const token = text ? tokenIn(text) : undefined;
  if (!token) throw new Error('no queued survey invitation with a link');
  return token;
}

/** The token of the first survey link in an email's text. */
export function tokenIn(text: string): string | undefined {
  return /\/survey\/(\S+)/.exec(text)?.[1];
}

/**
 * An invitation written straight into the database (as sending does, without the email): for tests that
 * need many fresh links. Returns the token.
 */
export async function directInvitation(kaira: Kaira, tenant: string, surveyId: string, personId: string) {
  const tid = tenantId(kaira, tenant);
  const { token, hash } = surveyTokens.create(tid);
  const [coach] = await kaira.orm.em
    .fork()
    .execute<Array<{ id: string }>>('select id from user_account where email = ?', [USERS.coach]);
  await TenantTransaction.within(kaira.orm, { tenantId: tid, userId: null }, async (em) => {
    em.create(SurveyInvitation, {
      id: randomUUID(),
      tenantId: tid,
      surveyId,
      personId,
      tokenHash: hash,
      sentBy: coach!.id,
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    await em.flush();
  });
  return token;
}

/** The answers that fit QUESTIONS (ids from the survey as created). */
export function goodAnswers(questions: Array<{ id: string }>) {
  const [text, single, multiple, scale] = questions.map((q) => q.id);
  return [
    { questionId: text!, text: 'Työpaikan kaupan alalta.' },
    { questionId: single!, choices: ['Sähköposti'] },
    { questionId: multiple!, choices: ['Toimisto', 'Kauppa'] },
    { questionId: scale!, scale: 4 },
  ];
}
