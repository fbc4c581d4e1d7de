import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { TenantTransaction } from '../../db/tenant-transaction';
import type { TenantFile } from '../../tenants/tenant-file';
import type { ValidityBasis } from './card-validity';

// The card types of DOMAIN.md §2.1, seeded into every card-training tenant at every start (production
// too: migrateAndSeed in src/db/database.ts). Idempotent by (tenant, code): a type that exists is left as
// it is, so OFFICE's edits survive a restart. Values are [verify per scheme]: what DOMAIN.md does not give
// (most pass marks, which schemes authorise trainers) is a stated assumption, editable by OFFICE.

export interface CardTypeSeed {
  code: string;
  nameFi: string;
  nameEn: string;
  schemeOwner: string;
  validityMonths: number | null;
  validityBasis: ValidityBasis;
  refresherOnlyWhileValid: boolean;
  examPassMark: number | null;
  maxRetakes: number | null;
  temporaryCertificateMaxDays: number | null;
  trainerAuthorisationRequired: boolean;
  photoIdRequired: boolean;
}

const type = (
  values: Pick<CardTypeSeed, 'code' | 'nameFi' | 'nameEn' | 'schemeOwner' | 'validityMonths'> & Partial<CardTypeSeed>,
): CardTypeSeed => ({
  validityBasis: 'day',
  refresherOnlyWhileValid: false,
  examPassMark: null,
  maxRetakes: null,
  temporaryCertificateMaxDays: null,
  trainerAuthorisationRequired: true,
  photoIdRequired: false,
  ...values,
});

export const CARD_TYPE_SEEDS: readonly CardTypeSeed[] = [
  // TTK: 5 y, a refresher only while the card is valid, at most 2 retakes, temporary certificate 4 weeks.
  type({
    code: 'ttk',
    nameFi: 'Työturvallisuuskortti',
    nameEn: 'Occupational Safety Card',
    schemeOwner: 'Työturvallisuuskeskus TTK',
    validityMonths: 60,
    refresherOnlyWhileValid: true,
    maxRetakes: 2,
    temporaryCertificateMaxDays: 28,
  }),
  // Tieturva 1: 5 y counted from the month of completion.
  type({
    code: 'tieturva-1',
    nameFi: 'Tieturva 1',
    nameEn: 'Road Safety 1 (Tieturva 1)',
    schemeOwner: 'Väylävirasto (Tieturva)',
    validityMonths: 60,
    validityBasis: 'month',
  }),
  type({
    code: 'tieturva-2',
    nameFi: 'Tieturva 2',
    nameEn: 'Road Safety 2 (Tieturva 2)',
    schemeOwner: 'Väylävirasto (Tieturva)',
    validityMonths: 60,
  }),
  type({
    code: 'tulityo',
    nameFi: 'Tulityökortti',
    nameEn: 'Hot Work Card',
    schemeOwner: 'Suomen Pelastusalan Keskusjärjestö SPEK',
    validityMonths: 60,
  }),
  // Hygieniapassi does not expire; the test is taken with a mandatory photo-ID check. The training itself
  // needs no scheme authorisation (Ruokavirasto approves the testers, who are the exam slice's concern).
  type({
    code: 'hygieniapassi',
    nameFi: 'Hygieniapassi',
    nameEn: 'Hygiene Passport',
    schemeOwner: 'Ruokavirasto',
    validityMonths: null,
    trainerAuthorisationRequired: false,
    photoIdRequired: true,
  }),
  type({
    code: 'ea1',
    nameFi: 'Ensiapu EA 1',
    nameEn: 'First Aid 1 (EA 1)',
    schemeOwner: 'Suomen Punainen Risti SPR',
    validityMonths: 36,
  }),
  type({
    code: 'ea2',
    nameFi: 'Ensiapu EA 2',
    nameEn: 'First Aid 2 (EA 2)',
    schemeOwner: 'Suomen Punainen Risti SPR',
    validityMonths: 36,
  }),
  // SFS 6002: pass mark 62.5 %.
  type({
    code: 'sahkotyoturvallisuus',
    nameFi: 'Sähkötyöturvallisuuskortti (SFS 6002)',
    nameEn: 'Electrical Safety Card (SFS 6002)',
    schemeOwner: 'Sähköinfo SETI',
    validityMonths: 60,
    examPassMark: 62.5,
  }),
];

/** Seeds the catalogue into every card-training tenant, as the owner. Idempotent; returns rows added. */
export async function seedCardTypes(orm: MikroORM, tenants: readonly TenantFile[]): Promise<number> {
  let added = 0;
  for (const tenant of tenants.filter((t) => t.register.kind === 'card-training')) {
    added += await TenantTransaction.within(orm, { tenantId: tenant.id, userId: null }, async (em) => {
      let count = 0;
      for (const seed of CARD_TYPE_SEEDS) {
        const result = await em.execute(
          `insert into card_type (id, tenant_id, code, name_fi, name_en, scheme_owner, validity_months, validity_basis,
             refresher_only_while_valid, exam_pass_mark, max_retakes, temporary_certificate_max_days,
             trainer_authorisation_required, photo_id_required)
           values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
           on conflict (tenant_id, code) do nothing`,
          [
            randomUUID(),
            tenant.id,
            seed.code,
            seed.nameFi,
            seed.nameEn,
            seed.schemeOwner,
            seed.validityMonths,
            seed.validityBasis,
            seed.refresherOnlyWhileValid,
            seed.examPassMark,
            seed.maxRetakes,
            seed.temporaryCertificateMaxDays,
            seed.trainerAuthorisationRequired,
            seed.photoIdRequired,
          ],
          'run',
        );
        count += (result as { affectedRows?: number }).affectedRows ?? 0;
      }
      return count;
    });
  }
  return added;
}
