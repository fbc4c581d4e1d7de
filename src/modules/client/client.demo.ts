import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Keys } from '../../config';
import { TenantTransaction } from '../../db/tenant-transaction';
import type { TenantFile } from '../../tenants/tenant-file';
import { ConsentRecord } from '../consent/consent-record.entity';
import { GuidanceEntry } from '../entry/entry.entities';
import { Person } from '../person/person.entity';
import { newPersonValues } from '../person/person.service';
import { composeIdentityCode } from '../person/personal-identity-code';
import { RegisterKind } from '../tenant/tenant.entity';
import { Assignment, ClientProfile, ServicePeriod } from './client.entities';

// Demo clients of the two ARVI2 registers (local use only, like src/cli/demo-data.ts): six clients per
// guidance tenant; three assigned to the demo coach, two of those referred by the demo TE office and
// purchased by the tenant's controller, with written consent and a few entries. Runs as the owner, once
// per tenant (a tenant that already has client profiles is left as it is).

// The demo users and the demo TE office of src/cli/demo-data.ts.
const COACH = 'coach@eduro.example';
const OFFICE = 'office@eduro.example';
const TE_OFFICE = '1234567-1';

// Purchasers are reference data kept by the owner (the app role only reads organisations).
const PURCHASER_KINDS: Array<[businessId: string, kind: string]> = [
  [TE_OFFICE, 'te-administration'],
  ['1978283-1', 'municipality'], // City of Rovaniemi, purchaser in its own register
  ['1508035-7', 'private-provider'], // Eduro-säätiö, purchaser in its own register
];

interface DemoClient {
  firstName: string;
  lastName: string;
  gender: string;
  birth: string; // ddmmyy and the century sign
  streetAddress: string;
  postalCode: string;
  education: string;
  otherServiceData: string | null;
}

// Two casts, one per guidance tenant; the first three of each are the coach's clients.
// first name | last name | gender | birth (ddmmyy + century sign) | street | postal code | education | other data
const CASTS = [
  [
    'Sanna|Kivelä|female|140389-|Koskikatu 12 B 14|96100|Merkonomi (2010)|Toivoo työkokeilua kaupan alalta.',
    'Mikko|Rasinkangas|male|020776-|Ounasvaarantie 5 A 2|96400|Peruskoulu|Selkävaiva rajaa raskasta työtä.',
    'Elina|Pohjola|female|270995-|Rovakatu 30 C 41|96200|Ylioppilas (2014)|',
    'Jari|Alatalo|male|051181-|Santamäentie 8|96300|Sähköasentaja (2001)|',
    'Tuula|Hietala|female|190768-|Valtakatu 21 A 6|96100|Lähihoitaja (1992)|Asioi mieluiten puhelimitse.',
    'Alex|Ylitalo|not-told|080802A|Kairatie 40 B 9|96190|Peruskoulu|',
  ],
  [
    'Heidi|Mäntyniemi|female|230691-|Pohjolankatu 17 C 22|96100|Datanomi (2012)|Kiinnostunut toimistotöistä.',
    'Ville|Korpela|male|110884-|Hallituskatu 4 A 1|96100|Kokki (2004)|Tarvitsee tulkin tapaamisiin.',
    'Riikka|Lantto|female|300597-|Muurolantie 2|96900|Ylioppilas (2016)|',
    'Pekka|Saarela|male|160472-|Jänkätie 11|96500|Metsuri (1993)|',
    'Marja|Kurttila|female|040379-|Lapinkävijäntie 6 B 3|96300|Merkonomi (1999)|',
    'Sami|Niskala|other|250905A|Revontulentie 9 A 12|96200|Peruskoulu|Aloittaa ammatillisen koulutuksen syksyllä.',
  ],
].map((cast) =>
  cast.map((line): DemoClient => {
    const [firstName, lastName, gender, birth, streetAddress, postalCode, education, other] = line.split('|');
    return {
      firstName,
      lastName,
      gender,
      birth,
      streetAddress,
      postalCode,
      education,
      otherServiceData: other || null,
    };
  }),
);

// Entries of the two referred clients and the third assigned one: [kind, category, days ago, content].
const ENTRIES: Array<Array<[GuidanceEntry['kind'], string, number, string]>> = [
  [
    ['assessment', 'employment', 38, 'Alkuarviointi: työkokemusta kaupan kassatyöstä 4 v; tavoitteena osa-aikatyö.'],
    ['coaching', 'coaching', 24, 'Valmennustapaaminen: CV päivitetty, haettu kahta paikkaa.'],
    ['coaching', 'employment', 10, 'Työkokeilupaikka sovittu päivittäistavarakaupasta, alkaa ensi kuussa.'],
  ],
  [
    ['assessment', 'employment', 35, 'Alkuarviointi: aiempi työ varastossa; työkyky rajoittunut nostoissa.'],
    ['coaching', 'coaching', 15, 'Valmennus: kartoitettu kevyempiä tehtäviä, kiinnostus asiakaspalveluun.'],
  ],
  [['coaching', 'coaching', 6, 'Ensitapaaminen: sovittu tavoitteet ja tapaamisrytmi (joka toinen viikko).']],
];

