import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Keys } from '../config';
import { hashPassword } from '../auth/passwords';
import { Role } from '../auth/roles';
import { TenantTransaction } from '../db/tenant-transaction';
import { Person } from '../modules/person/person.entity';
import { newPersonValues } from '../modules/person/person.service';
import { composeIdentityCode } from '../modules/person/personal-identity-code';
import { seedGuidanceDemo } from '../modules/client/client.demo';
import { seedRightsDemo } from '../modules/rights-request/rights.demo';
import { seedDisclosureDemo } from '../modules/disclosure/disclosure.demo';
import { seedErasureDemo } from '../modules/erasure/erasure.demo';
import { seedSurveyDemo } from '../modules/survey/survey.demo';
import { seedTrainingDemo } from '../modules/training/training.demo';
import { seedCompanyDemo } from '../modules/company/company.demo';
import { seedMarketingDemo } from '../modules/marketing/marketing.demo';
import type { TenantFile } from '../tenants/tenant-file';

// Demo users for every role of DOMAIN.md §3 and a few people per tenant, for local use only
// (never in production). All demo users share one password, printed in the README.
export const DEMO_PASSWORD = 'kaira-demo-2026';

const EDURO = '1508035-7';
const ROVANIEMI = '1978283-1';
const TE_OFFICE = { name: 'Lapin TE-palvelut (demo)', businessId: '1234567-1' };

interface DemoUser {
  email: string;
  displayName: string;
  organisation: string;
  memberships: Record<string, Role[]>;
}

export const DEMO_USERS: DemoUser[] = [
  {
    email: 'coach@eduro.example',
    displayName: 'Valma Valmentaja',
    organisation: EDURO,
    memberships: { 'eduro-guidance': [Role.COACH], 'rovaniemi-guidance': [Role.COACH] },
  },
  {
    email: 'office@eduro.example',
    displayName: 'Tiina Toimisto',
    organisation: EDURO,
    memberships: {
      'eduro-training': [Role.OFFICE],
      'eduro-guidance': [Role.OFFICE],
      'rovaniemi-guidance': [Role.OFFICE],
    },
  },
  {
    email: 'trainer@eduro.example',
    displayName: 'Kalle Kouluttaja',
    organisation: EDURO,
    memberships: { 'eduro-training': [Role.TRAINER] },
  },
  {
    email: 'dpo@eduro.example',
    displayName: 'Eduron tietosuojavastaava',
    organisation: EDURO,
    memberships: { 'eduro-training': [Role.DPO], 'eduro-guidance': [Role.DPO], 'rovaniemi-guidance': [Role.DPO] },
  },
  {
    email: 'admin@eduro.example',
    displayName: 'Anna Ylläpitäjä',
    organisation: EDURO,
    memberships: { 'eduro-training': [Role.ADMIN], 'eduro-guidance': [Role.ADMIN], 'rovaniemi-guidance': [Role.ADMIN] },
  },
  {
    email: 'officer@rovaniemi.example',
    displayName: 'Rauni Rekisterinpitäjä',
    organisation: ROVANIEMI,
    memberships: { 'rovaniemi-guidance': [Role.CONTROLLER_OFFICER] },
  },
  {
    email: 'dpo@rovaniemi.example',
    displayName: 'Kaupungin tietosuojavastaava',
    organisation: ROVANIEMI,
    memberships: { 'rovaniemi-guidance': [Role.DPO] },
  },
  {
    email: 'referrer@te.example',
    displayName: 'Leena Lähettäjä',
    organisation: TE_OFFICE.businessId,
    memberships: { 'eduro-guidance': [Role.REFERRER], 'rovaniemi-guidance': [Role.REFERRER] },
  },
];

const FIRST_NAMES = [
  'Aino',
  'Eero',
  'Helmi',
  'Juho',
  'Kerttu',
  'Lauri',
  'Minea',
  'Niilo',
  'Oona',
  'Paavo',
  'Saana',
  'Veeti',
];
const LAST_NAMES = ['Aho', 'Heikkinen', 'Jokela', 'Kangas', 'Lampela', 'Mäkelä', 'Niemi', 'Ojala', 'Rautio', 'Salmi'];

/** Seeds the demo users, memberships and people, as the owner; safe to run at every start. */
export async function seedDemo(orm: MikroORM, keys: Keys, tenants: TenantFile[]): Promise<void> {
  const em = orm.em.fork();
  await em.execute(`insert into organisation (name, business_id) values (?, ?) on conflict (business_id) do nothing`, [
    TE_OFFICE.name,
    TE_OFFICE.businessId,
  ]);
  const organisations = new Map(
    (await em.execute<Array<{ id: string; business_id: string }>>('select id, business_id from organisation')).map(
      (o) => [o.business_id, o.id],
    ),
  );
  const existing = new Set(
    (await em.execute<Array<{ email: string }>>('select lower(email) as email from user_account')).map((u) => u.email),
  );
  for (const user of DEMO_USERS.filter((u) => !existing.has(u.email))) {
    await em.execute(
      `insert into user_account (id, email, display_name, organisation_id, password_hash) values (?, ?, ?, ?, ?)`,
      [
        randomUUID(),
        user.email,
        user.displayName,
        organisations.get(user.organisation),
        await hashPassword(DEMO_PASSWORD),
      ],
    );
  }
  const userIds = new Map(
    (await em.execute<Array<{ id: string; email: string }>>('select id, email from user_account')).map((u) => [
      u.email,
      u.id,
    ]),
  );
  for (const tenant of tenants) {
    await TenantTransaction.within(orm, { tenantId: tenant.id, userId: null }, async (tem) => {
      for (const user of DEMO_USERS) {
        const roles = user.memberships[tenant.slug];
        if (!roles) continue;
        await tem.execute(
          `insert into membership (id, tenant_id, user_id, organisation_id, roles) values (?, ?, ?, ?, ?)
           on conflict (tenant_id, user_id) do nothing`,
          [
            randomUUID(),
            tenant.id,
            userIds.get(user.email),
            organisations.get(user.organisation),
            `{${roles.join(',')}}`,
          ],
        );
      }
      if ((await tem.count(Person, {})) === 0) {
        demoPeople(tenant, keys).forEach((values) => tem.create(Person, values));
        await tem.flush();
      }
    });
  }
  await seedGuidanceDemo(orm, keys, tenants);
  await seedSurveyDemo(orm, tenants);
  await seedTrainingDemo(orm, tenants);
  await seedCompanyDemo(orm, tenants);
  await seedMarketingDemo(orm, tenants);
  await seedRightsDemo(orm, tenants);
  await seedDisclosureDemo(orm, tenants);
  await seedErasureDemo(orm, tenants);
}

function demoPeople(tenant: TenantFile, keys: Keys) {
  const offset = Number(tenant.id.slice(-1));
  return FIRST_NAMES.map((firstName, i) => {
    const lastName = LAST_NAMES[(i + offset) % LAST_NAMES.length]!;
    const day = String(1 + ((i * 7 + offset) % 28)).padStart(2, '0');
    const month = String(1 + ((i + offset) % 12)).padStart(2, '0');
    const year = String(70 + ((i * 3 + offset) % 30));
    return newPersonValues(keys, tenant.id, {
      firstName,
      lastName,
      personalIdentityCode: composeIdentityCode(`${day}${month}${year}`, '-', 100 + i * 17 + offset),
      email: `${firstName}.${lastName}@example.fi`.toLowerCase().replace(/ä/g, 'a'),
      phone: `+358 40 ${String(1000000 + i * 13579 + offset).slice(0, 7)}`,
    });
  });
}
