import {
  ControllerProcessingRecordDocument,
  PrivacyNoticeDocument,
  ProcessorProcessingRecordDocument,
} from '../generated/graphql';
import { SECTION_KEYS } from '../../src/modules/privacy-notice/privacy-notice.render';
import { noticePage } from '../../src/modules/privacy-notice/privacy-notice.page';
import { renderNotice } from '../../src/modules/privacy-notice/privacy-notice.render';
import { loadTenantFiles, type NoticeLanguage, type TenantFile } from '../../src/tenants/tenant-file';
import { TenantTransaction } from '../../src/db/tenant-transaction';
import { directInvitation, draftSurvey } from '../survey/survey.support';
import { codeOf, startKaira, TENANTS, USERS, type Kaira } from '../support/kaira';
import { expectDecision, matrixCases, type Tenant, type User } from '../support/rules-matrix';

// Privacy notices (GDPR 13, 14) and the Art. 30 records, rendered from tenants/*.json: every section in both
// languages, every statement of the tenant file in it, public without login, and a readable page.

const files = new Map(loadTenantFiles('tenants').map((f) => [f.slug, f]));
const LANGS: NoticeLanguage[] = ['fi', 'en'];
let kaira: Kaira;

beforeAll(async () => {
  kaira = await startKaira();
});
afterAll(async () => {
  await kaira?.close();
});

// What each section must carry from the file, per language.
function expected(file: TenantFile, l: NoticeLanguage): Record<string, string[]> {
  return {
    controller: [file.controller.name, file.controller.businessId, ...(file.processor ? [file.processor.name] : [])],
    contactPerson: [file.contactPerson.name, file.contactPerson.email],
    dataProtectionOfficers: file.dataProtectionOfficers.flatMap((p) => [p.name, p.email]),
    register: [file.register.name[l], file.register.description[l]],
    purposes: file.purposes.map((p) => p[l]),
    legalBases: file.legalBases.flatMap((b) => [b.basis, b.description[l]]),
    dataCategories: file.dataCategories.map((c) => c.name[l]),
    sources: file.sources.map((s) => s[l]),
    disclosures: [file.disclosures.policy[l], ...file.disclosures.regularRecipients.map((r) => r[l])],
    thirdCountryTransfers: [file.thirdCountryTransfers.policy[l]],
    security: file.security.map((s) => s[l]),
    rights: [file.rightsRequests.accessRequestsTo[l], ...file.rightsRequests.notes.map((n) => n[l])],
    retention: file.retention.map((r) => r.basis[l]),
    statutes: file.statutes.map((s) => s[l]),
    approval: [file.notice.approval[l], file.notice.reviewedOn],
  };
}

const cases = TENANTS.flatMap((tenant) => LANGS.map((lang) => ({ tenant, lang })));

test.each(cases)(
  'the $tenant notice in $lang has every section with the tenant file’s content, without login',
  async ({ tenant, lang }) => {
    const result = await kaira.gql(PrivacyNoticeDocument, { tenant, language: lang.toUpperCase() as 'FI' | 'EN' });
    expect(result.errors).toBeUndefined();
    const notice = result.data!.privacyNotice;
    const file = files.get(tenant)!;
    expect(notice).toMatchObject({
      tenant,
      language: lang.toUpperCase(),
      title: file.notice.title[lang],
      pagePath: `/privacy/${tenant}?lang=${lang}`,
    });
    expect(notice.sections.map((s) => s.key)).toEqual(SECTION_KEYS);
    for (const section of notice.sections) {
      expect(section.heading).not.toBe('');
      expect(section.paragraphs.length).toBeGreaterThan(0);
      const text = section.paragraphs.join('\n');
      for (const piece of expected(file, lang)[section.key]!) expect(text).toContain(piece);
    }
  },
);

test('the headings differ by language and are the same set in both', async () => {
  const [fi, en] = await Promise.all(
    (['FI', 'EN'] as const).map((language) =>
      kaira.gql(PrivacyNoticeDocument, { tenant: 'rovaniemi-guidance', language }),
    ),
  );
  const headings = (r: typeof fi) => r.data!.privacyNotice.sections.map((s) => s.heading);
  expect(headings(fi)).toContain('Rekisterinpitäjä');
  expect(headings(en)).toContain('Controller');
  expect(headings(fi).length).toBe(headings(en).length);
});

test('the tenant may come from the Kaira-Tenant header; an unknown register is NOT_FOUND, none at all BAD_USER_INPUT', async () => {
  const byHeader = await kaira.gql(PrivacyNoticeDocument, {}, { tenant: 'eduro-training' });
  expect(byHeader.data?.privacyNotice).toMatchObject({ tenant: 'eduro-training', language: 'FI' });
  expect(codeOf(await kaira.gql(PrivacyNoticeDocument, { tenant: 'no-such-register' }))).toBe('NOT_FOUND');
  expect(codeOf(await kaira.gql(PrivacyNoticeDocument, {}))).toBe('BAD_USER_INPUT');
});

