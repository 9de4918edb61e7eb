import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { DEMO_PASSWORD } from '../../apps/server/src/seed/demo';
import { ARTIFACTS_DIR } from './paths';

/** Debian's Chromium: the build machines cannot download Playwright's own browsers. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1366, height: 900 } };
/** The narrowest phone the brief names (PHONE is 390 px wide). */
export const PHONE_375: BrowserContextOptions = {
  viewport: { width: 375, height: 812 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

/** Base URL of the server the global setup started. */
export function baseUrl(): string {
  return inject('baseUrl');
}

/** Launches headless Chromium with the flags this network needs (no background calls to Google). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh signed-out page; uncaught exceptions in the app are collected so a test can insist on none. */
export async function openPage(browser: Browser, options: BrowserContextOptions = DESKTOP) {
  const context = await browser.newContext({ ...options, baseURL: baseUrl(), locale: 'zh-CN' });
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  return { context, page, pageErrors };
}

/** Signs in through the login form, as a person would, and waits for the signed-in shell. */
export async function login(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名', { exact: true }).fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  // Ant Design spaces out two-character Chinese button labels ("登 录").
  await page.getByRole('button', { name: /^登\s*录$/ }).click();
  await page.getByTestId('user-menu').waitFor();
}

/** Lets requests and lazy chunks settle so the screenshot shows data, not spinners. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
  await page
    .locator('.ant-spin-spinning, .ant-skeleton-active')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => undefined);
}

/** Full-page screenshot under e2e/artifacts/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(ARTIFACTS_DIR, `${name}.png`);
  await mkdir(dirname(path), { recursive: true });
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** A full-page screenshot from the top (the sticky header would otherwise cover the scrolled page). */
export async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
}

/**
 * Runs one journey in a fresh signed-out browser context. It fails on any uncaught exception in the
 * app, and when it fails the page as it was then is kept as `<name>-FAILED.png` to show why.
 */
export async function journey(
  browser: Browser,
  name: string,
  options: BrowserContextOptions,
  steps: (page: Page) => Promise<void>,
): Promise<void> {
  const { context, page, pageErrors } = await openPage(browser, options);
  try {
    await steps(page);
    if (pageErrors.length) throw new Error(`uncaught errors in the page:\n${pageErrors.join('\n')}`);
  } catch (err) {
    await screenshot(page, `${name}-FAILED`).catch(() => undefined);
    throw err;
  } finally {
    await context.close();
  }
}

/** Width of the page's own content: wider than the viewport means the user must scroll sideways. */
export function documentWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

/** Fails when the settled page is wider than the screen (the user would scroll sideways). */
export async function fitsWidth(page: Page, width: number): Promise<void> {
  await settle(page);
  expect(await documentWidth(page), 'page wider than the screen').toBeLessThanOrEqual(width);
}

/** Ant Design's enter/leave motion classes: present while a modal, drawer or dropdown animates. */
const MOTION_CLASSES =
  '.ant-zoom-appear, .ant-zoom-enter, .ant-zoom-leave, .ant-fade-appear, .ant-fade-enter, .ant-fade-leave, .ant-slide-up-appear, .ant-slide-up-enter';

/** Waits (up to 5 s, then goes on) until no motion class and no running animation is left. */
export async function animationsDone(page: Page): Promise<void> {
  await page
    .waitForFunction(
      (motion) =>
        !document.querySelector(motion) && document.getAnimations().every((a) => a.playState !== 'running'),
      MOTION_CLASSES,
      { timeout: 5_000 },
    )
    .catch(() => undefined);
}

/** Opens a page through the main menu, as a user would (on a phone it sits behind the menu button). */
export async function openMenu(page: Page, item: string): Promise<void> {
  const menuButton = page.getByRole('button', { name: '打开菜单' });
  if (await menuButton.isVisible()) await menuButton.click();
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name: item }).click();
}
