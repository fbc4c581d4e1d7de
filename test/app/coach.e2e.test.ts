import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/cli/demo-data';
import { startKaira, USERS, type Kaira } from '../support/kaira';
import { ensureAppBuilt, LAPTOP, launchBrowser, screenshot, signIn, TABLET, type Browser } from './browser';

// The coach's day in the web app, in a real browser against a real Kaira and PostgreSQL (issue 7).
jest.setTimeout(120_000);

let kaira: Kaira;
let browser: Browser;
let app: string;

beforeAll(async () => {
  await ensureAppBuilt();
  kaira = await startKaira();
  browser = await launchBrowser();
  app = `http://127.0.0.1:${kaira.server.port}/app`;
});

afterAll(async () => {
  // The app ran under Kaira's CSP without a violation and without an uncaught error.
  expect(browser?.problems).toEqual([]);
  await browser?.close();
  await kaira?.close();
});

async function clientId(lastName: string, tenant = 'eduro-guidance'): Promise<string> {
  const token = await kaira.tokenFor(USERS.office);
  const result = await kaira.gql<{ clients: { nodes: Array<{ id: string }> } }>(
    'query ($s: String) { clients(search: $s, first: 5) { nodes { id } } }',
    { s: lastName },
    { token, tenant },
  );
  return result.data!.clients.nodes[0]!.id;
}

async function signedInCoach(viewport = LAPTOP): Promise<Page> {
  const page = await browser.newPage(viewport);
  await page.goto(`${app}/`);
  await page.waitForURL(/\/app\/login\?next=/);
  await signIn(page, USERS.coach, DEMO_PASSWORD);
  await page.getByRole('heading', { name: 'Valitse rekisteri' }).waitFor();
  return page;
}

