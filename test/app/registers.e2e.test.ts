import type { Client } from 'pg';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/cli/demo-data';
import { form, ownerRows, tenantIdOf } from '../enrolment/enrolment.support';
import { EnrolDocument } from '../generated/graphql';
import { connect } from '../support/database';
import { startKaira, USERS, type Kaira } from '../support/kaira';
import { ensureAppBuilt, LAPTOP, launchBrowser, screenshot, signIn, TABLET, type Browser } from './browser';

// The rights, disclosure and card-training screens in a real browser against a real Kaira and the demo data
// (issue 7): a DPO sees the overdue rights request, the city's officer decides the disclosure an Eduro user
// could not, and the training office records an identity check and an exam.
jest.setTimeout(180_000);

let kaira: Kaira;
let browser: Browser;
let owner: Client;
let app: string;

beforeAll(async () => {
  await ensureAppBuilt();
  kaira = await startKaira();
  owner = await connect(kaira.db.ownerUrl);
  browser = await launchBrowser();
  app = `http://127.0.0.1:${kaira.server.port}/app`;
});

afterAll(async () => {
  // The app ran under Kaira's CSP without a violation and without an uncaught error.
  expect(browser?.problems).toEqual([]);
  await browser?.close();
  await owner?.end();
  await kaira?.close();
});

async function signedIn(email: string, path: string, viewport = LAPTOP, before?: (page: Page) => Promise<void>) {
  const page = await browser.newPage(viewport);
  if (before) await before(page);
  await page.goto(`${app}${path}`);
  await page.waitForURL(/\/app\/login\?next=/);
  await signIn(page, email, DEMO_PASSWORD);
  await page.waitForURL(`${app}${path}`);
  return page;
}

// A full henkilötunnus anywhere on the page (the masked one ends in ****).
const FULL_CODE = /\b\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]\b/;

async function expectOnlyMaskedCodes(page: Page): Promise<void> {
  expect(await page.locator('body').innerText()).not.toMatch(FULL_CODE);
}

