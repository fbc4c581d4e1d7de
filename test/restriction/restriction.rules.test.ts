import type { Client as Pg } from 'pg';
import { LiftRestrictionDocument, PersonRestrictionsDocument, RestrictPersonDocument } from '../generated/graphql';
import { tenantId } from '../guidance/guidance.support';
import { inTenant } from '../isolation/sql';
import { connect } from '../support/database';
import { codeOf, startKaira, TENANTS, USERS, type Kaira } from '../support/kaira';
import { expectDecision, matrixCases, type Tenant, type User } from '../support/rules-matrix';
import { unrestrictedPerson } from '../objection/rights-fixtures';

// Every restriction operation × every demo principal × every tenant, written out from GDPR 18 and DOMAIN.md
// §3: restricting and lifting complete a restriction request, the controller's decision — Eduro's DPO in
// Eduro's registers; in rovaniemi-guidance the city's officer or DPO, never Eduro's DPO, coach or office.

const controller = (t: Tenant): User[] => (t === 'rovaniemi-guidance' ? ['cityOfficer', 'cityDpo'] : ['eduroDpo']);

let kaira: Kaira;
let owner: Pg;
let skip = 10;
const people = new Map<Tenant, string>();

beforeAll(async () => {
  kaira = await startKaira();
  owner = await connect(kaira.db.ownerUrl);
  for (const t of TENANTS) people.set(t, await unrestrictedPerson(owner, tenantId(kaira, t), 4));
});
afterAll(async () => {
  await owner?.end();
  await kaira?.close();
});

/** A fresh person of the tenant, restricted when asked (as the controller would have). */
async function freshPerson(t: Tenant, restricted: boolean): Promise<string> {
  const tid = tenantId(kaira, t);
  const personId = await unrestrictedPerson(owner, tid, skip++ % 8);
  if (restricted) {
    await inTenant(
      owner,
      tid,
      () =>
        owner.query(
          `insert into person_restriction (id, tenant_id, person_id, reason, restricted_by)
           select gen_random_uuid(), $1, $2, 'legal claims (GDPR 18(1)(c))', id from user_account limit 1`,
          [tid, personId],
        ),
      { commit: true },
    );
  }
  return personId;
}

const operations = {
  restrictPerson: {
    allowed: controller,
    run: async (t: Tenant) => ({
      doc: RestrictPersonDocument,
      vars: { input: { personId: await freshPerson(t, false), reason: 'accuracy contested' } },
    }),
  },
  liftRestriction: {
    allowed: controller,
    run: async (t: Tenant) => ({
      doc: LiftRestrictionDocument,
      vars: { input: { personId: await freshPerson(t, true), reason: 'the claim has been settled' } },
    }),
  },
  personRestrictions: {
    allowed: controller,
    run: async (t: Tenant) => ({ doc: PersonRestrictionsDocument, vars: { personId: people.get(t)! } }),
  },
} as const;

test.each(matrixCases(operations))('$operation in $tenant by $user: allowed $allowed', async (c) => {
  const { doc, vars } = await operations[c.operation as keyof typeof operations].run(c.tenant);
  if (c.operation === 'personRestrictions' && c.allowed) {
    const result = await kaira.gql(doc as never, vars as never, {
      token: await kaira.tokenFor(USERS[c.user]),
      tenant: c.tenant,
    });
    expect(result.errors).toBeUndefined();
    expect(Array.isArray((result.data as Record<string, unknown>).personRestrictions)).toBe(true);
    return;
  }
  await expectDecision(kaira, c, doc, vars);
  // Leave no restriction behind for the next case to trip over.
  await inTenant(owner, tenantId(kaira, c.tenant), () => owner.query('delete from person_restriction'), {
    commit: true,
  });
});

test.each(Object.keys(operations))('%s without credentials is UNAUTHENTICATED', async (operation) => {
  const { doc, vars } = await operations[operation as keyof typeof operations].run('eduro-guidance');
  expect(codeOf(await kaira.gql(doc as never, vars as never, { tenant: 'eduro-guidance' }))).toBe('UNAUTHENTICATED');
});

test("another tenant's person is NOT_FOUND to restrict (other tenants see nothing)", async () => {
  const result = await kaira.gql(
    RestrictPersonDocument,
    { input: { personId: people.get('eduro-training')!, reason: 'not ours' } },
    { token: await kaira.tokenFor(USERS.eduroDpo), tenant: 'eduro-guidance' },
  );
  expect(codeOf(result)).toBe('NOT_FOUND');
});
