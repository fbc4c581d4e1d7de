import type { Client as Pg } from 'pg';
import {
  AssignSessionTrainerDocument,
  CardTypesDocument,
  CreateTrainingSessionDocument,
  GrantTrainerAuthorisationDocument,
  TrainerAuthorisationsDocument,
  TrainingSessionDocument,
  TrainingSessionsDocument,
  UpdateCardTypeDocument,
  UpdateTrainingSessionDocument,
} from '../generated/graphql';
import { idOf } from '../guidance/guidance.support';
import { connect } from '../support/database';
import { codeOf, startKaira, USERS, type Kaira } from '../support/kaira';
import { expectDecision, matrixCases, type Tenant, type User } from '../support/rules-matrix';
import { at, cardTypeId, daysFromNow, demoSessions } from './training.support';

// Every card-training operation × every demo principal × every tenant: allowed, or refused with FORBIDDEN.
// Expectations are written out from DOMAIN.md §2.1 and §3, not derived from the rules under test:
// OFFICE runs the register; a TRAINER and the controller's DPO (Eduro's, in eduro-training) read the
// catalogue and sessions; everyone else, and every user in both guidance tenants, is refused.

const training = (tenant: Tenant, users: User[]): User[] => (tenant === 'eduro-training' ? users : []);
const readers = (t: Tenant) => training(t, ['office', 'trainer', 'eduroDpo']);
const office = (t: Tenant) => training(t, ['office']);

interface Fixture {
  ttk: string;
  hygieniapassi: string;
  taught: string;
  trainer: string;
}

let kaira: Kaira;
let owner: Pg;
const NOBODY = '00000000-0000-4000-8000-0000000000aa';
const fixtures = new Map<Tenant, Fixture>();

beforeAll(async () => {
  kaira = await startKaira();
  owner = await connect(kaira.db.ownerUrl);
  const tid = kaira.registry.bySlug('eduro-training')!.id;
  const sessions = await demoSessions(owner, tid);
  fixtures.set('eduro-training', {
    ttk: await cardTypeId(owner, tid, 'ttk'),
    hygieniapassi: sessions.find((s) => s.code === 'hygieniapassi')!.id,
    taught: sessions[0]!.id,
    trainer: await idOf(owner, USERS.trainer),
  });
  // In the guidance registers the rules refuse before any id is looked at.
  const none = { ttk: NOBODY, hygieniapassi: NOBODY, taught: NOBODY, trainer: NOBODY };
  fixtures.set('eduro-guidance', none);
  fixtures.set('rovaniemi-guidance', none);
});
afterAll(async () => {
  await owner?.end();
  await kaira?.close();
});

const f = (t: Tenant): Fixture => fixtures.get(t)!;
const range = { from: daysFromNow(0), to: daysFromNow(60) };

const operations = {
  cardTypes: { allowed: readers, run: () => ({ doc: CardTypesDocument, vars: {} }) },
  updateCardType: {
    allowed: office,
    run: (t: Tenant) => ({ doc: UpdateCardTypeDocument, vars: { input: { id: f(t).ttk, maxRetakes: 2 } } }),
  },
  trainerAuthorisations: { allowed: office, run: () => ({ doc: TrainerAuthorisationsDocument, vars: {} }) },
  grantTrainerAuthorisation: {
    allowed: office,
    run: (t: Tenant) => ({
      doc: GrantTrainerAuthorisationDocument,
      vars: { input: { trainerUserId: f(t).trainer, cardTypeId: f(t).ttk, validUntil: daysFromNow(800) } },
    }),
  },
  trainingSessions: { allowed: readers, run: () => ({ doc: TrainingSessionsDocument, vars: range }) },
  trainingSession: {
    allowed: readers,
    run: (t: Tenant) => ({ doc: TrainingSessionDocument, vars: { id: f(t).taught } }),
  },
  createTrainingSession: {
    allowed: office,
    run: (t: Tenant) => ({
      doc: CreateTrainingSessionDocument,
      vars: {
        input: {
          cardTypeId: f(t).ttk,
          startsAt: at(40, 6),
          endsAt: at(40, 14),
          place: 'Eduro, Kemi',
          language: 'FI' as const,
          deliveryMode: 'CLASSROOM' as const,
          capacity: 12,
        },
      },
    }),
  },
  updateTrainingSession: {
    allowed: office,
    run: (t: Tenant) => ({ doc: UpdateTrainingSessionDocument, vars: { input: { id: f(t).taught, capacity: 20 } } }),
  },
  assignSessionTrainer: {
    allowed: office,
    run: (t: Tenant) => ({
      doc: AssignSessionTrainerDocument,
      vars: { input: { sessionId: f(t).hygieniapassi, trainerUserId: f(t).trainer } },
    }),
  },
} as const;

test.each(matrixCases(operations))('$operation in $tenant by $user: allowed $allowed', async (c) => {
  const { doc, vars } = operations[c.operation as keyof typeof operations].run(c.tenant);
  await expectDecision(kaira, c, doc, vars);
});

test.each(Object.keys(operations))('%s without credentials is UNAUTHENTICATED', async (operation) => {
  const { doc, vars } = operations[operation as keyof typeof operations].run('eduro-training');
  expect(codeOf(await kaira.gql(doc as never, vars as never, { tenant: 'eduro-training' }))).toBe('UNAUTHENTICATED');
});

test('FORBIDDEN in a guidance tenant names the card-training register', async () => {
  const result = await kaira.gql(
    CardTypesDocument,
    {},
    { token: await kaira.tokenFor(USERS.office), tenant: 'eduro-guidance' },
  );
  expect(codeOf(result)).toBe('FORBIDDEN');
  expect(result.errors?.[0]?.message).toMatch(/card-training register/);
});
