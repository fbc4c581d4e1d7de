import type { Client as Pg } from 'pg';
import {
  AssignSessionTrainerDocument,
  CardTypesDocument,
  type CreateTrainingSessionInput,
  CreateTrainingSessionDocument,
  GrantTrainerAuthorisationDocument,
  type GrantTrainerAuthorisationInput,
  TrainerAuthorisationsDocument,
  TrainingSessionDocument,
  TrainingSessionsDocument,
  UpdateCardTypeDocument,
  type UpdateCardTypeInput,
  UpdateTrainingSessionDocument,
  type UpdateTrainingSessionInput,
} from '../generated/graphql';
import { idOf } from '../guidance/guidance.support';
import { connect } from '../support/database';
import { codeOf, startKaira, USERS, type GraphQLResult, type Kaira } from '../support/kaira';
import { at, cardTypeId, count, daysFromNow, demoSessions } from './training.support';

// The card-training catalogue, trainer authorisations and sessions (DOMAIN.md §2.1, issue 3 items 1–2):
// what each operation does, that bad input names its field and writes nothing, that only authorised
// TRAINER members go on a session of a type that requires it, and that a trainer sees only their sessions.

const tenant = 'eduro-training';
let kaira: Kaira;
let owner: Pg;
let tid: string;
let trainer: string;
let types: Record<string, string>;
/** The demo sessions (training.demo.ts), read before any test adds one. */
let demo: Array<{ id: string; code: string }>;

beforeAll(async () => {
  kaira = await startKaira();
  owner = await connect(kaira.db.ownerUrl);
  tid = kaira.registry.bySlug(tenant)!.id;
  trainer = await idOf(owner, USERS.trainer);
  types = {};
  for (const code of ['ttk', 'tieturva-1', 'tulityo', 'hygieniapassi', 'ea1']) {
    types[code] = await cardTypeId(owner, tid, code);
  }
  demo = await demoSessions(owner, tid);
});
afterAll(async () => {
  await owner.end();
  await kaira.close();
});

const as = async (user: keyof typeof USERS) => ({ token: await kaira.tokenFor(USERS[user]), tenant });

function expectBadInput(result: GraphQLResult<unknown>, field: string): void {
  expect({ code: codeOf(result), field: result.errors?.[0]?.extensions?.field }).toEqual({
    code: 'BAD_USER_INPUT',
    field,
  });
  expect(result.data).toBeNull();
}

/** Every training table's rows in the tenant: what a refused write must leave as it was. */
async function footprint(): Promise<Record<string, unknown>> {
  const tables = ['card_type', 'trainer_authorisation', 'training_session', 'session_trainer'];
  const out: Record<string, unknown> = {};
  for (const table of tables) out[table] = await count(owner, tid, table);
  out.catalogue = (await kaira.gql(CardTypesDocument, {}, await as('office'))).data!.cardTypes;
  return out;
}

const session = (overrides: Partial<CreateTrainingSessionInput> = {}): CreateTrainingSessionInput => ({
  cardTypeId: types.ttk!,
  startsAt: at(30, 6),
  endsAt: at(30, 14),
  place: 'Eduro, Koulutuskeskus, Rovaniemi',
  language: 'FI',
  deliveryMode: 'CLASSROOM',
  capacity: 16,
  ...overrides,
});

async function createSession(overrides: Partial<CreateTrainingSessionInput> = {}): Promise<string> {
  const result = await kaira.gql(CreateTrainingSessionDocument, { input: session(overrides) }, await as('office'));
  expect(result.errors).toBeUndefined();
  return result.data!.createTrainingSession.id;
}

const assign = async (sessionId: string, trainerUserId = trainer) =>
  kaira.gql(AssignSessionTrainerDocument, { input: { sessionId, trainerUserId } }, await as('office'));