describe("the controller's DPO and rights requests", () => {
  it('sees the overdue request marked in words, with the due dates of the queue', async () => {
    for (const viewport of [LAPTOP, TABLET]) {
      const page = await signedIn(USERS.eduroDpo, '/eduro-guidance/rights-requests', viewport);
      await page.getByRole('heading', { name: 'Rekisteröityjen pyynnöt' }).waitFor();
      await page.getByTestId('rights-summary').getByText('Myöhässä: 1').waitFor();
      const overdueRows = page.locator('tbody tr', { has: page.getByTestId('overdue') });
      await overdueRows.first().waitFor();
      expect(await overdueRows.count()).toBe(1);
      // The overdue one is the access request received 40 days ago, taken into handling.
      expect(await overdueRows.first().textContent()).toContain('Tarkastusoikeus');
      expect(await overdueRows.first().textContent()).toContain('käsittelyssä');
      expect(await page.locator('tbody tr', { hasText: 'Erääntyy pian' }).count()).toBe(1);
      expect(await page.locator('tbody tr').count()).toBe(4);
      await screenshot(page, 'dpo-rights-requests');
      await page.close();
    }
  });

  it('opens the overdue case and completes it with the decision', async () => {
    const page = await signedIn(USERS.eduroDpo, '/eduro-guidance/rights-requests');
    await page
      .locator('tbody tr', { has: page.getByTestId('overdue') })
      .getByRole('link', { name: 'Tarkastusoikeus' })
      .click();
    await page.getByRole('heading', { name: 'Tarkastusoikeus' }).waitFor();
    await page.getByTestId('overdue').waitFor();
    expect(await page.getByTestId('identity-check').textContent()).toContain('henkilöllisyystodistus');
    expect(await page.getByTestId('case-status').textContent()).toBe('käsittelyssä');
    // The matched person is named for the controller's DPO, the henkilötunnus masked.
    await page.getByTestId('identity-code').waitFor();
    expect(await page.getByTestId('identity-code').textContent()).toMatch(/^\d{6}[-+A-FU-Y]\*{4}$/);
    await expectOnlyMaskedCodes(page);
    await screenshot(page, 'dpo-rights-request-case');

    await page.getByRole('button', { name: 'Merkitse valmiiksi' }).click();
    const dialog = page.getByRole('dialog', { name: 'Merkitse valmiiksi' });
    await dialog
      .getByLabel('Ratkaisu, sellaisena kuin se annetaan pyytäjälle')
      .fill('Tarkastusraportti lähetettiin kirjattuna kirjeenä.');
    await screenshot(page, 'dpo-rights-request-complete');
    await dialog.getByRole('button', { name: 'Merkitse valmiiksi' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('status').filter({ hasText: 'Pyyntö merkittiin valmiiksi.' }).waitFor();
    await page.getByTestId('case-status').filter({ hasText: 'valmis' }).waitFor();
    expect(await page.getByTestId('overdue').count()).toBe(0);
    await page.close();
  });

  it('extends the due-soon case with a reason told to the requester', async () => {
    const page = await signedIn(USERS.eduroDpo, '/eduro-training/rights-requests');
    await page.locator('tbody tr', { hasText: 'Erääntyy pian' }).getByRole('link').click();
    await page.getByRole('heading', { name: 'Tietojen oikaisu' }).waitFor();
    await page.getByRole('button', { name: 'Jatka määräaikaa' }).click();
    const dialog = page.getByRole('dialog', { name: 'Jatka määräaikaa' });
    await dialog.getByLabel('Jatkoaika').selectOption('2');
    // Too short a reason: Kaira's BAD_USER_INPUT in words, and the text typed stays.
    await dialog.getByLabel('Syy, joka kerrotaan pyytäjälle').fill('Kiire');
    await dialog.getByRole('button', { name: 'Jatka määräaikaa' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'Tietoa ei hyväksytty. Tarkista kenttä: syy.' }).waitFor();
    expect(await dialog.getByLabel('Syy, joka kerrotaan pyytäjälle').inputValue()).toBe('Kiire');
    await dialog
      .getByLabel('Syy, joka kerrotaan pyytäjälle')
      .fill('Oikaistavia tietoja on useassa järjestelmässä, ja ne tarkistetaan kouluttajilta.');
    await dialog.getByRole('button', { name: 'Jatka määräaikaa' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Oikaistavia tietoja on useassa järjestelmässä', { exact: false }).waitFor();
    await page.getByText(/alkuperäinen/).waitFor();
    expect(await page.getByRole('button', { name: 'Jatka määräaikaa' }).count()).toBe(0);
    await page.close();
  });

  it("in the city's register Eduro's DPO prepares (checks identity) but is not offered the decision", async () => {
    const page = await signedIn(USERS.eduroDpo, '/rovaniemi-guidance/rights-requests');
    await page.getByTestId('rights-summary').getByText('Myöhässä: 1').waitFor();
    await page.locator('tbody tr', { hasText: 'ei tarkistettu' }).getByRole('link').click();
    await page.getByRole('heading', { name: 'Käyttölokiraportti' }).waitFor();
    await page
      .getByText('Pyynnön ratkaisee rekisterinpitäjän tietosuojavastaava tai virkailija.', { exact: false })
      .waitFor();
    expect(await page.getByRole('button', { name: 'Merkitse valmiiksi' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Kieltäydy' }).count()).toBe(0);
    // Acting as processor, Eduro's DPO does not read the city's people: the person is not named here.
    await page.getByText('Yhdistetty rekisterin henkilöön').waitFor();
    await page.getByLabel('Miten henkilöllisyys tarkistettiin').selectOption('STRONG_ELECTRONIC_IDENTIFICATION');
    await page.getByRole('button', { name: 'Kirjaa henkilöllisyys tarkistetuksi' }).click();
    await page.getByRole('status').filter({ hasText: 'Henkilöllisyyden tarkistus kirjattiin.' }).waitFor();
    await page.getByTestId('identity-check').filter({ hasText: 'vahva sähköinen tunnistus' }).waitFor();
    await screenshot(page, 'processor-dpo-rights-request');
    await page.close();
  });
});

describe('a rights decision the app is made to offer to the processor', () => {
  it('is refused by Kaira, and the refusal is shown in words with the reason kept', async () => {
    const page = await signedIn(USERS.eduroDpo, '/rovaniemi-guidance/rights-requests', LAPTOP, (p) =>
      pretendController(p, 'rovaniemi-guidance'),
    );
    await page
      .locator('tbody tr', { has: page.getByTestId('overdue') })
      .getByRole('link')
      .click();
    await page.getByRole('button', { name: 'Kieltäydy' }).click();
    const dialog = page.getByRole('dialog', { name: 'Kieltäydy' });
    const reason = 'Pyyntö on ilmeisen perusteeton, koska sama raportti annettiin juuri.';
    await dialog.getByLabel('Kieltäytymisen syy').fill(reason);
    await dialog.getByRole('button', { name: 'Kieltäydy' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'Sinulla ei ole oikeutta tähän.' }).waitFor();
    expect(await dialog.getByLabel('Kieltäytymisen syy').inputValue()).toBe(reason);
    await screenshot(page, 'rights-decision-forbidden');
    await page.close();
    const [row] = await ownerRows<{ n: number }>(
      owner,
      tenantIdOf(kaira, 'rovaniemi-guidance'),
      `select count(*)::int as n from rights_request where status = 'refused'`,
    );
    expect(row?.n).toBe(0);
  });
});

/** Makes the app believe the signed-in user acts for the controller in the tenant (Kaira is not fooled). */
async function pretendController(page: Page, tenant: string): Promise<void> {
  await page.route('**/graphql', async (route) => {
    if (!(route.request().postData() ?? '').includes('"operationName":"AppMe"')) return route.continue();
    const response = await route.fetch();
    const body = (await response.json()) as {
      data?: { me?: { memberships: Array<{ actsFor: string; tenant: { slug: string } }> } };
    };
    for (const m of body.data?.me?.memberships ?? []) if (m.tenant.slug === tenant) m.actsFor = 'CONTROLLER';
    await route.fulfill({ response, json: body });
  });
}

describe('disclosure requests in the city register', () => {
  it("shows the request to Eduro's DPO without the decision, and Kaira's FORBIDDEN in words if forced", async () => {
    const page = await signedIn(USERS.eduroDpo, '/rovaniemi-guidance/disclosures');
    const request = page.getByTestId('disclosure').filter({ hasText: 'Kansaneläkelaitos (Kela)' });
    await request.waitFor();
    expect(await request.textContent()).toContain('odottaa päätöstä');
    await request.getByText('Luovutuksesta päättää rekisterinpitäjä.', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: 'Tee päätös' }).count()).toBe(0);
    await screenshot(page, 'processor-dpo-disclosures');
    await page.close();

    // The same user with an app that wrongly offers the decision: Kaira refuses, and the app says so.
    const forced = await signedIn(USERS.eduroDpo, '/rovaniemi-guidance/disclosures', LAPTOP, (p) =>
      pretendController(p, 'rovaniemi-guidance'),
    );
    await forced.getByRole('button', { name: 'Tee päätös' }).click();
    const dialog = forced.getByRole('dialog', { name: 'Päätös luovutuspyynnöstä' });
    await dialog.getByLabel('Hyväksy luovutus').check();
    await dialog.getByLabel('Perustelut').fill('Asiakkaan kirjallinen pyyntö yksilöi tiedot.');
    await dialog.getByRole('button', { name: 'Tallenna päätös' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'Sinulla ei ole oikeutta tähän.' }).waitFor();
    expect(await dialog.getByLabel('Perustelut').inputValue()).toBe('Asiakkaan kirjallinen pyyntö yksilöi tiedot.');
    await screenshot(forced, 'disclosure-decision-forbidden');
    await forced.close();
    const [row] = await ownerRows<{ status: string }>(
      owner,
      tenantIdOf(kaira, 'rovaniemi-guidance'),
      `select status from disclosure_request where recipient_name like 'Kansaneläkelaitos%'`,
    );
    expect(row?.status).toBe('pending');
  });

  it("lets the city's officer approve it with the reasons", async () => {
    for (const viewport of [TABLET, LAPTOP]) {
      const page = await signedIn(USERS.cityOfficer, '/rovaniemi-guidance/disclosures', viewport);
      await page.getByTestId('disclosure').filter({ hasText: 'Kansaneläkelaitos (Kela)' }).waitFor();
      // The city's officer reads the city's people: the person is named, the henkilötunnus masked.
      await page.getByTestId('disclosure').locator('.mono').filter({ hasText: '****' }).waitFor();
      await expectOnlyMaskedCodes(page);
      await screenshot(page, 'city-officer-disclosures');
      if (viewport === TABLET) {
        await page.close();
        continue;
      }
      await page.getByRole('button', { name: 'Tee päätös' }).click();
      const dialog = page.getByRole('dialog', { name: 'Päätös luovutuspyynnöstä' });
      await dialog.getByLabel('Hyväksy luovutus').check();
      await dialog
        .getByLabel('Perustelut')
        .fill('Asiakkaan kirjallinen pyyntö yksilöi tiedot; luovutetaan vain nimi ja lausunto.');
      await screenshot(page, 'city-officer-disclosure-decision');
      await dialog.getByRole('button', { name: 'Tallenna päätös' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByRole('status').filter({ hasText: 'Luovutus hyväksyttiin.' }).waitFor();
      await page.getByText('Ei päätöstä odottavia luovutuspyyntöjä.').waitFor();
      await page.getByLabel('Tila').selectOption('');
      const decided = page.getByTestId('disclosure').filter({ hasText: 'Kansaneläkelaitos (Kela)' });
      await decided.getByText('hyväksytty').waitFor();
      await decided.getByText('luovutetaan vain nimi ja lausunto', { exact: false }).waitFor();
      await page.close();
    }
  });
});

describe('the training office at a session', () => {
  it("records a participant's identity check and a failed exam with the attempts left", async () => {
    const [{ id: ttk }] = await ownerRows<{ id: string }>(
      owner,
      tenantIdOf(kaira, 'eduro-training'),
      `select s.id from training_session s join card_type c on c.id = s.card_type_id
        where c.code = 'ttk' and s.starts_at > now()`,
    );
    const enrolled = await kaira.gql(EnrolDocument, { input: form(ttk, 1) }, { tenant: 'eduro-training' });
    expect(enrolled.errors).toBeUndefined();

    const page = await signedIn(USERS.office, '/eduro-training/sessions');
    await page.getByRole('link', { name: 'Työturvallisuuskortti' }).first().click();
    await page.getByRole('heading', { name: 'Osallistujat' }).waitFor();
    const row = page.getByTestId('participant').filter({ hasText: 'Osallistuja1, Aino' });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/\d{6}[-+A-FU-Y]\*{4}/);
    await row.getByLabel('Asiakirja, josta henkilöllisyys tarkistettiin: Osallistuja1, Aino').selectOption('PASSPORT');
    await screenshot(page, 'office-session-participants');
    await row.getByRole('button', { name: 'Kirjaa tarkistus: Osallistuja1, Aino' }).click();
    await page.getByRole('status').filter({ hasText: 'Henkilöllisyyden tarkistus kirjattiin' }).waitFor();
    await row.getByTestId('identity-checked').filter({ hasText: 'passi' }).waitFor();
    expect(await row.getByTestId('identity-checked').textContent()).toContain('Toimisto');

    await row.getByRole('button', { name: 'Kirjaa koetulos: Osallistuja1, Aino' }).click();
    const dialog = page.getByRole('dialog', { name: 'Koetulos' });
    // TTK has no pass mark: the trainer's pass or fail.
    await dialog.getByLabel('hylätty', { exact: true }).check();
    await screenshot(page, 'office-exam-result');
    await dialog.getByRole('button', { name: 'Tallenna tulos' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('status').filter({ hasText: 'Hylätty koe kirjattiin' }).waitFor();
    await row.getByText('1. yritys', { exact: false }).waitFor();
    await row.getByText(/Yrityksiä jäljellä: \d|Uusintoja ei ole rajoitettu/).waitFor();
    await row.getByRole('button', { name: 'Kirjaa uusinta: Osallistuja1, Aino' }).waitFor();
    await expectOnlyMaskedCodes(page);
    await page.close();

    const tablet = await signedIn(USERS.office, '/eduro-training/sessions', TABLET);
    await tablet.getByRole('link', { name: 'Työturvallisuuskortti' }).first().click();
    await tablet
      .getByTestId('participant')
      .filter({ hasText: 'Osallistuja1, Aino' })
      .getByTestId('identity-checked')
      .waitFor();
    await screenshot(tablet, 'office-session-participants');
    await tablet.close();
  });

  it("shows a past session's records and the cards expiring", async () => {
    const page = await signedIn(USERS.office, '/eduro-training/sessions?when=past');
    await page.locator('tbody tr').first().waitFor();
    await screenshot(page, 'office-past-sessions');
    await page.locator('tbody tr').first().getByRole('link').click();
    await page.getByTestId('participant').first().waitFor();
    await expectOnlyMaskedCodes(page);
    await screenshot(page, 'office-past-session-records');

    await page.getByRole('link', { name: 'Vanhenevat kortit' }).click();
    await page.getByRole('heading', { name: 'Vanhenevat kortit' }).waitFor();
    await page.locator('tbody tr').first().waitFor();
    expect(await page.locator('tbody').textContent()).toContain('Työturvallisuuskortti');
    await screenshot(page, 'office-expiring-cards');
    await page.close();
  });
});
