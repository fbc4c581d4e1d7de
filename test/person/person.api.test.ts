import {
  type PeopleQuery,
  PeopleDocument,
  PersonDocument,
  RegisterPersonDocument,
  RevealPersonalIdentityCodeDocument,
  UpdatePersonContactDocument,
} from '../generated/graphql';
import { connect } from '../support/database';
import { codeOf, startKaira, USERS, type GraphQLResult, type Kaira } from '../support/kaira';

let kaira: Kaira;
let token: string;
const tenant = 'eduro-guidance';
const as = () => ({ token, tenant });

beforeAll(async () => {
  kaira = await startKaira();
  token = await kaira.tokenFor(USERS.office);
});
afterAll(() => kaira.close());

async function countPeople(): Promise<number> {
  const db = await connect(kaira.db.ownerUrl);
  try {
    await db.query('begin');
    await db.query("select set_config('kaira.tenant_id', $1, true)", [kaira.registry.bySlug(tenant)!.id]);
    const { rows } = await db.query<{ n: string }>('select count(*) as n from person');
    await db.query('rollback');
    return Number(rows[0]!.n);
  } finally {
    await db.end();
  }
}

describe('registerPerson', () => {
  const valid = { firstName: 'Iida', lastName: 'Kuusela', email: 'iida@example.fi', phone: '+358 40 7654321' };

  test.each([
    ['firstName', { firstName: '  ' }],
    ['lastName', { lastName: '' }],
    ['lastName', { lastName: 'x'.repeat(101) }],
    ['email', { email: 'not-an-email' }],
    ['phone', { phone: 'call me' }],
    ['personalIdentityCode', { personalIdentityCode: '010190-999K' }],
    ['personalIdentityCode', { personalIdentityCode: '310290-123T' }],
  ])('a bad %s is BAD_USER_INPUT naming the field, and nothing is written', async (field, change) => {
    const before = await countPeople();
    const result = await kaira.gql(RegisterPersonDocument, { input: { ...valid, ...change } }, as());
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.extensions!.field).toBe(field);
    // Messages name the field, never echo the value.
    expect(result.errors![0]!.message).not.toContain('999K');
    expect(await countPeople()).toBe(before);
  });

  test('the henkilötunnus is masked in the API and encrypted at rest; the same code twice is CONFLICT', async () => {
    const created = await kaira.gql(
      RegisterPersonDocument,
      { input: { ...valid, personalIdentityCode: '131052-308T' } },
      as(),
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.registerPerson).toMatchObject({
      personalIdentityCodeMasked: '131052-****',
      identityCodeTemporary: false,
    });

    const db = await connect(kaira.db.ownerUrl);
    await db.query('begin');
    await db.query("select set_config('kaira.tenant_id', $1, true)", [kaira.registry.bySlug(tenant)!.id]);
    const { rows } = await db.query('select * from person where id = $1', [created.data!.registerPerson.id]);
    await db.query('rollback');
    await db.end();
    expect(JSON.stringify(rows[0])).not.toContain('308T');
    expect(rows[0].identity_code_encrypted).toMatch(/^v1:/);

    const again = await kaira.gql(
      RegisterPersonDocument,
      { input: { ...valid, personalIdentityCode: '131052-308T' } },
      as(),
    );
    expect(codeOf(again)).toBe('CONFLICT');
  });

  test('010190-999W and 010190Y999W are two people', async () => {
    const a = await kaira.gql(
      RegisterPersonDocument,
      { input: { ...valid, personalIdentityCode: '010190-999W' } },
      as(),
    );
    const b = await kaira.gql(
      RegisterPersonDocument,
      { input: { ...valid, personalIdentityCode: '010190Y999W' } },
      as(),
    );
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(a.data!.registerPerson.identityCodeTemporary).toBe(true);
    const reveal = (personId: string) =>
      kaira.gql(
        RevealPersonalIdentityCodeDocument,
        { input: { personId, purpose: 'checking the century sign' } },
        as(),
      );
    expect((await reveal(a.data!.registerPerson.id)).data!.revealPersonalIdentityCode.personalIdentityCode).toBe(
      '010190-999W',
    );
    expect((await reveal(b.data!.registerPerson.id)).data!.revealPersonalIdentityCode.personalIdentityCode).toBe(
      '010190Y999W',
    );
  });
});

