import { codeOf, startKaira, USERS, type Kaira } from '../support/kaira';

let kaira: Kaira;
beforeAll(async () => {
  kaira = await startKaira();
});
afterAll(() => kaira.close());

test('an office user signs in and lists people of a tenant', async () => {
  const token = await kaira.tokenFor(USERS.office);
  const result = await kaira.gql<{ people: { nodes: unknown[] } }>(
    '{ people(first: 5) { nodes { id firstName } } }',
    {},
    {
      token,
      tenant: 'eduro-training',
    },
  );
  expect(result.errors).toBeUndefined();
  expect(result.data?.people.nodes).toHaveLength(5);
  expect(codeOf(await kaira.gql('{ people { nodes { id } } }'))).toBe('UNAUTHENTICATED');
});