describe('catalogue', () => {
  test('the seeded types of DOMAIN.md §2.1 are there with their rules', async () => {
    const result = await kaira.gql(CardTypesDocument, {}, await as('trainer'));
    expect(result.errors).toBeUndefined();
    const byCode = Object.fromEntries(result.data!.cardTypes.map((t) => [t.code, t]));
    expect(Object.keys(byCode).sort()).toEqual(
      ['ea1', 'ea2', 'hygieniapassi', 'sahkotyoturvallisuus', 'tieturva-1', 'tieturva-2', 'ttk', 'tulityo'].sort(),
    );
    expect(byCode.ttk).toMatchObject({
      schemeOwner: 'Työturvallisuuskeskus TTK',
      validityMonths: 60,
      validityBasis: 'DAY',
      refresherOnlyWhileValid: true,
      maxRetakes: 2,
      temporaryCertificateMaxDays: 28,
      trainerAuthorisationRequired: true,
    });
    expect(byCode['tieturva-1']).toMatchObject({ validityMonths: 60, validityBasis: 'MONTH' });
    expect(byCode['tieturva-2']).toMatchObject({ validityMonths: 60, validityBasis: 'DAY' });
    expect(byCode.tulityo).toMatchObject({ validityMonths: 60 });
    expect(byCode.hygieniapassi).toMatchObject({
      validityMonths: null,
      photoIdRequired: true,
      trainerAuthorisationRequired: false,
    });
    expect(byCode.ea1).toMatchObject({ validityMonths: 36, schemeOwner: 'Suomen Punainen Risti SPR' });
    expect(byCode.ea2).toMatchObject({ validityMonths: 36 });
    expect(byCode.sahkotyoturvallisuus).toMatchObject({ validityMonths: 60, examPassMark: 62.5 });
  });

  test('OFFICE edits the catalogue fields; null clears an optional one', async () => {
    const result = await kaira.gql(
      UpdateCardTypeDocument,
      {
        input: {
          id: types.ea1!,
          nameEn: 'First Aid Level 1',
          validityMonths: 24,
          validityBasis: 'MONTH',
          examPassMark: 75.5,
          maxRetakes: 3,
          temporaryCertificateMaxDays: 14,
          refresherOnlyWhileValid: true,
          trainerAuthorisationRequired: false,
          photoIdRequired: true,
        },
      },
      await as('office'),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateCardType).toMatchObject({
      code: 'ea1',
      nameFi: 'Ensiapu EA 1',
      nameEn: 'First Aid Level 1',
      validityMonths: 24,
      validityBasis: 'MONTH',
      examPassMark: 75.5,
      maxRetakes: 3,
      temporaryCertificateMaxDays: 14,
      refresherOnlyWhileValid: true,
      trainerAuthorisationRequired: false,
      photoIdRequired: true,
    });
    const cleared = await kaira.gql(
      UpdateCardTypeDocument,
      { input: { id: types.ea1!, examPassMark: null, maxRetakes: null, temporaryCertificateMaxDays: null } },
      await as('office'),
    );
    expect(cleared.data!.updateCardType).toMatchObject({
      examPassMark: null,
      maxRetakes: null,
      temporaryCertificateMaxDays: null,
      validityMonths: 24,
    });
  });

  const badCatalogue: Array<[string, Partial<UpdateCardTypeInput>]> = [
    ['id', { id: 'not-an-id' }],
    ['nameFi', { nameFi: '  ' }],
    ['nameFi', { nameFi: null }],
    ['nameEn', { nameEn: 'x'.repeat(201) }],
    ['schemeOwner', { schemeOwner: '' }],
    ['validityMonths', { validityMonths: 0 }],
    ['validityMonths', { validityMonths: 601 }],
    ['validityBasis', { validityBasis: null }],
    ['refresherOnlyWhileValid', { refresherOnlyWhileValid: null }],
    ['examPassMark', { examPassMark: 0 }],
    ['examPassMark', { examPassMark: 100.5 }],
    ['examPassMark', { examPassMark: 62.55 }],
    ['maxRetakes', { maxRetakes: -1 }],
    ['temporaryCertificateMaxDays', { temporaryCertificateMaxDays: 0 }],
    ['temporaryCertificateMaxDays', { temporaryCertificateMaxDays: 367 }],
    ['trainerAuthorisationRequired', { trainerAuthorisationRequired: null }],
    ['photoIdRequired', { photoIdRequired: null }],
    // A month basis without a validity period means nothing.
    ['validityBasis', { validityMonths: null, validityBasis: 'MONTH' }],
  ];
  test.each(badCatalogue)('updateCardType: bad %s is BAD_USER_INPUT naming it; nothing written', async (field, bad) => {
    const before = await footprint();
    // A valid change alongside: the whole update is refused, not just the bad field.
    const input = { id: types.tulityo!, nameEn: 'Changed', ...bad } as UpdateCardTypeInput;
    expectBadInput(await kaira.gql(UpdateCardTypeDocument, { input }, await as('office')), field);
    expect(await footprint()).toEqual(before);
  });

  test('clearing the validity of a MONTH-basis type names validityMonths; nothing written', async () => {
    const before = await footprint();
    const id = await cardTypeId(owner, tid, 'tieturva-1');
    const input = { id, validityMonths: null };
    expectBadInput(await kaira.gql(UpdateCardTypeDocument, { input }, await as('office')), 'validityMonths');
    expect(await footprint()).toEqual(before);
  });

  test('updateCardType of an unknown type is NOT_FOUND', async () => {
    const result = await kaira.gql(
      UpdateCardTypeDocument,
      { input: { id: '00000000-0000-4000-8000-000000000001', nameEn: 'x' } },
      await as('office'),
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
  });

  test('the app role cannot add a card type or change its code (the seed owns them)', async () => {
    const app = await connect(kaira.db.appUrl);
    try {
      await app.query('begin');
      await app.query("select set_config('kaira.tenant_id', $1, true)", [tid]);
      await expect(app.query("update card_type set code = 'x' where code = 'ttk'")).rejects.toThrow(
        /permission denied/,
      );
      await app.query('rollback');
    } finally {
      await app.end();
    }
  });
});

describe('trainer authorisations', () => {
  test('OFFICE grants and renews an authorisation; the list shows it once with the new expiry', async () => {
    const grant = (validUntil: string) =>
      as('office').then((o) =>
        kaira.gql(
          GrantTrainerAuthorisationDocument,
          { input: { trainerUserId: trainer, cardTypeId: types.ea1!, validUntil } },
          o,
        ),
      );
    expect((await grant(daysFromNow(100))).data!.grantTrainerAuthorisation.validUntil).toBe(daysFromNow(100));
    expect((await grant(daysFromNow(400))).data!.grantTrainerAuthorisation.validUntil).toBe(daysFromNow(400));
    const list = await kaira.gql(TrainerAuthorisationsDocument, {}, await as('office'));
    const ea1 = list.data!.trainerAuthorisations.filter((a) => a.cardType.code === 'ea1');
    expect(ea1).toEqual([expect.objectContaining({ validUntil: daysFromNow(400), trainer: expect.any(Object) })]);
    expect(ea1[0]!.trainer).toEqual({ userId: trainer, displayName: 'Kalle Kouluttaja' });
    // The demo authorisations: TTK and Tieturva 1.
    const codes = list.data!.trainerAuthorisations.map((a) => a.cardType.code);
    expect(codes).toEqual(expect.arrayContaining(['ttk', 'tieturva-1']));
  });

  test.each<[string, () => Promise<Partial<GrantTrainerAuthorisationInput>>]>([
    ['trainerUserId', async () => ({ trainerUserId: 'nope' })],
    // OFFICE in this tenant, not TRAINER.
    ['trainerUserId', async () => ({ trainerUserId: await idOf(owner, USERS.office) })],
    // No membership in this tenant at all.
    ['trainerUserId', async () => ({ trainerUserId: await idOf(owner, USERS.coach) })],
    ['cardTypeId', async () => ({ cardTypeId: '00000000-0000-4000-8000-000000000001' })],
    ['validUntil', async () => ({ validUntil: '2027-02-30' })],
    ['validUntil', async () => ({ validUntil: daysFromNow(-2) })],
  ])('grantTrainerAuthorisation: bad %s is BAD_USER_INPUT naming it; nothing written', async (field, bad) => {
    const before = await footprint();
    const input = {
      trainerUserId: trainer,
      cardTypeId: types.tulityo!,
      validUntil: daysFromNow(300),
      ...(await bad()),
    };
    expectBadInput(await kaira.gql(GrantTrainerAuthorisationDocument, { input }, await as('office')), field);
    expect(await footprint()).toEqual(before);
  });
});

describe('sessions', () => {
  test('OFFICE creates a session; it reads back with its type and no trainers', async () => {
    const result = await kaira.gql(
      CreateTrainingSessionDocument,
      { input: session({ startsAt: '2026-12-01T08:00:00+02:00', endsAt: '2026-12-01T16:00:00+02:00' }) },
      await as('office'),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.createTrainingSession).toMatchObject({
      cardType: { code: 'ttk' },
      startsAt: '2026-12-01T06:00:00.000Z',
      endsAt: '2026-12-01T14:00:00.000Z',
      place: 'Eduro, Koulutuskeskus, Rovaniemi',
      language: 'FI',
      deliveryMode: 'CLASSROOM',
      capacity: 16,
      trainers: [],
    });
  });

  const badSession: Array<[string, Partial<CreateTrainingSessionInput>]> = [
    ['cardTypeId', { cardTypeId: 'x' }],
    ['cardTypeId', { cardTypeId: '00000000-0000-4000-8000-000000000001' }],
    ['startsAt', { startsAt: '2026-12-01 08:00' }],
    ['startsAt', { startsAt: '2026-12-01T08:00:00' }], // no offset: the time zone is not guessed
    ['startsAt', { startsAt: '2026-02-30T08:00:00+02:00' }],
    ['endsAt', { endsAt: 'tomorrow' }],
    ['endsAt', { startsAt: at(30, 14), endsAt: at(30, 6) }],
    ['endsAt', { startsAt: at(30, 6), endsAt: at(30, 6) }],
    ['place', { place: ' ' }],
    ['place', { place: 'x'.repeat(201) }],
    ['capacity', { capacity: 0 }],
    ['capacity', { capacity: 501 }],
  ];
  test.each(badSession)(
    'createTrainingSession: bad %s is BAD_USER_INPUT naming it; nothing written',
    async (f, bad) => {
      const before = await footprint();
      expectBadInput(await kaira.gql(CreateTrainingSessionDocument, { input: session(bad) }, await as('office')), f);
      expect(await footprint()).toEqual(before);
    },
  );

  test('OFFICE edits a session; omitted fields keep their values', async () => {
    const id = await createSession({ cardTypeId: types.ea1! });
    const result = await kaira.gql(
      UpdateTrainingSessionDocument,
      { input: { id, place: 'Verkossa', deliveryMode: 'ONLINE', language: 'SV', capacity: 500 } },
      await as('office'),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateTrainingSession).toMatchObject({
      place: 'Verkossa',
      deliveryMode: 'ONLINE',
      language: 'SV',
      capacity: 500,
      startsAt: new Date(at(30, 6)).toISOString(),
      cardType: { code: 'ea1' },
    });
  });

  const badUpdate: Array<[string, Partial<UpdateTrainingSessionInput>]> = [
    ['id', { id: 'x' }],
    ['place', { place: null }],
    ['place', { place: '' }],
    ['capacity', { capacity: 0 }],
    ['capacity', { capacity: null }],
    ['startsAt', { startsAt: 'soon' }],
    ['endsAt', { endsAt: at(29, 6) }], // before the start
    ['startsAt', { startsAt: at(31, 6) }], // after the end
    ['language', { language: null }],
  ];
  test.each(badUpdate)('updateTrainingSession: bad %s is BAD_USER_INPUT naming it; nothing written', async (f, bad) => {
    const id = await createSession();
    const read = async () => (await kaira.gql(TrainingSessionDocument, { id }, await as('office'))).data;
    const before = await read();
    const input = { id, place: 'Muualla', ...bad } as UpdateTrainingSessionInput;
    expectBadInput(await kaira.gql(UpdateTrainingSessionDocument, { input }, await as('office')), f);
    expect(await read()).toEqual(before);
  });

  test('updating an unknown session is NOT_FOUND', async () => {
    const input = { id: '00000000-0000-4000-8000-000000000001', place: 'x' };
    expect(codeOf(await kaira.gql(UpdateTrainingSessionDocument, { input }, await as('office')))).toBe('NOT_FOUND');
  });

  test('trainingSessions: bad range arguments name the argument', async () => {
    const o = await as('office');
    expectBadInput(await kaira.gql(TrainingSessionsDocument, { from: '2026-13-01', to: '2027-01-01' }, o), 'from');
    expectBadInput(await kaira.gql(TrainingSessionsDocument, { from: '2026-03-01', to: '2026-02-01' }, o), 'to');
    expectBadInput(await kaira.gql(TrainingSessionsDocument, { from: '2026-01-01', to: '2027-06-01' }, o), 'to');
  });
});

describe('putting trainers on sessions', () => {
  test('an unauthorised trainer cannot teach a type that requires authorisation (CONFLICT)', async () => {
    const id = await createSession({ cardTypeId: types.tulityo! });
    const before = await count(owner, tid, 'session_trainer');
    const result = await assign(id);
    expect(codeOf(result)).toBe('CONFLICT');
    expect(result.errors![0]!.message).toMatch(/no authorisation for this card type/);
    expect(await count(owner, tid, 'session_trainer')).toBe(before);
  });

  test("a trainer whose authorisation expires before the session ends cannot teach it, until it's renewed", async () => {
    // The demo authorisation for TTK runs two years from today.
    const id = await createSession({ startsAt: at(900, 6), endsAt: at(900, 14) });
    const refused = await assign(id);
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors![0]!.message).toMatch(/expires before the session ends/);
    // Valid through the session's last day is enough.
    const renew = await kaira.gql(
      GrantTrainerAuthorisationDocument,
      { input: { trainerUserId: trainer, cardTypeId: types.ttk!, validUntil: daysFromNow(900) } },
      await as('office'),
    );
    expect(renew.errors).toBeUndefined();
    const assigned = await assign(id);
    expect(assigned.errors).toBeUndefined();
    expect(assigned.data!.assignSessionTrainer.trainers).toEqual([
      { userId: trainer, displayName: 'Kalle Kouluttaja' },
    ]);
    // Assigning again changes nothing.
    expect((await assign(id)).data!.assignSessionTrainer.trainers).toHaveLength(1);
    // Moving the end past the authorisation is refused too, and the session keeps its time.
    const moved = await kaira.gql(
      UpdateTrainingSessionDocument,
      { input: { id, endsAt: at(902, 14) } },
      await as('office'),
    );
    expect(codeOf(moved)).toBe('CONFLICT');
    const read = await kaira.gql(TrainingSessionDocument, { id }, await as('office'));
    expect(read.data!.trainingSession.endsAt).toBe(new Date(at(900, 14)).toISOString());
  });

  test('a type that needs no authorisation takes any TRAINER member', async () => {
    const id = await createSession({ cardTypeId: types.hygieniapassi! });
    const result = await assign(id);
    expect(result.errors).toBeUndefined();
    expect(result.data!.assignSessionTrainer.trainers.map((t) => t.userId)).toEqual([trainer]);
  });

  test.each([
    ['OFFICE, not TRAINER, in this tenant', USERS.office],
    ['no membership in this tenant', USERS.coach],
  ])('a user with %s is not a trainer (BAD_USER_INPUT trainerUserId)', async (_what, email) => {
    const id = await createSession({ cardTypeId: types.hygieniapassi! });
    expectBadInput(await assign(id, await idOf(owner, email)), 'trainerUserId');
    expect(await count(owner, tid, 'session_trainer', 'session_id = $1', [id])).toBe(0);
  });

  test('assigning to an unknown session is NOT_FOUND; a bad id is BAD_USER_INPUT', async () => {
    expect(codeOf(await assign('00000000-0000-4000-8000-000000000001'))).toBe('NOT_FOUND');
    expectBadInput(await assign('x'), 'sessionId');
  });
});

