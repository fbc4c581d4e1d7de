import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

// End-to-end support for the web app: Debian's Chromium (apt-get install chromium; .ci/run installs it)
// driven by playwright-core, headless, with a fresh profile per test file and no background networking
// (this machine's network is closed). The app is built once (npm run app:ensure) before a file starts Kaira.

export const CHROMIUM = process.env.KAIRA_CHROMIUM ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(__dirname, '..', '..', 'test-results', 'screenshots');
export const LAPTOP = { width: 1366, height: 768 };
export const TABLET = { width: 768, height: 1024 };

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Builds the app when dist/app is missing or older than its sources; one build at a time across jest workers. */
export async function ensureAppBuilt(): Promise<void> {
  const root = join(__dirname, '..', '..');
  const lock = join(root, 'dist', '.app-build.lock');
  mkdirSync(join(root, 'dist'), { recursive: true });
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another worker builds; a lock older than three minutes was left by a killed run.
      const age = Date.now() - (statSafe(lock) ?? Date.now());
      if (age > 180_000 || Date.now() > deadline) rmSync(lock, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    execFileSync('npm', ['run', '--silent', 'app:ensure'], { cwd: root, stdio: 'pipe' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function statSafe(path: string): number | undefined {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

export interface Browser {
  context: BrowserContext;
  /** Uncaught page errors and Content-Security-Policy violations seen so far: a test expects none. */
  problems: string[];
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/** Headless Chromium with a new, empty profile; every page a fresh tab (sessionStorage is per tab). */
export async function launchBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'kaira-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: LAPTOP,
    locale: 'fi-FI',
    timezoneId: 'Europe/Helsinki',
  });
  context.setDefaultTimeout(15_000);
  const problems: string[] = [];
  return {
    context,
    problems,
    newPage: async (viewport = LAPTOP) => {
      const page = await context.newPage();
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.text().includes('Content Security Policy')) problems.push(`CSP: ${message.text()}`);
      });
      await page.setViewportSize(viewport);
      return page;
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Saves the page as test-results/screenshots/<name>-<width>x<height>.png and returns the path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const size = page.viewportSize();
  const path = join(SCREENSHOTS, `${name}-${size?.width}x${size?.height}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Signs in through the login form (Finnish labels) as a demo user. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Sähköposti').fill(email);
  await page.getByLabel('Salasana').fill(password);
  await page.getByRole('button', { name: 'Kirjaudu' }).click();
}
