import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { todayInFinland } from '../../dates';
import { cardValidUntil } from './card-validity';

// Demo records of the card-training register (local use only): past sessions with the demo people as
// participants, identity checks, attendance, exam attempts (one failed and retaken, with a scanned sheet),
// cards of several types (a hygieniapassi without expiry, a TTK card expiring within 60 days), a temporary
// certificate, and scheme reports in every state (the sent ones with their disclosure-log entries, as
// markSchemeReportSent writes them). Uses the 12 demo people; adds companies, no people.

interface Ctx {
  em: EntityManager;
  tenantId: string;
  trainer: string;
  office: string;
  organisationId: string;
  today: string;
  types: Map<string, TypeRow>;
  people: string[];
  companies: string[];
}

interface TypeRow {
  id: string;
  code: string;
  scheme_owner: string;
  validity_months: number | null;
  validity_basis: 'day' | 'month';
}

const COMPANIES: Array<[string, string, string]> = [
  ['Rakennus Lappi Oy (demo)', '2345678-0', 'Riikka Rakentaja'],
  ['Napapiirin Ravintolat Oy (demo)', '2891234-3', 'Raimo Ravintola'],
  ['Kemijoen Sähkö Oy (demo)', '2710049-0', 'Sakari Sähkö'],
];

// A one-page PDF standing in for a scanned exam sheet.
const SCAN = Buffer.from(
  '%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n' +
    'trailer <</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

export async function seedTrainingRecordsDemo(
  em: EntityManager,
  tenantId: string,
  trainer: string,
  office: string,
): Promise<void> {
  const [{ n }] = await em.execute<[{ n: string }]>('select count(*) as n from card');
  if (Number(n) > 0) return;
  const people = (
    await em.execute<Array<{ id: string }>>('select id from person order by last_name, first_name, id')
  ).map((p) => p.id);
  const [member] = await em.execute<Array<{ organisation_id: string }>>(
    'select organisation_id from membership where user_id = ?',
    [office],
  );
  if (people.length < 9 || !member) return;
  const types = new Map(
    (await em.execute<TypeRow[]>('select id, code, scheme_owner, validity_months, validity_basis from card_type')).map(
      (t) => [t.code, t],
    ),
  );
  const c: Ctx = {
    em,
    tenantId,
    trainer,
    office,
    organisationId: member.organisation_id,
    today: todayInFinland(),
    types,
    people,
    companies: await companies(em, tenantId),
  };
  // A TTK card from five years ago: expires in about 40 days (the renewal list shows it).
  const oldTtk = await pastSession(c, 'ttk', addDays(addMonths(c.today, -60), 40), trainer);
  await completed(c, oldTtk, 0, 0, { document: 'driving_licence', attempts: [true], report: 'acknowledged' });
  // Hygieniapassi: photo ID checked, the card never expires.
  const hygiene = await pastSession(c, 'hygieniapassi', addDays(c.today, -365), trainer);
  await completed(c, hygiene, 1, 1, { document: 'passport', attempts: [true], report: 'acknowledged' });
  await completed(c, hygiene, 2, 1, { document: 'identity_card', attempts: [true], report: 'sent' });
  // First aid: one report sent, one rejected by the scheme.
  const firstAid = await pastSession(c, 'ea1', addDays(c.today, -90), null);
  await completed(c, firstAid, 3, 0, { document: 'identity_card', attempts: [true], report: 'sent' });
  await completed(c, firstAid, 4, 0, { document: 'driving_licence', attempts: [true], report: 'rejected' });
  // Electrical safety (pass mark 62.5 %): failed at 58, passed on the retake at 75.5; the sheets scanned.
  const electrical = await pastSession(c, 'sahkotyoturvallisuus', addDays(c.today, -30), null);
  await completed(c, electrical, 5, 2, { document: 'passport', attempts: [58, 75.5], report: 'pending' });
  // Tieturva 1, counted from the month.
  const road = await pastSession(c, 'tieturva-1', addDays(c.today, -200), trainer);
  await completed(c, road, 6, 0, { document: 'driving_licence', attempts: [true], report: 'pending' });
  // Last week's TTK: one passed with a temporary certificate (the card is on its way), one failed once.
  const recent = await pastSession(c, 'ttk', addDays(c.today, -5), trainer);
  const passed = await enrolled(c, recent, 7, 0);
  await checkAndAttempt(c, passed, 7, 'identity_card', [true], addDays(c.today, -5));
  await insert(c, 'temporary_certificate', {
    person_id: people[7],
    card_type_id: types.get('ttk')!.id,
    enrolment_id: passed,
    issued_on: addDays(c.today, -5),
    valid_until: addDays(c.today, 22),
    issued_by: office,
  });
  const failed = await enrolled(c, recent, 8, 0);
  await checkAndAttempt(c, failed, 8, 'residence_permit', [false], addDays(c.today, -5));
}

async function companies(em: EntityManager, tenantId: string): Promise<string[]> {
  const ids: string[] = [];
  for (const [name, businessId, contact] of COMPANIES) {
    const slug = name.split(' ')[0]!.toLowerCase();
    await em.execute(
      `insert into company (id, tenant_id, name, business_id, contact_name, contact_email, contact_phone, billing_email)
       values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (tenant_id, business_id) do nothing`,
      [
        randomUUID(),
        tenantId,
        name,
        businessId,
        contact,
        `${slug}@example.fi`,
        '+358 40 7654321',
        `laskut@${slug}.example.fi`,
      ],
    );
    const [row] = await em.execute<Array<{ id: string }>>('select id from company where business_id = ?', [businessId]);
    ids.push(row!.id);
  }
  return ids;
}

async function pastSession(c: Ctx, code: string, day: string, trainer: string | null): Promise<string> {
  const id = await insert(c, 'training_session', {
    card_type_id: c.types.get(code)!.id,
    starts_at: `${day}T06:00:00Z`,
    ends_at: `${day}T14:00:00Z`,
    place: 'Eduro, Koulutuskeskus, Rovaniemi',
    language: 'fi',
    delivery_mode: 'classroom',
    capacity: 16,
    created_by: c.office,
  });
  if (trainer) await insert(c, 'session_trainer', { session_id: id, trainer_user_id: trainer, assigned_by: c.office });
  return id;
}

async function enrolled(c: Ctx, sessionId: string, person: number, company: number): Promise<string> {
  const id = randomUUID();
  await insert(c, 'enrolment', {
    id,
    session_id: sessionId,
    person_id: c.people[person],
    company_id: c.companies[company],
    position: ['työnjohtaja', 'kokki', 'asentaja'][company],
    idempotency_key: `demo:${id}`,
  });
  return id;
}

/** Identity check, attendance and attempts: true/false for pass/fail, a number for a score (pass mark 62.5). */
async function checkAndAttempt(
  c: Ctx,
  enrolmentId: string,
  person: number,
  document: string,
  attempts: Array<boolean | number>,
  day: string,
): Promise<string | null> {
  const personId = c.people[person];
  const checkedBy = document === 'passport' || document === 'identity_card' ? c.trainer : c.office;
  await insert(c, 'identity_check', {
    person_id: personId,
    enrolment_id: enrolmentId,
    document_type: document,
    photo_id: true,
    checked_by: checkedBy,
    checked_at: `${day}T06:15:00Z`,
  });
  await insert(c, 'attendance', {
    person_id: personId,
    enrolment_id: enrolmentId,
    attended: true,
    recorded_by: c.office,
  });
  let passedId: string | null = null;
  for (const [i, attempt] of attempts.entries()) {
    const passed = typeof attempt === 'number' ? attempt >= 62.5 : attempt;
    const id = await insert(c, 'exam_attempt', {
      person_id: personId,
      enrolment_id: enrolmentId,
      attempt_number: i + 1,
      score: typeof attempt === 'number' ? attempt : null,
      passed,
      taken_on: day,
      recorded_by: c.office,
    });
    if (typeof attempt === 'number') {
      await insert(c, 'exam_evidence', {
        person_id: personId,
        attempt_id: id,
        file_name: `koepaperi-${i + 1}.pdf`,
        media_type: 'application/pdf',
        size_bytes: SCAN.length,
        sha256: createHash('sha256').update(SCAN).digest('hex'),
        content: SCAN,
        uploaded_by: c.office,
      });
    }
    if (passed) passedId = id;
  }
  return passedId;
}

async function completed(
  c: Ctx,
  sessionId: string,
  person: number,
  company: number,
  spec: {
    document: string;
    attempts: Array<boolean | number>;
    report: 'pending' | 'sent' | 'acknowledged' | 'rejected';
  },
): Promise<void> {
  const [session] = await c.em.execute<Array<{ day: string; code: string }>>(
    `select to_char(s.starts_at at time zone 'Europe/Helsinki', 'YYYY-MM-DD') as day, ct.code
       from training_session s join card_type ct on ct.id = s.card_type_id where s.id = ?`,
    [sessionId],
  );
  const type = c.types.get(session!.code)!;
  const day = session!.day;
  const enrolmentId = await enrolled(c, sessionId, person, company);
  const attemptId = await checkAndAttempt(c, enrolmentId, person, spec.document, spec.attempts, day);
  const year = day.slice(0, 4);
  const [{ n }] = await c.em.execute<[{ n: string }]>('select count(*) + 1 as n from card where card_type_id = ?', [
    type.id,
  ]);
  const cardNumber = `${type.code.toUpperCase()}-${year}-${String(n).padStart(5, '0')}`;
  const validUntil = cardValidUntil({ validityMonths: type.validity_months, validityBasis: type.validity_basis }, day);
  const issuedOn = addDays(day, 7);
  const cardId = await insert(c, 'card', {
    person_id: c.people[person],
    card_type_id: type.id,
    enrolment_id: enrolmentId,
    exam_attempt_id: attemptId,
    card_number: cardNumber,
    completed_on: day,
    issued_on: issuedOn,
    valid_until: validUntil,
    issued_by: c.office,
  });
  const report: Record<string, unknown> = {
    person_id: c.people[person],
    card_id: cardId,
    scheme_owner: type.scheme_owner,
    status: spec.report,
  };
  if (spec.report !== 'pending') {
    const content = JSON.stringify({ schemeOwner: type.scheme_owner, cardNumber, completedOn: day, validUntil });
    const sha = createHash('sha256').update(content).digest('hex');
    Object.assign(report, { sent_at: `${issuedOn}T10:00:00Z`, sent_by: c.office, content_sha256: sha });
    await c.em.execute('select kaira.append_log(?, ?::jsonb)', [
      'disclosure_log',
      JSON.stringify([
        {
          personIds: [c.people[person]],
          recipient: { name: type.scheme_owner, country: 'FI' },
          legalBasis: "GDPR 6(1)(b): the participant's card is registered by the scheme owner (demo data)",
          dataSet: ['firstName', 'lastName', 'personalIdentityCodeMasked', 'cardTypeCode', 'cardNumber', 'completedOn'],
          contentSha256: sha,
          operation: 'markSchemeReportSent',
          actor: { userId: c.office, organisationId: c.organisationId, roles: ['OFFICE'] },
          requestId: 'demo-data',
        },
      ]),
    ]);
  }
  if (spec.report === 'acknowledged' || spec.report === 'rejected') {
    Object.assign(report, { answered_at: `${addDays(issuedOn, 3)}T10:00:00Z`, answered_by: c.office });
  }
  if (spec.report === 'rejected') {
    report.rejection_reason = 'Henkilötunnus ja nimi eivät täsmää rekisterin tietoihin (demo)';
  }
  await insert(c, 'scheme_report', report);
}

async function insert(c: Ctx, table: string, values: Record<string, unknown>): Promise<string> {
  const row = { id: randomUUID(), tenant_id: c.tenantId, ...values };
  const columns = Object.keys(row);
  await c.em.execute(
    `insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`,
    Object.values(row),
  );
  return row.id as string;
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const last = new Date(Date.UTC(Math.floor(index / 12), (index % 12) + 1, 0)).getUTCDate();
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
