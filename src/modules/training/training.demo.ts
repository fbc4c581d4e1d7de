import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { todayInFinland } from '../../dates';
import { TenantTransaction } from '../../db/tenant-transaction';
import type { TenantFile } from '../../tenants/tenant-file';
import { seedTrainingRecordsDemo } from './training-records.demo';

// Demo catalogue use of the card-training register (local use only, like src/cli/demo-data.ts): the demo
// trainer authorised for TTK and Tieturva 1 for two years, and three upcoming sessions taught by them
// (TTK, Tieturva 1, and hygieniapassi, whose training needs no scheme authorisation). Runs as the owner
// after the catalogue seed; a tenant that already has sessions keeps them. Past trainings with their
// participants' records come from training-records.demo.ts (seeded once, while the tenant has no card).

const TRAINER = 'trainer@eduro.example';
const OFFICE = 'office@eduro.example';

// [card type code, days from today, start and end (Finnish time), place, language, mode, capacity]
const SESSIONS: Array<[string, number, string, string, string, string, string, number]> = [
  ['ttk', 14, '08:00', '16:00', 'Eduro, Koulutuskeskus, Rovaniemi', 'fi', 'classroom', 20],
  ['tieturva-1', 21, '08:30', '15:30', 'Eduro, Koulutuskeskus, Rovaniemi', 'fi', 'classroom', 16],
  ['hygieniapassi', 28, '09:00', '15:00', 'Verkossa (Teams)', 'fi', 'online', 30],
];

export async function seedTrainingDemo(orm: MikroORM, tenants: readonly TenantFile[]): Promise<void> {
  const users = await orm.em
    .fork()
    .execute<Array<{ id: string; email: string }>>('select id, lower(email) as email from user_account');
  const idOf = (email: string) => users.find((u) => u.email === email)?.id;
  const trainer = idOf(TRAINER);
  const office = idOf(OFFICE);
  if (!trainer || !office) return;
  for (const tenant of tenants.filter((t) => t.register.kind === 'card-training')) {
    await TenantTransaction.within(orm, { tenantId: tenant.id, userId: null }, async (em) => {
      const [{ n }] = await em.execute<[{ n: string }]>('select count(*) as n from training_session');
      if (Number(n) === 0) await seedTenant(em, tenant.id, trainer, office);
      await seedTrainingRecordsDemo(em, tenant.id, trainer, office);
    });
  }
}

async function seedTenant(em: EntityManager, tenantId: string, trainer: string, office: string): Promise<void> {
  const today = todayInFinland();
  const types = new Map(
    (await em.execute<Array<{ id: string; code: string }>>('select id, code from card_type')).map((t) => [
      t.code,
      t.id,
    ]),
  );
  for (const code of ['ttk', 'tieturva-1']) {
    await em.execute(
      `insert into trainer_authorisation (id, tenant_id, user_id, card_type_id, valid_until, granted_by)
       values (?, ?, ?, ?, ?::date + interval '2 years', ?)`,
      [randomUUID(), tenantId, trainer, types.get(code), today, office],
    );
  }
  for (const [code, days, start, end, place, language, mode, capacity] of SESSIONS) {
    const id = randomUUID();
    await em.execute(
      `insert into training_session (id, tenant_id, card_type_id, starts_at, ends_at, place, language, delivery_mode,
         capacity, created_by)
       values (?, ?, ?, ((?::date + ?::int) + ?::time) at time zone 'Europe/Helsinki',
               ((?::date + ?::int) + ?::time) at time zone 'Europe/Helsinki', ?, ?, ?, ?, ?)`,
      [id, tenantId, types.get(code), today, days, start, today, days, end, place, language, mode, capacity, office],
    );
    await em.execute(
      `insert into session_trainer (id, tenant_id, session_id, trainer_user_id, assigned_by) values (?, ?, ?, ?, ?)`,
      [randomUUID(), tenantId, id, trainer, office],
    );
  }
}
