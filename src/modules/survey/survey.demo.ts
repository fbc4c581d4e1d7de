import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { TenantTransaction } from '../../db/tenant-transaction';
import type { TenantFile } from '../../tenants/tenant-file';
import { RegisterKind } from '../tenant/tenant.entity';
import { ANSWER_CATEGORY } from './survey-link.service';
import {
  ClientMessage,
  ClientMessageRecipient,
  Survey,
  SurveyAnswer,
  SurveyInvitation,
  SurveyQuestion,
  type QuestionKindValue,
} from './survey.entities';
import { SURVEY_LINK_DAYS, surveyTokens } from './survey-token';

// Demo surveys of the two ARVI2 registers (local use only, like src/cli/demo-data.ts): per guidance tenant
// a draft, and a sent survey answered by the coach's first client with guidance consent (client.demo.ts),
// who also got a message. No email is queued, and the link's token is thrown away: only its hash is kept.
// Runs as the owner after the client demo, once per tenant (a tenant with surveys is left as it is).

const COACH = 'coach@eduro.example';

type DemoQuestion = [QuestionKindValue, string, string[], boolean];

const DRAFT: { title: string; intro: string; questions: DemoQuestion[] } = {
  title: 'Alkukartoitus',
  intro: 'Kerro meille lähtötilanteestasi ennen ensimmäistä tapaamista.',
  questions: [
    ['free-text', 'Mitä toivot valmennukselta?', [], true],
    [
      'single-choice',
      'Miten haluat, että sinuun ollaan yhteydessä?',
      ['Puhelimella', 'Sähköpostilla', 'Tekstiviestillä'],
      true,
    ],
    ['multiple-choice', 'Mitkä alat kiinnostavat sinua?', ['Kauppa', 'Hoiva', 'Rakennus', 'Toimisto', 'Muu'], false],
  ],
};

const SENT: { title: string; intro: string; questions: DemoQuestion[] } = {
  title: 'Palautekysely valmennuksesta',
  intro: 'Vastaaminen vie noin kaksi minuuttia. Kiitos palautteestasi!',
  questions: [
    ['scale', 'Kuinka tyytyväinen olet valmennukseen? (1 = en lainkaan, 5 = erittäin)', [], true],
    ['single-choice', 'Onko tapaamisia sopivasti?', ['Liian harvoin', 'Sopivasti', 'Liian usein'], true],
    ['free-text', 'Mitä haluaisit meidän tekevän toisin?', [], false],
  ],
};

// The answers of the demo client, per question of SENT.
const ANSWERS: Array<Pick<SurveyAnswer, 'textValue' | 'choiceValues' | 'scaleValue'>> = [
  { textValue: null, choiceValues: null, scaleValue: 4 },
  { textValue: null, choiceValues: ['Sopivasti'], scaleValue: null },
  { textValue: 'Toivoisin enemmän tukea työhaastatteluihin valmistautumisessa.', choiceValues: null, scaleValue: null },
];

/** Seeds the survey demo, as the owner; idempotent. */
export async function seedSurveyDemo(orm: MikroORM, tenants: TenantFile[]): Promise<void> {
  const [coach] = await orm.em
    .fork()
    .execute<Array<{ id: string }>>('select id from user_account where lower(email) = ?', [COACH]);
  if (!coach) return;
  for (const tenant of tenants.filter((t) => t.register.kind === RegisterKind.GUIDANCE)) {
    await TenantTransaction.within(orm, { tenantId: tenant.id, userId: null }, async (em) => {
      if ((await em.count(Survey, {})) > 0) return;
      await seedTenant(em, tenant.id, coach.id);
    });
  }
}

async function seedTenant(em: EntityManager, tenantId: string, coachId: string): Promise<void> {
  addSurvey(em, tenantId, coachId, DRAFT, 3);
  const sent = addSurvey(em, tenantId, coachId, SENT, 9);
  await em.flush();
  // Sent after its questions were written: the database refuses questions of a sent survey.
  await em.execute(`update survey set sent_at = now() - interval '7 days' where tenant_id = ? and id = ?`, [
    tenantId,
    sent.surveyId,
  ]);
  const [client] = await em.execute<Array<{ person_id: string }>>(
    `select c.person_id from consent_record c join assignment a on a.tenant_id = c.tenant_id and a.person_id = c.person_id
      where c.tenant_id = ? and c.action = 'give' and ? = any(c.categories) and a.coach_user_id = ?
      order by c.recorded_at, c.person_id limit 1`,
    [tenantId, ANSWER_CATEGORY, coachId],
  );
  if (!client) return;
  const invitationId = randomUUID();
  em.create(SurveyInvitation, {
    id: invitationId,
    tenantId,
    surveyId: sent.surveyId,
    personId: client.person_id,
    tokenHash: surveyTokens.create(tenantId).hash,
    sentBy: coachId,
    sentAt: daysAgo(7),
    expiresAt: daysAgo(7 - SURVEY_LINK_DAYS),
    answeredAt: daysAgo(5),
  });
  sent.questionIds.forEach((questionId, i) => {
    const answer = { tenantId, invitationId, questionId, category: ANSWER_CATEGORY, answeredAt: daysAgo(5) };
    em.create(SurveyAnswer, { id: randomUUID(), ...answer, ...ANSWERS[i]! });
  });
  addMessage(em, tenantId, coachId, client.person_id);
  await em.flush();
}

function addSurvey(
  em: EntityManager,
  tenantId: string,
  coachId: string,
  demo: typeof DRAFT,
  ago: number,
): { surveyId: string; questionIds: string[] } {
  const surveyId = randomUUID();
  const at = daysAgo(ago);
  em.create(Survey, {
    id: surveyId,
    tenantId,
    title: demo.title,
    intro: demo.intro,
    createdBy: coachId,
    createdAt: at,
    updatedBy: coachId,
    updatedAt: at,
  });
  const questionIds = demo.questions.map(([kind, prompt, choices, required], i) => {
    const id = randomUUID();
    em.create(SurveyQuestion, { id, tenantId, surveyId, position: i + 1, kind, prompt, choices, required });
    return id;
  });
  return { surveyId, questionIds };
}

function addMessage(em: EntityManager, tenantId: string, coachId: string, personId: string): void {
  const messageId = randomUUID();
  em.create(ClientMessage, {
    id: messageId,
    tenantId,
    subject: 'Seuraava tapaaminen',
    body: 'Hei,\n\nseuraava tapaamisemme on ensi tiistaina klo 10 Eduron toimistolla, Kairatie 75.\n\nTerveisin\nValma',
    sentBy: coachId,
    sentAt: daysAgo(2),
  });
  em.create(ClientMessageRecipient, { id: randomUUID(), tenantId, messageId, personId });
}

const daysAgo = (days: number): Date => new Date(Date.now() - days * 86_400_000);
