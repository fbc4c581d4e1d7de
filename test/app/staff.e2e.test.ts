import type { Client } from 'pg';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/cli/demo-data';
import { form, ownerRows, tenantIdOf } from '../enrolment/enrolment.support';
import { EnrolDocument } from '../generated/graphql';
import { connect } from '../support/database';
import { startKaira, USERS, type Kaira } from '../support/kaira';
import { ensureAppBuilt, LAPTOP, launchBrowser, screenshot, signIn, TABLET, type Browser } from './browser';

// Sessions that expire, the card-training office and the DPO, in a real browser against a real Kaira (issue 7).
// Access tokens live one second here, so every page works on a renewed token.
jest.setTimeout(120_000);

let kaira: Kaira;
let browser: Browser;
let owner: Client;
let app: string;

beforeAll(async () => {
  await ensureAppBuilt();
  kaira = await startKaira({ env: { KAIRA_ACCESS_TOKEN_SECONDS: '1' } });
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

async function signedIn(email: string, path: string, viewport = LAPTOP): Promise<Page> {
  const page = await browser.newPage(viewport);
  await page.goto(`${app}${path}`);
  await page.waitForURL(/\/app\/login\?next=/);
  await signIn(page, email, DEMO_PASSWORD);
  await page.waitForURL(`${app}${path}`);
  return page;
}

// Browser-side code as strings: the tests' TypeScript has no DOM types.
const storedSession = (page: Page) =>
  page.evaluate<{ refreshToken: string } | null>(`JSON.parse(sessionStorage.getItem('kaira.session') ?? 'null')`);

describe('session expiry', () => {
  it('renews an expired access token without the user noticing', async () => {
    const page = await signedIn(USERS.coach, '/eduro-guidance/clients');
    await page.getByRole('link', { name: 'Kivelä, Sanna' }).waitFor();
    const before = await storedSession(page);
    // Make the app believe its token is still fresh, so Kaira's UNAUTHENTICATED is what makes it renew.
    await page.evaluate(`{
      const session = JSON.parse(sessionStorage.getItem('kaira.session'));
      session.accessTokenExpiresAt = new Date(Date.now() + 3600000).toISOString();
      sessionStorage.setItem('kaira.session', JSON.stringify(session));
    }`);
    await page.waitForTimeout(1500);
    await page.reload();
    await page.getByRole('link', { name: 'Kivelä, Sanna' }).click();
    await page.getByRole('heading', { name: 'Sanna Kivelä' }).waitFor();
    await page.getByRole('heading', { name: 'Merkinnät' }).waitFor();
    const after = await storedSession(page);
    expect(after?.refreshToken).toBeTruthy();
    expect(after?.refreshToken).not.toBe(before?.refreshToken);
    await page.close();
  });

  it('sends the user to sign in when the session has ended, and back to the same page after', async () => {
    const page = await signedIn(USERS.coach, '/eduro-guidance/clients');
    await page.getByRole('link', { name: 'Pohjola, Elina' }).click();
    await page.getByRole('heading', { name: 'Elina Pohjola' }).waitFor();
    const clientPath = new URL(page.url()).pathname.replace(/^\/app/, '');
    await page.locator('.entry').first().waitFor();
    await page.waitForLoadState('networkidle');
    // The session ends on the server (as after its lifetime, or a reused refresh token).
    await owner.query('update auth_session set revoked_at = now() where revoked_at is null');
    await page.reload();
    await page.getByText('Istuntosi päättyi. Kirjaudu uudelleen, niin palaat samalle sivulle.').waitFor();
    expect(new URL(page.url()).searchParams.get('next')).toBe(clientPath);
    await screenshot(page, 'session-expired');
    await signIn(page, USERS.coach, DEMO_PASSWORD);
    await page.waitForURL(`${app}${clientPath}`);
    await page.getByRole('heading', { name: 'Elina Pohjola' }).waitFor();

    // Ending while moving on in the app: the page asked for is the one returned to.
    await page.locator('.entry').first().waitFor();
    await page.waitForLoadState('networkidle');
    await owner.query('update auth_session set revoked_at = now() where revoked_at is null');
    await page.getByRole('link', { name: 'Asiakaskyselyt' }).click();
    await page.getByText('Istuntosi päättyi.', { exact: false }).waitFor();
    expect(new URL(page.url()).searchParams.get('next')).toBe('/eduro-guidance/surveys');
    await signIn(page, USERS.coach, DEMO_PASSWORD);
    await page.waitForURL(`${app}/eduro-guidance/surveys`);
    await page.getByRole('heading', { name: 'Asiakaskyselyt' }).waitFor();
    await page.close();
  });

  it('follows only paths inside the app after signing in', async () => {
    const page = await browser.newPage();
    await page.goto(`${app}/login?next=${encodeURIComponent('//evil.example/')}`);
    await signIn(page, USERS.coach, DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'Valitse rekisteri' }).waitFor();
    expect(new URL(page.url()).host).toBe(`127.0.0.1:${kaira.server.port}`);
    await page.close();
  });

  it('shows a wrong password in words and keeps the email typed', async () => {
    const page = await browser.newPage();
    await page.goto(`${app}/login`);
    await page.getByLabel('Sähköposti').fill(USERS.office);
    await page.getByLabel('Salasana').fill('not-the-password');
    await page.getByRole('button', { name: 'Kirjaudu' }).click();
    await page.getByRole('alert').filter({ hasText: 'Sähköposti tai salasana on väärin.' }).waitFor();
    expect(await page.getByLabel('Sähköposti').inputValue()).toBe(USERS.office);
    await screenshot(page, 'login-error');
    await page.close();
  });
});

describe('office staff in card training', () => {
  it('sees the coming sessions with the seats left', async () => {
    // One participant enrols in the demo's TTK session through the public form.
    const [{ id: ttk }] = await ownerRows<{ id: string }>(
      owner,
      tenantIdOf(kaira, 'eduro-training'),
      `select s.id from training_session s join card_type c on c.id = s.card_type_id where c.code = 'ttk'`,
    );
    const enrolled = await kaira.gql(EnrolDocument, { input: form(ttk, 1) }, { tenant: 'eduro-training' });
    expect(enrolled.errors).toBeUndefined();
    for (const viewport of [LAPTOP, TABLET]) {
      const page = await signedIn(USERS.office, '/eduro-training/sessions', viewport);
      await page.getByRole('heading', { name: 'Koulutukset' }).waitFor();
      await page.locator('[data-testid="acts-for"]', { hasText: 'Toimit rekisterinpitäjänä (Eduro-säätiö)' }).waitFor();
      const rows = page.locator('tbody tr');
      await rows.first().waitFor();
      expect(await rows.count()).toBe(3);
      expect(await rows.first().textContent()).toContain('19 / 20'); // TTK: 20 seats, one taken
      // The card-training register has no clients or surveys: no such links for office staff here.
      expect(await page.getByRole('link', { name: 'Asiakkaat' }).count()).toBe(0);
      await screenshot(page, 'office-sessions');
      await page.close();
    }
  });

  it('reveals a henkilötunnus only with a stated purpose', async () => {
    const page = await signedIn(USERS.office, '/eduro-guidance/clients');
    await page.getByRole('heading', { name: 'Rekisterin asiakkaat' }).waitFor();
    await page.getByRole('link', { name: 'Kivelä, Sanna' }).click();
    const code = page.getByTestId('identity-code');
    await code.waitFor();
    expect(await code.textContent()).toMatch(/^140389-\*{4}$/);
    // Office staff never see coaching content (DOMAIN.md §3): no entries here.
    expect(await page.getByRole('heading', { name: 'Merkinnät' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Näytä' }).click();
    const dialog = page.getByRole('dialog', { name: 'Näytä koko henkilötunnus' });
    await dialog.getByLabel('Käyttötarkoitus').fill('Kelan lomakkeen täyttäminen asiakkaan pyynnöstä');
    await screenshot(page, 'reveal-identity-code');
    await dialog.getByRole('button', { name: 'Näytä henkilötunnus' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await code.textContent()).toMatch(/^140389-\d{3}[0-9A-Y]$/);
    await page.getByRole('button', { name: 'Piilota' }).click();
    expect(await code.textContent()).toMatch(/^140389-\*{4}$/);
    await page.close();
  });
});

describe("the city's officer", () => {
  it('goes straight into the one register, acting for the city as controller, reading but not writing entries', async () => {
    const page = await browser.newPage(TABLET);
    await page.goto(`${app}/`);
    await signIn(page, USERS.cityOfficer, DEMO_PASSWORD);
    await page.waitForURL(`${app}/rovaniemi-guidance/clients`);
    await page
      .locator('[data-testid="acts-for"]', { hasText: 'Toimit rekisterinpitäjänä (Rovaniemen kaupunki)' })
      .waitFor();
    await page.getByRole('heading', { name: 'Rekisterin asiakkaat' }).waitFor();
    await page.getByRole('link', { name: 'Mäntyniemi, Heidi' }).click();
    await page.getByRole('heading', { name: 'Merkinnät' }).waitFor();
    await page.locator('.entry').first().waitFor();
    expect(await page.getByRole('heading', { name: 'Uusi merkintä' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Korjaa' }).count()).toBe(0);
    await screenshot(page, 'city-officer-client');
    await page.close();
  });
});

describe("the controller's DPO", () => {
  it("reads a person's use log, where the reveal and the coach's reads show", async () => {
    const page = await signedIn(USERS.eduroDpo, '/eduro-guidance/use-log');
    await page.getByLabel('Hae henkilöä nimen alulla').fill('Kivelä');
    await page.getByRole('button', { name: 'Hae' }).click();
    await page.getByRole('button', { name: /Kivelä, Sanna/ }).click();
    await page.getByRole('heading', { name: 'Lokimerkinnät' }).waitFor();
    await page.locator('tbody tr', { hasText: 'revealPersonalIdentityCode' }).first().waitFor();
    await page.locator('tbody tr', { hasText: 'Kelan lomakkeen täyttäminen' }).first().waitFor();
    await screenshot(page, 'dpo-use-log');
    await page.close();
  });

  it('works as processor in the city register: no use log there, and the banner says why', async () => {
    const page = await signedIn(USERS.eduroDpo, '/rovaniemi-guidance');
    await page
      .locator('[data-testid="acts-for"]', { hasText: 'Toimit henkilötietojen käsittelijänä (Eduro-säätiö)' })
      .waitFor();
    expect(await page.getByRole('link', { name: 'Käyttöloki' }).count()).toBe(0);
    await screenshot(page, 'dpo-processor');
    await page.close();
  });
});