describe('a coach', () => {
  it('signs in, picks a tenant, and sees who they act for', async () => {
    const page = await browser.newPage();
    await page.goto(`${app}/`);
    await page.waitForURL(/\/app\/login\?next=/);
    await screenshot(page, 'login');
    await signIn(page, USERS.coach, DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'Valitse rekisteri' }).waitFor();
    await screenshot(page, 'tenant-choice');
    await page.locator('a[href="/app/eduro-guidance"]').click();
    await page.waitForURL(`${app}/eduro-guidance/clients`);
    await expectText(page, '[data-testid="acts-for"]', 'Toimit rekisterinpitäjänä (Eduro-säätiö)');
    await page.getByRole('link', { name: 'Kivelä, Sanna' }).waitFor();
    await screenshot(page, 'my-clients');

    // The tenant switch in the header: in the city's register Eduro is the processor, and the banner says so.
    await page.getByLabel('Rekisteri').selectOption('rovaniemi-guidance');
    await page.waitForURL(`${app}/rovaniemi-guidance/clients`);
    await expectText(page, '[data-testid="acts-for"]', 'Toimit henkilötietojen käsittelijänä (Eduro-säätiö)');
    await expectText(page, '[data-testid="acts-for"]', 'Rekisterinpitäjä Rovaniemen kaupunki päättää');
    await page.getByRole('link', { name: 'Mäntyniemi, Heidi' }).waitFor();
    expect(await page.getByRole('link', { name: 'Kivelä, Sanna' }).count()).toBe(0); // the other register's client
    await screenshot(page, 'acts-for-processor');
    await page.close();
  });

  it('searches and pages through their clients, each query an automatic persisted query', async () => {
    const page = await signedInCoach();
    const bodies: Array<{ query?: string; extensions?: { persistedQuery?: { sha256Hash?: string } } }> = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql')) bodies.push(request.postDataJSON());
    });
    await page.goto(`${app}/eduro-guidance/clients`);
    await page.getByLabel('Hae nimen alulla').fill('Poh');
    await page.getByRole('button', { name: 'Hae' }).click();
    await page.waitForURL(`${app}/eduro-guidance/clients?q=Poh`);
    await page.getByRole('link', { name: 'Pohjola, Elina' }).waitFor();
    expect(await page.locator('tbody tr').count()).toBe(1);
    await page.getByLabel('Hae nimen alulla').fill('Zzz');
    await page.getByRole('button', { name: 'Hae' }).click();
    await page.getByText('Ei osumia haulla ”Zzz”.').waitFor();
    // Every operation names its SHA-256; once Kaira knows it, the text is no longer sent.
    expect(bodies.length).toBeGreaterThan(2);
    for (const body of bodies) expect(body.extensions?.persistedQuery?.sha256Hash).toMatch(/^[0-9a-f]{64}$/);
    expect(bodies.filter((b) => b.query === undefined).length).toBeGreaterThan(0);
    await page.close();
  });

  it('opens an assigned client, adds an entry, and finds a consent-gated category refused with the reason', async () => {
    const page = await signedInCoach();
    const id = await clientId('Kivelä');
    await page.goto(`${app}/eduro-guidance/clients/${id}`);
    await page.getByRole('heading', { name: 'Sanna Kivelä' }).waitFor();
    await page.getByRole('heading', { name: 'Suostumukset' }).waitFor();
    // Henkilötunnus masked; a coach has no way to reveal it (DOMAIN.md §6: office and the controller's oversight).
    expect(await page.getByTestId('identity-code').textContent()).toMatch(/^140389-\*{4}$/);
    expect(await page.getByRole('button', { name: 'Näytä' }).count()).toBe(0);

    // Sanna gave written consent for employment and guidance only: rehabilitation cannot be chosen, and why.
    const category = page.getByLabel('Tietoryhmä');
    const rehabilitation = category.locator('option[value="rehabilitation"]');
    expect(await rehabilitation.isDisabled()).toBe(true);
    expect(await rehabilitation.textContent()).toContain('ei kirjallista suostumusta');
    expect(await category.locator('option[value="employment"]').isDisabled()).toBe(false);
    await expectText(page, '[data-testid="unavailable-categories"]', 'kuntoutukseen liittyvä yksilöity tieto');
    await screenshot(page, 'client');

    await page.getByLabel('Merkinnän laji').selectOption('COACHING');
    await category.selectOption('employment');
    await page
      .getByLabel('Merkintä', { exact: true })
      .fill('Työkokeilu alkoi sovitusti; seuraava tapaaminen kahden viikon päästä.');
    await page.getByRole('button', { name: 'Tallenna merkintä' }).click();
    await page.getByRole('status').filter({ hasText: 'Merkintä tallennettu.' }).waitFor();
    await page.locator('.entry-content', { hasText: 'Työkokeilu alkoi sovitusti' }).waitFor();
    expect(await page.getByLabel('Merkintä', { exact: true }).inputValue()).toBe('');

    // The client withdraws employment consent while the page is open: Kaira refuses, the text typed stays.
    const office = await kaira.tokenFor(USERS.office);
    const withdrawn = await kaira.gql(
      'mutation ($i: WithdrawConsentInput!) { withdrawConsent(input: $i) { id } }',
      { i: { personId: id, categories: ['employment'], evidence: 'Puhelu asiakkaalta (e2e)' } },
      { token: office, tenant: 'eduro-guidance' },
    );
    expect(withdrawn.errors).toBeUndefined();
    await category.selectOption('employment');
    const text = 'Haastattelu työnantajan kanssa sovittu.';
    await page.getByLabel('Merkintä', { exact: true }).fill(text);
    await page.getByRole('button', { name: 'Tallenna merkintä' }).click();
    await page.getByRole('alert').filter({ hasText: 'ei ole voimassa olevaa kirjallista suostumusta' }).waitFor();
    expect(await page.getByLabel('Merkintä', { exact: true }).inputValue()).toBe(text);
    await screenshot(page, 'entry-consent-refused');

    // After a reload the category shows as withdrawn, with the day.
    await page.reload();
    await page.getByRole('heading', { name: 'Sanna Kivelä' }).waitFor();
    await page.getByTestId('unavailable-categories').waitFor();
    expect(await page.getByLabel('Tietoryhmä').locator('option[value="employment"]').textContent()).toMatch(
      /suostumus peruttu/,
    );
    await page.close();
  });

  it('corrects an entry in a dialog; the earlier version stays with the reason', async () => {
    const page = await signedInCoach();
    const id = await clientId('Rasinkangas');
    await page.goto(`${app}/eduro-guidance/clients/${id}`);
    const entry = page.locator('.entry', { hasText: 'kevyempiä tehtäviä' });
    await entry.getByRole('button', { name: 'Korjaa' }).click();
    const dialog = page.getByRole('dialog', { name: 'Korjaa merkintä' });
    await dialog.waitFor();
    // Focus moves into the dialog, onto its first field.
    expect(await page.evaluate('document.activeElement?.id')).toBe('correction-content');
    await dialog
      .getByLabel('Korjattu merkintä')
      .fill('Valmennus: kartoitettu kevyempiä tehtäviä, kiinnostus asiakaspalveluun ja varastotyöhön.');
    await dialog.getByLabel('Korjauksen syy').fill('Täydennys asiakkaan pyynnöstä');
    await screenshot(page, 'correction-dialog');
    await dialog.getByRole('button', { name: 'Tallenna korjaus' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const corrected = page.locator('.entry', { hasText: 'ja varastotyöhön' });
    await corrected.getByText('Korjattu 1 kertaa').click();
    await corrected.getByText('Korjauksen syy: Täydennys asiakkaan pyynnöstä').first().waitFor();
    await corrected.locator('.history', { hasText: 'kiinnostus asiakaspalveluun.' }).waitFor();
    // Escape closes a dialog and gives the focus back to the button that opened it.
    await corrected.getByRole('button', { name: 'Korjaa' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Korjaa merkintä' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await screenshot(page, 'entry-corrected');
    await page.close();
  });

  it('opens an unassigned client only through emergency access, with a reason', async () => {
    const page = await signedInCoach();
    const id = await clientId('Alatalo');
    await page.goto(`${app}/eduro-guidance/clients/${id}`);
    await page.getByRole('alert').filter({ hasText: 'Sinulla ei ole asiakassuhdetta tähän asiakkaaseen.' }).waitFor();
    await page.getByRole('button', { name: 'Avaa hätäkäytöllä' }).click();
    const dialog = page.getByRole('dialog', { name: 'Hätäkäyttö' });
    await dialog.getByLabel('Syy').fill('Liian lyhyt');
    expect(await dialog.getByRole('button', { name: 'Avaa asiakas' }).isDisabled()).toBe(true);
    await dialog.getByLabel('Syy').fill('Asiakas soitti kriisitilanteessa, oma valmentaja lomalla.');
    await screenshot(page, 'emergency-access-dialog');
    await dialog.getByRole('button', { name: 'Avaa asiakas' }).click();
    await page.getByRole('heading', { name: 'Jari Alatalo' }).waitFor();
    await page.getByRole('heading', { name: 'Uusi merkintä' }).waitFor();
    // The DPO's review queue has it, with the reason.
    const review = await kaira.gql<{ emergencyAccessReviewQueue: Array<{ personId: string; reason: string }> }>(
      '{ emergencyAccessReviewQueue { personId reason } }',
      {},
      { token: await kaira.tokenFor(USERS.eduroDpo), tenant: 'eduro-guidance' },
    );
    expect(review.data!.emergencyAccessReviewQueue).toContainEqual({
      personId: id,
      reason: 'Asiakas soitti kriisitilanteessa, oma valmentaja lomalla.',
    });
    await page.close();
  });

  it('creates, copies and sends a survey, and reads the answers', async () => {
    const page = await signedInCoach();
    await page.goto(`${app}/eduro-guidance/surveys`);
    await page.getByRole('button', { name: 'Uusi kysely' }).click();
    await page.getByLabel('Otsikko').fill('Loppukysely (e2e)');
    await page.getByLabel('Kysymys', { exact: true }).fill('Mitä palvelusta jäi käteen?');
    await page.getByRole('button', { name: 'Lisää kysymys' }).click();
    await page.locator('#q1-prompt').fill('Kuinka tyytyväinen olet palveluun?');
    await page.locator('#q1-kind').selectOption('SCALE');
    await screenshot(page, 'survey-new');
    await page.getByRole('button', { name: 'Tallenna luonnos' }).click();
    await page.getByRole('status').filter({ hasText: 'Kysely ”Loppukysely (e2e)” luotu luonnokseksi.' }).waitFor();
    const row = page.locator('tr', { hasText: 'Loppukysely (e2e)' });
    await row.getByRole('button', { name: 'Kopioi' }).click();
    await page.getByRole('status').filter({ hasText: 'tehtiin uusi luonnos' }).waitFor();
    await page.locator('tr', { hasText: 'Loppukysely (e2e)' }).nth(1).waitFor();
    await screenshot(page, 'surveys');

    await page.locator('tr', { hasText: 'Loppukysely (e2e)' }).first().getByRole('link').click();
    await page.getByRole('button', { name: 'Lähetä asiakkaille' }).click();
    const dialog = page.getByRole('dialog', { name: 'Lähetä kysely' });
    await dialog.getByLabel('Pohjola, Elina').check();
    await dialog.getByRole('button', { name: 'Lähetä (1)' }).click();
    await page.getByRole('status').filter({ hasText: 'Kysely lähetettiin 1 asiakkaalle.' }).waitFor();

    // The demo's sent survey has an answer from the coach's first client.
    await page.goto(`${app}/eduro-guidance/surveys`);
    await page.locator('tr', { hasText: 'lähetetty' }).filter({ hasNotText: 'e2e' }).first().getByRole('link').click();
    await page.getByRole('heading', { name: 'Vastaukset' }).waitFor();
    await page.locator('.answer').first().waitFor();
    await screenshot(page, 'survey-answers');
    await page.close();
  });

  it('switches between Finnish and English', async () => {
    const page = await signedInCoach();
    await page.goto(`${app}/eduro-guidance/clients`);
    await page.getByRole('heading', { name: 'Omat asiakkaat' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('fi');
    await page.getByRole('button', { name: 'In English' }).click();
    await page.getByRole('heading', { name: 'My clients' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('link', { name: 'Client surveys' }).waitFor();
    await expectText(page, '[data-testid="acts-for"]', 'You act for the controller (Eduro-säätiö)');
    await screenshot(page, 'my-clients-english');
    // The choice is remembered on reload, and switches back.
    await page.reload();
    await page.getByRole('heading', { name: 'My clients' }).waitFor();
    await page.getByRole('button', { name: 'Suomeksi' }).click();
    await page.getByRole('heading', { name: 'Omat asiakkaat' }).waitFor();
    await page.close();
  });

  it('lays out the client page and lists on a tablet', async () => {
    const page = await signedInCoach(TABLET);
    await page.goto(`${app}/eduro-guidance/clients`);
    await page.getByRole('link', { name: 'Kivelä, Sanna' }).waitFor();
    await screenshot(page, 'my-clients');
    await page.getByRole('link', { name: 'Kivelä, Sanna' }).click();
    await page.getByRole('heading', { name: 'Suostumukset' }).waitFor();
    await page.getByRole('heading', { name: 'Merkinnät' }).waitFor();
    // Nothing is wider than the screen: no sideways scrolling.
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'client');
    await page.goto(`${app}/eduro-guidance/surveys`);
    await page.getByRole('heading', { name: 'Asiakaskyselyt' }).waitFor();
    await page.locator('tbody tr').first().waitFor();
    await screenshot(page, 'surveys');
    await page.close();
  });
});

async function expectText(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).filter({ hasText: text }).first().waitFor();
}
