import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import type { Client as Pg } from 'pg';
import { todayInFinland } from '../../src/dates';
import { addMonths } from '../../src/modules/rights-request/due-date';
import { portabilitySchemaFile } from '../../src/modules/subject-report/portability-schema.page';
import {
  AccessReportDocument,
  AccessReportHtmlDocument,
  LogReportDocument,
  PortabilityExportDocument,
} from '../generated/graphql';
import { idOf } from '../guidance/guidance.support';
import { inTenant } from '../isolation/sql';
import { connect } from '../support/database';
import { codeOf, startKaira, USERS, type Kaira } from '../support/kaira';
import { appendDisclosure, insertCase, personFor, useEntries } from '../rights-request/rights.support';

// Fulfilment: the access report (JSON and HTML), the log report and the portability export, each only
// after the requester's identity check, each use-logged on the basis of the rights request.

let kaira: Kaira;
let owner: Pg;
let office: string;
const G = 'rovaniemi-guidance';
let guidance: string;
let client: string;

beforeAll(async () => {
  kaira = await startKaira();
  owner = await connect(kaira.db.ownerUrl);
  office = await idOf(owner, USERS.office);
  guidance = kaira.registry.bySlug(G)!.id;
  client = await personFor(owner, guidance, await idOf(owner, USERS.coach));
  await appendDisclosure(owner, guidance, client, { name: 'Kela (demo)', country: 'FI', businessId: '0246246-0' });
});
afterAll(async () => {
  await owner?.end();
  await kaira?.close();
});

const as = async (user: keyof typeof USERS, tenant = G) => ({ token: await kaira.tokenFor(USERS[user]), tenant });
const newCase = (kind: string, f: Parameters<typeof insertCase>[3] = {}, tenant = guidance) =>
  insertCase(owner, tenant, office, { personId: client, kind, ...f });

test('nothing is handed out before the identity check: every fulfilment refuses with IDENTITY_NOT_VERIFIED', async () => {
  for (const [doc, kind] of [
    [AccessReportDocument, 'access'],
    [AccessReportHtmlDocument, 'access'],
    [LogReportDocument, 'log_report'],
    [PortabilityExportDocument, 'portability'],
  ] as const) {
    const requestId = await newCase(kind, { verified: false });
    const result = await kaira.gql(doc as never, { requestId } as never, await as('cityDpo'));
    expect(codeOf(result)).toBe('IDENTITY_NOT_VERIFIED');
    expect(result.data).toBeNull();
  }
});

test('a report answers only its own kind of request', async () => {
  const requestId = await newCase('erasure');
  expect(codeOf(await kaira.gql(AccessReportDocument, { requestId }, await as('office')))).toBe('BAD_USER_INPUT');
});

