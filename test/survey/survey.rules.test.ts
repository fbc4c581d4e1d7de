import { randomUUID } from 'node:crypto';
import {
  AnswerSurveyDocument,
  ClientMessagesDocument,
  ClientSurveyAnswersDocument,
  CopySurveyDocument,
  CreateSurveyDocument,
  SendMessageDocument,
  SendSurveyDocument,
  SurveyAnswersDocument,
  SurveyByTokenDocument,
  SurveyDocument,
  SurveysDocument,
  UpdateSurveyDocument,
} from '../generated/graphql';
import { createClient, GUIDANCE_TENANTS } from '../guidance/factories';
import { codeOf, startKaira, USERS, type Kaira } from '../support/kaira';
import { expectDecision, matrixCases, type Tenant, type User } from '../support/rules-matrix';
import { directInvitation, draftSurvey, goodAnswers, QUESTIONS } from './survey.support';

// Every survey and message operation × every demo principal × every tenant: allowed, or FORBIDDEN.
// Expectations are written out here from DOMAIN.md §2.2, §3 and issue 4 item 7, not derived from the rules.

const oversight: Record<Tenant, User[]> = {
  'eduro-training': [],
  'eduro-guidance': ['eduroDpo'],
  // Eduro is only the processor of the city's register: the city oversees it, not Eduro's DPO.
  'rovaniemi-guidance': ['cityOfficer', 'cityDpo'],
};
const guidance = (tenant: Tenant, users: User[]): User[] => (tenant === 'eduro-training' ? [] : users);
// Staff create, edit, copy and send; the controller's oversight reads surveys but does not send.
const staff = (tenant: Tenant): User[] => guidance(tenant, ['coach', 'office']);
const surveyReaders = (tenant: Tenant): User[] => [...staff(tenant), ...oversight[tenant]];
// Answers are guidance content: never office staff, never the referring party.
const answerReaders = (tenant: Tenant): User[] => [...guidance(tenant, ['coach']), ...oversight[tenant]];
const everyone = (): User[] => Object.keys(USERS) as User[];

let kaira: Kaira;
/** Per guidance tenant: the coach's client, with guidance consent, and surveys made by the coach. */
const fixtures = new Map<Tenant, { client: string; draft: string; sent: string; questions: Array<{ id: string }> }>();

beforeAll(async () => {
  kaira = await startKaira();
  for (const tenant of GUIDANCE_TENANTS) {
    const client = await createClient(kaira, { tenant, coach: USERS.coach, consent: { categories: ['guidance'] } });
    const draft = await draftSurvey(kaira, tenant, 'Muokattava luonnos');
    const sent = await draftSurvey(kaira, tenant, 'Lähetettävä kysely');
    fixtures.set(tenant, { client, draft: draft.id, sent: sent.id, questions: sent.questions });
  }
});
afterAll(() => kaira.close());

// In eduro-training nothing exists: random ids, refused before they are used.
const of = (t: Tenant) =>
  fixtures.get(t) ?? { client: randomUUID(), draft: randomUUID(), sent: randomUUID(), questions: [] };
// Public operations take the token alone: any tenant header, the link of eduro-guidance.
const linkOf = async () => {
  const f = fixtures.get('eduro-guidance')!;
  return { token: await directInvitation(kaira, 'eduro-guidance', f.sent, f.client), questions: f.questions };
};

