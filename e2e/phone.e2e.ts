import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentWidth, journey, launchChromium, login, PHONE, screenshot, settle } from './support/browser';

// Graduates mostly use phones; career-centre staff check the roster on theirs between meetings.
describe('phone width (390×844)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('graduate home fits the screen', async () => {
    await journey(browser, 'phone/graduate-home', PHONE, async (page) => {
      await login(page, 'graduate');
      await page
        .getByText(/您好，/)
        .first()
        .waitFor();
      await settle(page);
      expect(await documentWidth(page)).toBeLessThanOrEqual(390);
      await screenshot(page, 'phone/graduate-home');
    });
  });

  it('career centre reaches the roster through the menu drawer', async () => {
    await journey(browser, 'phone/roster', PHONE, async (page) => {
      await login(page, 'career');
      // At phone width the side menu collapses behind a button.
      await page.getByRole('button', { name: '打开菜单' }).click();
      await page.getByRole('menuitem', { name: '毕业生名册' }).click();
      await page.waitForURL('**/roster**');
      // A phone gets one card per graduate instead of the wide table.
      const cards = page.getByTestId('roster-cards').getByRole('listitem');
      await cards.first().waitFor();
      expect(await cards.count()).toBeGreaterThan(0);
      expect(await page.getByTestId('roster-table').count()).toBe(0);
      await settle(page);
      expect(await documentWidth(page)).toBeLessThanOrEqual(390);
      await screenshot(page, 'phone/roster');
    });
  });
});