describe('people', () => {
  test('pages by name with an opaque cursor, without repeats or gaps', async () => {
    const all = await kaira.gql(PeopleDocument, { first: 200 }, as());
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: GraphQLResult<PeopleQuery> = await kaira.gql(PeopleDocument, { first: 4, after }, as());
      expect(page.errors).toBeUndefined();
      seen.push(...page.data!.people.nodes.map((n) => n.id));
      if (!page.data!.people.pageInfo.hasNextPage) break;
      after = page.data!.people.pageInfo.endCursor!;
    }
    expect(seen).toEqual(all.data!.people.nodes.map((n) => n.id));
    const names = all.data!.people.nodes.map((n) => `${n.lastName}\u0000${n.firstName}`);
    expect([...names].sort()).toEqual(names);
  });

  test('searches by the beginning of a name; bad paging input is BAD_USER_INPUT', async () => {
    const found = await kaira.gql(PeopleDocument, { first: 50, search: 'aino' }, as());
    expect(found.data!.people.nodes.length).toBeGreaterThan(0);
    for (const p of found.data!.people.nodes) expect(`${p.firstName} ${p.lastName}`.toLowerCase()).toMatch(/(^| )aino/);
    expect(codeOf(await kaira.gql(PeopleDocument, { first: 0 }, as()))).toBe('BAD_USER_INPUT');
    expect(codeOf(await kaira.gql(PeopleDocument, { first: 201 }, as()))).toBe('BAD_USER_INPUT');
    expect(codeOf(await kaira.gql(PeopleDocument, { first: 5, after: 'nope' }, as()))).toBe('BAD_USER_INPUT');
    const unknown = '00000000-0000-4000-8000-00000000ffff';
    expect(codeOf(await kaira.gql(PeopleDocument, { first: 5, after: unknown }, as()))).toBe('BAD_USER_INPUT');
    expect(codeOf(await kaira.gql(PersonDocument, { id: unknown }, as()))).toBe('NOT_FOUND');
  });
});

test('updatePersonContact keeps the earlier values with the reason and author', async () => {
  const person = (await kaira.gql(PeopleDocument, { first: 1 }, as())).data!.people.nodes[0]!;
  const updated = await kaira.gql(
    UpdatePersonContactDocument,
    { input: { personId: person.id, email: 'uusi.osoite@example.fi', reason: 'the person asked by phone' } },
    as(),
  );
  expect(updated.data!.updatePersonContact).toMatchObject({ email: 'uusi.osoite@example.fi', phone: person.phone });
  expect(
    codeOf(
      await kaira.gql(
        UpdatePersonContactDocument,
        { input: { personId: person.id, email: 'x', reason: 'typo' } },
        as(),
      ),
    ),
  ).toBe('BAD_USER_INPUT');
  expect(
    codeOf(
      await kaira.gql(UpdatePersonContactDocument, { input: { personId: person.id, phone: null, reason: ' ' } }, as()),
    ),
  ).toBe('BAD_USER_INPUT');

  const db = await connect(kaira.db.ownerUrl);
  await db.query('begin');
  await db.query("select set_config('kaira.tenant_id', $1, true)", [kaira.registry.bySlug(tenant)!.id]);
  const { rows } = await db.query('select reason, previous, changed_by from person_revision where person_id = $1', [
    person.id,
  ]);
  await db.query('rollback');
  await db.end();
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ reason: 'the person asked by phone', previous: { email: person.email } });
});