describe('access report (GDPR 15)', () => {
  test('every category of the tenant file, with data, retention, purposes, sources, bases and recipients', async () => {
    const requestId = await newCase('access');
    const result = await kaira.gql(AccessReportDocument, { requestId }, await as('office'));
    expect(result.errors).toBeUndefined();
    const report = result.data!.accessReport;
    const file = kaira.registry.bySlug(G)!.file as { dataCategories: Array<{ key: string }>; purposes: unknown[] };
    expect(report.categories.map((c: { key: string }) => c.key)).toEqual(file.dataCategories.map((c) => c.key));
    expect(report.purposes).toEqual(file.purposes);
    expect(report.register.controller.businessId).toBe('1978283-1');
    expect(report.legalBases[0].basis).toBe('GDPR 6(1)(a)');
    expect(report.sources.length).toBeGreaterThan(0);
    const { rows } = await inTenant(owner, guidance, () =>
      owner.query('select first_name, last_name from person where id = $1', [client]),
    );
    const name = report.categories.find((c: { key: string }) => c.key === 'name');
    expect(name.data).toEqual([{ table: 'person', rows: [rows[0]] }]);
    expect(name.retention).toMatchObject({ period: 'P10Y', from: 'case-closed' });
    const code = report.categories.find((c: { key: string }) => c.key === 'personalIdentityCode');
    for (const table of code.data)
      for (const row of table.rows) expect(Object.keys(row)).toEqual(['identity_code_masked']);
    expect(report.recipients).toEqual([
      expect.objectContaining({ recipient: { name: 'Kela (demo)', country: 'FI', businessId: '0246246-0' } }),
    ]);
    // Staff and organisations are named, not only referred to by id.
    const service = report.categories.find((c: { key: string }) => c.key === 'otherServiceData');
    const assignments = service.data.find((d: { table: string }) => d.table === 'assignment');
    expect(assignments.rows).toEqual(
      expect.arrayContaining([expect.objectContaining({ coach_user_name: 'Valma Valmentaja' })]),
    );
    expect(report.records.map((r: { key: string }) => r.key)).toEqual(
      expect.arrayContaining(['consents', 'corrections', 'objections', 'restrictions']),
    );
  });

  test('producing it is a use of the data, logged with the rights request as the basis', async () => {
    const requestId = await newCase('access');
    await kaira.gql(AccessReportDocument, { requestId }, await as('eduroDpo'));
    const entry = (await useEntries(owner, guidance, client)).filter((e) => e.operation === 'accessReport').at(-1);
    expect(entry).toMatchObject({ basis: 'RIGHTS_REQUEST', reason: `rights request ${requestId}` });
    expect(entry!.data).toContain('name');
  });

  test('the HTML rendering is in Finnish or English and escapes what the register holds', async () => {
    const person = await personFor(owner, guidance);
    await inTenant(
      owner,
      guidance,
      () => owner.query(`update person set first_name = '<script>alert(1)</script>' where id = $1`, [person]),
      { commit: true },
    );
    const requestId = await newCase('access', { personId: person });
    const fi = await kaira.gql(AccessReportHtmlDocument, { requestId }, await as('cityOfficer'));
    expect(fi.errors).toBeUndefined();
    const html = fi.data!.accessReportHtml;
    expect(html).toContain('<html lang="fi">');
    expect(html).toContain('Tarkastusoikeusraportti');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    const en = await kaira.gql(AccessReportHtmlDocument, { requestId, language: 'EN' }, await as('cityOfficer'));
    expect(en.data!.accessReportHtml).toContain('Access report');
    expect(en.data!.accessReportHtml).toContain('<html lang="en">');
  });
});