describe('what a trainer sees', () => {
  test('a trainer sees only the sessions they teach; OFFICE and the DPO see all', async () => {
    const untaught = await createSession({ cardTypeId: types.hygieniapassi!, startsAt: at(20, 6), endsAt: at(20, 8) });
    const range = { from: daysFromNow(-1), to: daysFromNow(60) };
    const ids = async (user: keyof typeof USERS) =>
      (await kaira.gql(TrainingSessionsDocument, range, await as(user))).data!.trainingSessions.map((s) => s.id);
    const demoIds = demo.map((s) => s.id);
    const trainerSees = await ids('trainer');
    expect(trainerSees).toEqual(expect.arrayContaining(demoIds));
    expect(trainerSees).not.toContain(untaught);
    expect(await ids('office')).toEqual(expect.arrayContaining([...demoIds, untaught]));
    expect(await ids('eduroDpo')).toEqual(expect.arrayContaining([...demoIds, untaught]));
    // Every session the trainer sees has them as a trainer.
    const seen = await kaira.gql(TrainingSessionsDocument, range, await as('trainer'));
    for (const s of seen.data!.trainingSessions) expect(s.trainers.map((t) => t.userId)).toContain(trainer);

    // One session: NOT_FOUND for a session the trainer does not teach (existence is not revealed).
    expect(codeOf(await kaira.gql(TrainingSessionDocument, { id: untaught }, await as('trainer')))).toBe('NOT_FOUND');
    expect((await kaira.gql(TrainingSessionDocument, { id: demoIds[0]! }, await as('trainer'))).errors).toBeUndefined();

    // Once put on it, they see it.
    expect((await assign(untaught)).errors).toBeUndefined();
    expect(await ids('trainer')).toContain(untaught);
  });

  test('the demo sessions are upcoming, one each of TTK, Tieturva 1 and hygieniapassi, taught by the trainer', async () => {
    expect(demo.map((s) => s.code)).toEqual(['ttk', 'tieturva-1', 'hygieniapassi']);
    for (const { id } of demo) {
      const read = await kaira.gql(TrainingSessionDocument, { id }, await as('trainer'));
      expect(new Date(read.data!.trainingSession.startsAt).getTime()).toBeGreaterThan(Date.now());
      expect(read.data!.trainingSession.trainers.map((t) => t.userId)).toEqual([trainer]);
    }
  });
});