const operations = {
  surveys: { allowed: surveyReaders, run: async () => ({ doc: SurveysDocument, vars: {} }) },
  survey: { allowed: surveyReaders, run: async (t: Tenant) => ({ doc: SurveyDocument, vars: { id: of(t).draft } }) },
  createSurvey: {
    allowed: staff,
    run: async () => ({ doc: CreateSurveyDocument, vars: { input: { title: 'Uusi', questions: QUESTIONS } } }),
  },
  updateSurvey: {
    allowed: staff,
    run: async (t: Tenant) => ({
      doc: UpdateSurveyDocument,
      vars: { input: { surveyId: of(t).draft, title: 'Muokattu', questions: QUESTIONS } },
    }),
  },
  copySurvey: {
    allowed: staff,
    run: async (t: Tenant) => ({ doc: CopySurveyDocument, vars: { input: { surveyId: of(t).sent } } }),
  },
  sendSurvey: {
    allowed: staff,
    run: async (t: Tenant) => ({
      doc: SendSurveyDocument,
      vars: { input: { surveyId: of(t).sent, personIds: [of(t).client] } },
    }),
  },
  sendMessage: {
    allowed: staff,
    run: async (t: Tenant) => ({
      doc: SendMessageDocument,
      vars: { input: { personIds: [of(t).client], subject: 'Tapaaminen', body: 'Nähdään tiistaina.' } },
    }),
  },
  clientMessages: {
    allowed: surveyReaders,
    run: async (t: Tenant) => ({ doc: ClientMessagesDocument, vars: { personId: of(t).client } }),
  },
  surveyAnswers: {
    allowed: answerReaders,
    run: async (t: Tenant) => ({ doc: SurveyAnswersDocument, vars: { surveyId: of(t).sent } }),
  },
  clientSurveyAnswers: {
    allowed: answerReaders,
    run: async (t: Tenant) => ({ doc: ClientSurveyAnswersDocument, vars: { personId: of(t).client } }),
  },
  // DOMAIN.md §3: the data subject answers without an account; whoever sends the token is let through.
  surveyByToken: {
    allowed: everyone,
    run: async () => ({ doc: SurveyByTokenDocument, vars: { token: (await linkOf()).token } }),
  },
  answerSurvey: {
    allowed: everyone,
    run: async () => {
      const { token, questions } = await linkOf();
      return { doc: AnswerSurveyDocument, vars: { input: { token, answers: goodAnswers(questions) } } };
    },
  },
} as const;
type Operation = keyof typeof operations;

test.each(matrixCases(operations))('$operation in $tenant by $user: allowed $allowed', async (c) => {
  const { doc, vars } = await operations[c.operation as Operation].run(c.tenant);
  await expectDecision(kaira, c, doc, vars);
});

const PUBLIC: Operation[] = ['surveyByToken', 'answerSurvey'];

test.each(Object.keys(operations).filter((o) => !PUBLIC.includes(o as Operation)))(
  '%s without credentials is UNAUTHENTICATED',
  async (operation) => {
    const { doc, vars } = await operations[operation as Operation].run('eduro-guidance');
    const result = await kaira.gql(doc as never, vars as never, { tenant: 'eduro-guidance' });
    expect(codeOf(result)).toBe('UNAUTHENTICATED');
    expect(result.data).toBeNull();
  },
);

test.each(PUBLIC)('%s works without credentials and without a tenant', async (operation) => {
  const { doc, vars } = await operations[operation].run('eduro-guidance');
  const result = await kaira.gql(doc as never, vars as never);
  expect(result.errors).toBeUndefined();
  expect(result.data?.[operation as never]).toBeTruthy();
});

test.each(['sendSurvey', 'sendMessage', 'clientSurveyAnswers'] as const)(
  '%s for a client without a relationship, by a coach, is FORBIDDEN',
  async (operation) => {
    const unassigned = await createClient(kaira, { consent: { categories: ['guidance'] } });
    const { doc, vars } = await operations[operation].run('eduro-guidance');
    const swapped = JSON.parse(JSON.stringify(vars).replaceAll(of('eduro-guidance').client, unassigned));
    const result = await kaira.gql(doc as never, swapped as never, {
      token: await kaira.tokenFor(USERS.coach),
      tenant: 'eduro-guidance',
    });
    expect(codeOf(result)).toBe('FORBIDDEN');
    expect(result.data).toBeNull();
  },
);

test.each(['survey', 'updateSurvey', 'copySurvey', 'sendSurvey', 'surveyAnswers'] as const)(
  '%s of a survey of another tenant is NOT_FOUND',
  async (operation) => {
    const { doc, vars } = await operations[operation].run('rovaniemi-guidance');
    const swapped = JSON.parse(
      JSON.stringify(vars).replaceAll(of('rovaniemi-guidance').client, of('eduro-guidance').client),
    );
    const result = await kaira.gql(doc as never, swapped as never, {
      token: await kaira.tokenFor(USERS.coach),
      tenant: 'eduro-guidance',
    });
    expect(codeOf(result)).toBe('NOT_FOUND');
    expect(result.data).toBeNull();
  },
);