describe('the page', () => {
  const base = () => kaira.server.url.replace(/\/graphql$/, '');

  test.each(cases)(
    '/privacy/$tenant?lang=$lang is a public, escaped page with every heading',
    async ({ tenant, lang }) => {
      const response = await fetch(`${base()}/privacy/${tenant}?lang=${lang}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/text\/html/);
      expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
      const body = await response.text();
      expect(body).toContain(`<html lang="${lang}">`);
      const notice = renderNotice(files.get(tenant)!, lang);
      for (const s of notice.sections) expect(body).toContain(`<h2 id="s-${s.key}">`);
      expect(body).toContain(lang === 'fi' ? 'hreflang="en"' : 'hreflang="fi"');
    },
  );

  test('an unknown register is 404', async () => {
    expect((await fetch(`${base()}/privacy/nobody?lang=en`)).status).toBe(404);
  });

  test('every value is escaped', () => {
    const notice = renderNotice(files.get('eduro-training')!, 'fi');
    const evil = {
      ...notice,
      title: '<script>alert(1)</script>',
      sections: [{ ...notice.sections[0]!, paragraphs: ['a & "b" <i>'] }],
    };
    const page = noticePage(evil);
    expect(page).not.toContain('<script>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('a &amp; &quot;b&quot; &lt;i&gt;');
  });
});

describe('records of processing (GDPR 30)', () => {
  // DPO and ADMIN read the controller's record; the processor's record exists only in rovaniemi-guidance,
  // where Eduro's DPO and ADMIN (the processor) and the city's DPO read it.
  const controllerReaders = (t: Tenant): User[] =>
    t === 'rovaniemi-guidance' ? ['eduroDpo', 'admin', 'cityDpo'] : ['eduroDpo', 'admin'];
  const processorReaders = (t: Tenant): User[] => (t === 'rovaniemi-guidance' ? ['eduroDpo', 'admin', 'cityDpo'] : []);
  const operations = {
    controllerProcessingRecord: { allowed: controllerReaders, doc: ControllerProcessingRecordDocument },
    processorProcessingRecord: { allowed: processorReaders, doc: ProcessorProcessingRecordDocument },
  };

  test.each(matrixCases(operations))('$operation in $tenant by $user: allowed $allowed', async (c) => {
    const op = operations[c.operation as keyof typeof operations];
    // Eduro's DPO is the controller's DPO in Eduro's registers, where there is no processor's record.
    if (c.operation === 'processorProcessingRecord' && c.user === 'eduroDpo' && c.tenant !== 'rovaniemi-guidance') {
      const result = await kaira.gql(
        op.doc as never,
        {},
        { token: await kaira.tokenFor(USERS[c.user]), tenant: c.tenant },
      );
      expect(codeOf(result)).toBe('NOT_FOUND');
      return;
    }
    await expectDecision(kaira, c, op.doc, {});
  });

  test("the controller's record names the controller, and every point of Art. 30(1)", async () => {
    const result = await kaira.gql(
      ControllerProcessingRecordDocument,
      { language: 'EN' },
      { token: await kaira.tokenFor(USERS.cityDpo), tenant: 'rovaniemi-guidance' },
    );
    const record = result.data!.controllerProcessingRecord;
    expect(record).toMatchObject({ kind: 'CONTROLLER', keptBy: 'Rovaniemen kaupunki' });
    expect(record.items.map((i) => i.article)).toEqual([
      '30(1)(a)',
      '30(1)(b)',
      '30(1)(c)',
      '30(1)(c)',
      '30(1)(d)',
      '30(1)(e)',
      '30(1)(f)',
      '30(1)(g)',
    ]);
    expect(record.items[0]!.values.join()).toContain('virpi.stenberg@rovaniemi.fi');
  });

  test("Eduro's processor record in rovaniemi-guidance names Eduro, its DPO and the city it acts for", async () => {
    const result = await kaira.gql(
      ProcessorProcessingRecordDocument,
      { language: 'FI' },
      { token: await kaira.tokenFor(USERS.admin), tenant: 'rovaniemi-guidance' },
    );
    const record = result.data!.processorProcessingRecord;
    expect(record).toMatchObject({ kind: 'PROCESSOR', keptBy: 'Eduro-säätiö', tenant: 'rovaniemi-guidance' });
    expect(record.items.map((i) => i.article)).toEqual(['30(2)(a)', '30(2)(b)', '30(2)(c)', '30(2)(d)']);
    const who = record.items[0]!.values.join('\n');
    expect(who).toContain('Eduro-säätiö');
    expect(who).toContain('jukka-pekka.micklin@eduro.fi');
    expect(who).toContain('Rovaniemen kaupunki');
    expect(who).not.toContain('virpi.stenberg');
  });
});

test("the survey page links to the register's privacy notice", async () => {
  const tenant = 'eduro-guidance';
  const survey = await draftSurvey(kaira, tenant);
  const tid = kaira.registry.bySlug(tenant)!.id;
  const [person] = await TenantTransaction.within(kaira.orm, { tenantId: tid, userId: null }, (em) =>
    em.execute<Array<{ id: string }>>('select id from person limit 1'),
  );
  const token = await directInvitation(kaira, tenant, survey.id, person!.id);
  const body = await (await fetch(kaira.server.url.replace(/\/graphql$/, `/survey/${token}`))).text();
  expect(body).toContain(`href="../privacy/${tenant}?lang=fi"`);
});
