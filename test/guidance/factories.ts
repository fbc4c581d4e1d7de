import { randomUUID } from 'node:crypto';
import { TenantTransaction } from '../../src/db/tenant-transaction';
import { Assignment, ClientProfile, ServicePeriod } from '../../src/modules/client/client.entities';
import { ConsentRecord } from '../../src/modules/consent/consent-record.entity';
import { Person } from '../../src/modules/person/person.entity';
import { newPersonValues } from '../../src/modules/person/person.service';
import type { Kaira } from '../support/kaira';

// Plain factories for guidance fixtures. They write through the same tenant transaction as production,
// as the app role, so RLS and the tenant filter apply.

const today = (): string => new Date().toISOString().slice(0, 10);

async function userId(kaira: Kaira, email: string): Promise<string> {
  const [row] = await kaira.orm.em
    .fork()
    .execute<Array<{ id: string }>>('select id from user_account where lower(email) = lower(?)', [email]);
  if (!row) throw new Error(`no user ${email}`);
  return row.id;
}

async function organisationId(kaira: Kaira, businessId: string): Promise<string> {
  const [row] = await kaira.orm.em
    .fork()
    .execute<Array<{ id: string }>>('select id from organisation where business_id = ?', [businessId]);
  if (!row) throw new Error(`no organisation ${businessId}`);
  return row.id;
}

export interface ClientFixture {
  tenant?: string;
  firstName?: string;
  lastName?: string;
  /** The client's email address (default asiakas@example.fi); null: none. */
  email?: string | null;
  /** Assign this coach (email) from today, open-ended. */
  coach?: string;
  /** Record a service period referred by this organisation (Y-tunnus), purchased by the tenant's controller. */
  referredBy?: string;
  /** Give written consent to these categories. */
  consent?: { categories: string[]; disclosesToPurchaser?: boolean };
}

/** A guidance client with a profile, optionally assigned, referred and consenting. Returns the person id. */
export async function createClient(kaira: Kaira, fixture: ClientFixture = {}): Promise<string> {
  const tenant = kaira.registry.bySlug(fixture.tenant ?? 'eduro-guidance')!;
  const office = await userId(kaira, 'office@eduro.example');
  const coach = fixture.coach ? await userId(kaira, fixture.coach) : null;
  const referrer = fixture.referredBy ? await organisationId(kaira, fixture.referredBy) : null;
  return TenantTransaction.within(kaira.orm, { tenantId: tenant.id, userId: office }, async (em) => {
    const values = newPersonValues(kaira.config.keys, tenant.id, {
      firstName: fixture.firstName ?? 'Asiakas',
      lastName: fixture.lastName ?? `Testi-${randomUUID().slice(0, 8)}`,
      email: fixture.email === undefined ? 'asiakas@example.fi' : fixture.email,
      phone: '+358 40 1112223',
    });
    em.create(Person, values);
    em.create(ClientProfile, { tenantId: tenant.id, personId: values.id, gender: 'not-told', city: 'Rovaniemi' });
    if (coach) {
      em.create(Assignment, {
        id: randomUUID(),
        tenantId: tenant.id,
        personId: values.id,
        coachUserId: coach,
        startsOn: today(),
        createdBy: office,
      });
    }
    if (referrer) {
      em.create(ServicePeriod, {
        id: randomUUID(),
        tenantId: tenant.id,
        personId: values.id,
        purchaserOrganisationId: tenant.controllerOrganisationId,
        referrerOrganisationId: referrer,
        service: 'job-coaching',
        startsOn: today(),
        status: 'active',
        createdBy: office,
      });
    }
    if (fixture.consent) {
      em.create(ConsentRecord, {
        id: randomUUID(),
        tenantId: tenant.id,
        personId: values.id,
        action: 'give',
        categories: fixture.consent.categories,
        disclosesToPurchaser: fixture.consent.disclosesToPurchaser ?? false,
        signedOn: today(),
        evidence: 'signed consent form, archive ref TEST-1',
        recordedBy: office,
      });
    }
    await em.flush();
    return values.id;
  });
}

export const TE_OFFICE = '1234567-1';
export const GUIDANCE_TENANTS = ['eduro-guidance', 'rovaniemi-guidance'] as const;
