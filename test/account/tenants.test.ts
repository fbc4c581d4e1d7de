import { startKaira, codeOf, USERS, TENANTS, type Kaira } from '../support/kaira';
import { me, reasonOf, type MembershipView } from './account.support';

// The Kaira-Tenant header names the tenant; it counts only with a membership there (DOMAIN.md §3).

const EDURO = '1508035-7';
const ROVANIEMI = '1978283-1';
const TE_OFFICE = '1234567-1';

let kaira: Kaira;
beforeAll(async () => {
  kaira = await startKaira();
});
afterAll(() => kaira.close());

async function current(email: string, tenant: string): Promise<MembershipView | null> {
  const result = await me(kaira, { token: await kaira.tokenFor(email), tenant });
  expect(result.errors).toBeUndefined();
  return result.data!.me.current;
}

test('me in a tenant where the user has no membership is FORBIDDEN', async () => {
  const result = await me(kaira, { token: await kaira.tokenFor(USERS.trainer), tenant: 'rovaniemi-guidance' });
  expect(codeOf(result)).toBe('FORBIDDEN');
  expect(result.data).toBeNull();
  // The city's officer has nothing in Eduro's own tenants either.
  for (const tenant of ['eduro-training', 'eduro-guidance']) {
    expect(codeOf(await me(kaira, { token: await kaira.tokenFor(USERS.cityOfficer), tenant }))).toBe('FORBIDDEN');
  }
});

test('an unknown tenant slug is BAD_USER_INPUT naming the header', async () => {
  const result = await me(kaira, { token: await kaira.tokenFor(USERS.office), tenant: 'no-such-tenant' });
  expect(codeOf(result)).toBe('BAD_USER_INPUT');
  expect(result.errors![0]!.extensions!.field).toBe('Kaira-Tenant');
  expect(result.data).toBeNull();
});

test('a tenant header without a token is still UNAUTHENTICATED', async () => {
  for (const tenant of ['eduro-guidance', 'no-such-tenant']) {
    const result = await me(kaira, { tenant });
    expect(codeOf(result)).toBe('UNAUTHENTICATED');
    expect(reasonOf(result)).toBeUndefined();
  }
});

test('me without a tenant lists all memberships and has no current one', async () => {
  const result = await me(kaira, { token: await kaira.tokenFor(USERS.office) });
  expect(result.errors).toBeUndefined();
  const view = result.data!.me;
  expect(view.user.email).toBe(USERS.office);
  expect(view.current).toBeNull();
  expect([...view.memberships].sort((a, b) => a.tenant.slug.localeCompare(b.tenant.slug))).toEqual([
    {
      tenant: { slug: 'eduro-guidance' },
      roles: ['OFFICE'],
      organisation: { businessId: EDURO },
      actsFor: 'CONTROLLER',
    },
    {
      tenant: { slug: 'eduro-training' },
      roles: ['OFFICE'],
      organisation: { businessId: EDURO },
      actsFor: 'CONTROLLER',
    },
    {
      tenant: { slug: 'rovaniemi-guidance' },
      roles: ['OFFICE'],
      organisation: { businessId: EDURO },
      actsFor: 'PROCESSOR',
    },
  ]);

  // A user with one membership lists exactly that one.
  const trainer = await me(kaira, { token: await kaira.tokenFor(USERS.trainer) });
  expect(trainer.data!.me.memberships.map((m) => [m.tenant.slug, m.roles])).toEqual([['eduro-training', ['TRAINER']]]);
});

test('me in a tenant lists all memberships and the current one, for every tenant of the user', async () => {
  for (const tenant of TENANTS) {
    const result = await me(kaira, { token: await kaira.tokenFor(USERS.eduroDpo), tenant });
    expect(result.errors).toBeUndefined();
    expect(result.data!.me.memberships).toHaveLength(3);
    expect(result.data!.me.current).toMatchObject({ tenant: { slug: tenant }, roles: ['DPO'] });
  }
});

test("actsFor: Eduro is controller of its own registers and processor of the city's", async () => {
  expect(await current(USERS.office, 'eduro-guidance')).toEqual({
    tenant: { slug: 'eduro-guidance' },
    roles: ['OFFICE'],
    organisation: { businessId: EDURO },
    actsFor: 'CONTROLLER',
  });
  expect(await current(USERS.office, 'rovaniemi-guidance')).toEqual({
    tenant: { slug: 'rovaniemi-guidance' },
    roles: ['OFFICE'],
    organisation: { businessId: EDURO },
    actsFor: 'PROCESSOR',
  });
  expect((await current(USERS.coach, 'rovaniemi-guidance'))?.actsFor).toBe('PROCESSOR');
  expect((await current(USERS.eduroDpo, 'rovaniemi-guidance'))?.actsFor).toBe('PROCESSOR');
});

test("actsFor: the city's officer and DPO act for the controller in rovaniemi-guidance", async () => {
  expect(await current(USERS.cityOfficer, 'rovaniemi-guidance')).toEqual({
    tenant: { slug: 'rovaniemi-guidance' },
    roles: ['CONTROLLER_OFFICER'],
    organisation: { businessId: ROVANIEMI },
    actsFor: 'CONTROLLER',
  });
  expect((await current(USERS.cityDpo, 'rovaniemi-guidance'))?.actsFor).toBe('CONTROLLER');
});

test('actsFor: the referrer is another party in both guidance registers', async () => {
  for (const tenant of ['eduro-guidance', 'rovaniemi-guidance']) {
    expect(await current(USERS.referrer, tenant)).toEqual({
      tenant: { slug: tenant },
      roles: ['REFERRER'],
      organisation: { businessId: TE_OFFICE },
      actsFor: 'OTHER_PARTY',
    });
  }
});

test('the tenant header is read without surrounding spaces', async () => {
  expect(await current(USERS.office, '  rovaniemi-guidance ')).toMatchObject({ actsFor: 'PROCESSOR' });
});