describe('log report (Act 703/2023 § 11)', () => {
  test('two years back by default: who used the data, on what basis, and who received it', async () => {
    const access = await newCase('access');
    await kaira.gql(AccessReportDocument, { requestId: access }, await as('office'));
    const requestId = await newCase('log_report');
    const result = await kaira.gql(LogReportDocument, { requestId }, await as('cityDpo'));
    expect(result.errors).toBeUndefined();
    const report = result.data!.logReport;
    expect(report.from).toBe(addMonths(todayInFinland(), -24));
    expect(report.specialReason).toBeNull();
    expect(report.uses).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          operation: 'accessReport',
          basis: 'RIGHTS_REQUEST',
          userName: 'Tiina Toimisto',
          organisationName: expect.any(String),
        }),
      ]),
    );
    expect(report.disclosures).toEqual([
      expect.objectContaining({ recipientName: 'Kela (demo)', recipientCountry: 'FI', dataSet: ['statement'] }),
    ]);
    // Reading the logs for the report is itself logged.
    const entry = (await useEntries(owner, guidance, client)).filter((e) => e.operation === 'logReport').at(-1);
    expect(entry).toMatchObject({ basis: 'RIGHTS_REQUEST', data: ['useLog', 'disclosureLog'] });
  });

  test('an older use is outside the default window and inside a period recorded with a special reason', async () => {
    const old = new Date(Date.now() - 3 * 365 * 24 * 3600 * 1000).toISOString();
    // A three-year-old use: appended, then dated back by the owner (the app's role could not; the chain
    // hashes the entry, whose own occurredAt is not what the report filters on).
    await inTenant(
      owner,
      guidance,
      async () => {
        await owner.query(`select kaira.append_log('use_log', $1::jsonb)`, [
          JSON.stringify([
            { personIds: [client], data: ['name'], operation: 'oldRead', basis: 'ADMINISTRATION', actor: null },
          ]),
        ]);
      },
      { commit: true },
    );
    await inTenant(
      owner,
      guidance,
      () => owner.query(`update use_log set occurred_at = $1 where entry ->> 'operation' = 'oldRead'`, [old]),
      { commit: true },
    );
    const plain = await newCase('log_report');
    const byDefault = await kaira.gql(LogReportDocument, { requestId: plain }, await as('cityDpo'));
    expect(byDefault.data!.logReport.uses.map((u) => u.operation)).not.toContain('oldRead');
    const withReason = await insertCase(owner, guidance, office, { personId: client, kind: 'log_report' });
    await inTenant(
      owner,
      guidance,
      () =>
        owner.query(`update rights_request set log_period_from = $1, log_period_reason = $2 where id = $3`, [
          addMonths(todayInFinland(), -48),
          'Suspected misuse three years ago.',
          withReason,
        ]),
      { commit: true },
    );
    const older = await kaira.gql(LogReportDocument, { requestId: withReason }, await as('cityDpo'));
    expect(older.data!.logReport.specialReason).toBe('Suspected misuse three years ago.');
    expect(older.data!.logReport.uses.map((u) => u.operation)).toContain('oldRead');
  });
});

describe('portability (GDPR 20)', () => {
  // Union types ("type": ["string", "null"]) are plain JSON Schema; ajv's strict mode only asks to allow them.
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(portabilitySchemaFile(), 'utf8')));

  test('the export validates against the published schema and lists what was left out and why', async () => {
    const requestId = await newCase('portability');
    const result = await kaira.gql(PortabilityExportDocument, { requestId }, await as('cityOfficer'));
    expect(result.errors).toBeUndefined();
    const doc = result.data!.portabilityExport;
    expect(validate(doc)).toBe(true);
    expect(validate.errors ?? null).toBeNull();
    expect(doc.categories.map((c: { key: string }) => c.key)).toContain('name');
    const leftOut = doc.leftOut.map((l: { category: string; table: string | null; reason: string }) => l);
    // Staff-written data is not the person's to port; the coaches' guidance entries stay out of the category.
    expect(leftOut).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ category: 'assessment', reason: 'not-provided-by-person' }),
        expect.objectContaining({ category: 'guidance', table: 'guidance_entry', reason: 'not-provided-by-person' }),
      ]),
    );
    for (const category of doc.categories) {
      for (const data of category.data) expect(data.table).not.toBe('guidance_entry');
    }
  });

  test('a register whose notice names no consent or contract basis ports nothing, and says why', async () => {
    const training = kaira.registry.bySlug('eduro-training')!.id;
    const person = await personFor(owner, training);
    const requestId = await insertCase(owner, training, office, { personId: person, kind: 'portability' });
    const result = await kaira.gql(PortabilityExportDocument, { requestId }, await as('eduroDpo', 'eduro-training'));
    const doc = result.data!.portabilityExport;
    expect(validate(doc)).toBe(true);
    expect(doc.categories).toEqual([]);
    expect(new Set(doc.leftOut.map((l: { reason: string }) => l.reason))).toEqual(
      new Set(['basis-not-consent-or-contract']),
    );
  });

  test('an export that breaks the schema is caught by it (the test validates something)', () => {
    expect(validate({ format: 'kaira-portability', version: 2 })).toBe(false);
  });

  test('the schema is published without signing in', async () => {
    const response = await fetch(kaira.server.url.replace('/graphql', '/schema/portability.schema.json'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/schema+json');
    expect(await response.json()).toMatchObject({ $id: 'https://kaira.eduro.fi/schema/portability.schema.json' });
  });
});
