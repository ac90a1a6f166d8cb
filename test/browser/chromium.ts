import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';

// What the panel tests share: Debian's Chromium, the built panel, screenshots, signing in.

export const ADMIN_DIST = path.resolve(__dirname, '../../admin/dist');
export const SCREENSHOTS = path.resolve(__dirname, 'screenshots');
const CHROMIUM = '/usr/bin/chromium';

/** What is missing to run the panel in a browser; under CI that is a failure, never a skip. */
export const missing = [
  !fs.existsSync(CHROMIUM) && `${CHROMIUM} (apt-get install chromium)`,
  !fs.existsSync(path.join(ADMIN_DIST, 'index.html')) && 'admin/dist (npm run build -w admin)',
].filter((m): m is string => !!m);
export const skipPanel = missing.length > 0 && process.env.CI !== 'true';
if (skipPanel) console.warn(`Skipping the panel tests outside CI: missing ${missing.join(' and ')}`);

export function requirePrerequisites(): void {
  if (missing.length) throw new Error(`Cannot run the panel tests: missing ${missing.join(' and ')}`);
}

/** A fresh browser profile (no cookie, no stored locale), in New York time and US English: the panel must not care. */
export async function launchPanelBrowser(): Promise<{ context: BrowserContext; page: Page; pageErrors: string[]; close: () => Promise<void> }> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'chidao-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1400, height: 1000 },
    locale: 'en-US',
    timezoneId: 'America/New_York',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(15_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const close = async () => {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return { context, page, pageErrors, close };
}

export const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });

export const DEMO_PASSWORD = 'Demo@2026';

/** Fills the login form (the page must show it) and submits. */
export async function submitLogin(page: Page, username: string, password: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

/** Opens the panel, which asks for a login, and signs in; resolves once the main menu shows. */
export async function signIn(page: Page, baseUrl: string, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(baseUrl);
  await page.getByRole('textbox', { name: 'Tên đăng nhập' }).waitFor();
  await submitLogin(page, username, password);
  await page.getByRole('button', { name: 'Tài khoản của tôi' }).waitFor();
}

/** Logs out from the user menu; resolves on the login page. */
export async function signOut(page: Page): Promise<void> {
  // the app bar hides while a long page is scrolled down
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole('button', { name: 'Tài khoản của tôi' }).click();
  await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
  await page.getByRole('textbox', { name: 'Tên đăng nhập' }).waitFor();
}

export const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Menu chính' });

/** The main menu's entries, once `last` has appeared (the menu follows the roles, loaded after login). */
export async function menuOf(page: Page, last: string): Promise<string[]> {
  const nav = mainMenu(page);
  await nav.getByRole('menuitem', { name: last, exact: true }).waitFor();
  return (await nav.getByRole('menuitem').allInnerTexts()).map((t) => t.trim());
}

export async function expectNoMenuItem(page: Page, name: string): Promise<void> {
  await expect(mainMenu(page).getByRole('menuitem', { name, exact: true }).count()).resolves.toBe(0);
}