const ASSIGNED_DAYS_AGO = [42, 40, 10];

/** Seeds the guidance demo, as the owner; idempotent. */
export async function seedGuidanceDemo(orm: MikroORM, keys: Keys, tenants: TenantFile[]): Promise<void> {
  const em = orm.em.fork();
  for (const [businessId, kind] of PURCHASER_KINDS) {
    await em.execute('update organisation set purchaser_kind = ? where business_id = ? and purchaser_kind is null', [
      kind,
      businessId,
    ]);
  }
  const ids = async (sql: string): Promise<Map<string, string>> =>
    new Map((await em.execute<Array<{ key: string; id: string }>>(sql)).map((r) => [r.key, r.id]));
  const users = await ids('select lower(email) as key, id from user_account');
  const organisations = await ids('select business_id as key, id from organisation');
  const guidance = tenants.filter((t) => t.register.kind === RegisterKind.GUIDANCE);
  for (const [index, tenant] of guidance.entries()) {
    await TenantTransaction.within(orm, { tenantId: tenant.id, userId: null }, async (tem) => {
      if ((await tem.count(ClientProfile, {})) > 0) return;
      seedTenant(tem, keys, tenant, CASTS[index % CASTS.length]!, {
        coach: users.get(COACH)!,
        office: users.get(OFFICE)!,
        teOffice: organisations.get(TE_OFFICE)!,
        controller: organisations.get(tenant.controller.businessId)!,
      });
      await tem.flush();
    });
  }
}

interface DemoIds {
  coach: string;
  office: string;
  teOffice: string;
  controller: string;
}

function seedTenant(em: EntityManager, keys: Keys, tenant: TenantFile, cast: DemoClient[], ids: DemoIds): void {
  cast.forEach((demo, i) => {
    const personId = seedClient(em, keys, tenant.id, demo, i);
    if (i < 3) seedCoaching(em, tenant.id, personId, i, ids);
    if (i < 2) seedReferral(em, tenant.id, personId, i, ids);
  });
}

function seedClient(em: EntityManager, keys: Keys, tenantId: string, demo: DemoClient, i: number): string {
  const { firstName, lastName, birth, ...profile } = demo;
  const person = newPersonValues(keys, tenantId, {
    firstName,
    lastName,
    personalIdentityCode: composeIdentityCode(birth.slice(0, 6), birth.slice(6), 610 + i * 23),
    email: `${firstName}.${lastName}@example.fi`.toLowerCase().replace(/ä/g, 'a').replace(/ö/g, 'o'),
    phone: `+358 40 ${String(7300000 + i * 40213).slice(0, 7)}`,
  });
  em.create(Person, person);
  em.create(ClientProfile, { tenantId, personId: person.id, city: 'Rovaniemi', ...profile });
  return person.id;
}

// The coach's relationship and entries (consent-gated categories only where consent is given below).
function seedCoaching(em: EntityManager, tenantId: string, personId: string, i: number, ids: DemoIds): void {
  const startsOn = daysAgo(ASSIGNED_DAYS_AGO[i]!);
  em.create(Assignment, {
    id: randomUUID(),
    tenantId,
    personId,
    coachUserId: ids.coach,
    startsOn,
    createdBy: ids.office,
  });
  for (const [kind, category, ago, content] of ENTRIES[i]!) {
    const id = randomUUID();
    const entry = { id, tenantId, personId, kind, category, content, version: 1, firstVersionId: id };
    em.create(GuidanceEntry, { ...entry, authorId: ids.coach, createdAt: timestampDaysAgo(ago) });
  }
}

// A referral by the TE office, purchased by the controller, and the client's written consent.
function seedReferral(em: EntityManager, tenantId: string, personId: string, i: number, ids: DemoIds): void {
  em.create(ServicePeriod, {
    id: randomUUID(),
    tenantId,
    personId,
    purchaserOrganisationId: ids.controller,
    referrerOrganisationId: ids.teOffice,
    service: i === 0 ? 'job-coaching' : 'vocational-rehabilitation',
    startsOn: daysAgo(45),
    endsOn: daysAgo(45 - 180),
    status: 'active',
    createdBy: ids.office,
  });
  em.create(ConsentRecord, {
    id: randomUUID(),
    tenantId,
    personId,
    action: 'give',
    categories: ['employment', 'guidance'],
    disclosesToPurchaser: true,
    signedOn: daysAgo(40),
    evidence: `Kirjallinen suostumuslomake, arkistoviite ARVI-2026/${101 + i}`,
    recordedBy: ids.office,
    recordedAt: timestampDaysAgo(40),
  });
}

const timestampDaysAgo = (days: number): Date => new Date(Date.now() - days * 86_400_000);
const daysAgo = (days: number): string => timestampDaysAgo(days).toISOString().slice(0, 10);
