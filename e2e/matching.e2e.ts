import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  animationsDone,
  DESKTOP,
  fitsWidth,
  journey,
  launchChromium,
  login,
  openMenu,
  PHONE_375,
  screenshot,
  settle,
} from './support/browser';

// Person–job matching (issue 5) in the browser: the demo graduate sets 求职意向 (a server refusal lands
// on its field), sees recommendations with their reasons on the home page, marks one 不感兴趣 and
// takes it back; the counsellor opens the jobs recommended for a graduate of their college; the
// employer opens 推荐人选 for a published posting (masked graduates who opted in, with reasons).

/** Waits for open/close animations (modals, drawers), so a screenshot shows the settled UI. */
/** Titles of the recommendation cards on the graduate's home page, in order. */
async function recommendedTitles(page: Page): Promise<string[]> {
  return page.getByTestId('recommendations').getByTestId('job-title').allTextContents();
}

describe('person–job matching', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('graduate: sets 求职意向, sees why jobs are recommended, marks one 不感兴趣 and undoes it', async () => {
    await journey(browser, 'matching/graduate', DESKTOP, async (page) => {
      await login(page, 'graduate');

      // Before any preferences the home page says what is missing and links to the form.
      const missing = page.getByTestId('recommendations-missing');
      await missing.waitFor();
      expect(await missing.textContent()).toContain('意向地区');

      await openMenu(page, '求职意向');
      await page.waitForURL('**/preferences');
      const form = page.getByTestId('preferences-form');
      await form.waitFor();

      // A whole city is a valid wish (the model credits along province → city → county).
      await form.getByRole('combobox', { name: '地区' }).click();
      await page.getByRole('menuitemcheckbox', { name: '湖北省' }).click();
      await page.getByRole('menuitemcheckbox', { name: '武汉市' }).click();
      await page.keyboard.press('Escape');
      await form.getByRole('button', { name: /添\s*加/ }).click();
      await form.getByTestId('desired-regions').getByText('武汉市').waitFor();

      await form.getByRole('spinbutton', { name: '期望月薪' }).fill('8000');
      await form.getByRole('checkbox', { name: '专业技术人员' }).check();
      await form.getByRole('checkbox', { name: '数字经济' }).check();
      await form.getByRole('switch', { name: '参考我的生源地' }).click();
      await expect.poll(() => form.getByText(/只是一个较弱的偏好/).count()).toBe(1);
      await expect.poll(() => form.getByText(/脱敏显示/).count()).toBe(1);

      // An unknown code smuggled into the request: the server's `desiredRegions.1` lands on the field.
      await page.route('**/api/me/preferences', async (route) => {
        if (route.request().method() !== 'PUT') return route.continue();
        const body = route.request().postDataJSON() as { desiredRegions: string[] };
        await route.continue({
          postData: JSON.stringify({ ...body, desiredRegions: [...body.desiredRegions, '999999'] }),
        });
      });
      await form.getByRole('button', { name: '保存求职意向' }).click();
      await form.getByText('地区代码“999999”不存在').waitFor();
      await page.unroute('**/api/me/preferences');
      await screenshot(page, 'matching/preferences-refused');

      await form.getByRole('button', { name: '保存求职意向' }).click();
      await page.getByText('求职意向已保存，推荐已更新').waitFor();
      await settle(page);
      await screenshot(page, 'matching/preferences-desktop');

      // Home: recommendations, each with its reasons.
      await page.getByRole('link', { name: '查看推荐' }).click();
      await page.waitForURL((url) => url.pathname === '/');
      const list = page.getByTestId('recommendations');
      await list.waitFor();
      const cards = list.getByTestId('recommendation');
      await expect.poll(() => cards.count()).toBeGreaterThan(1);
      // The list cached before the save refetches on arrival; the new one credits the desired region.
      await expect
        .poll(async () =>
          (await list.getByTestId('match-reason').allTextContents()).some((r) => r.includes('意向地区')),
        )
        .toBe(true);
      expect(await cards.first().getByTestId('match-reason').count()).toBeGreaterThan(0);
      // Regions, salary and occupations are filled in now; only résumé skills could still be asked for.
      expect(await page.getByTestId('recommendations-missing').count()).toBe(0);
      await settle(page);
      await screenshot(page, 'matching/home-desktop');

      // 不感兴趣 with a reason: the job leaves the list …
      const before = await recommendedTitles(page);
      const first = before[0]!;
      await cards
        .first()
        .getByRole('button', { name: `对“${first}”不感兴趣` })
        .click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText('地点不合适').click();
      expect(await dialog.getByRole('textbox', { name: '原因（选填）' }).inputValue()).toBe('地点不合适');
      await animationsDone(page);
      await screenshot(page, 'matching/dismiss-modal');
      await dialog.getByRole('button', { name: /确\s*定/ }).click();
      const notice = page.getByTestId('dismissed-message');
      await notice.waitFor();
      await expect.poll(() => recommendedTitles(page)).not.toContain(first);

      // … and 撤销 brings it back.
      await notice.getByRole('button', { name: /撤\s*销/ }).click();
      await page.getByText('已撤销，岗位回到推荐中').waitFor();
      await expect.poll(() => recommendedTitles(page)).toContain(first);
    });
  });

  it('graduate at 375 px: the form and the recommendations fit the screen', async () => {
    await journey(browser, 'matching/graduate-375', PHONE_375, async (page) => {
      await login(page, 'graduate');
      await page.getByTestId('recommendations').getByTestId('recommendation').first().waitFor();
      await fitsWidth(page, 375);
      await screenshot(page, 'matching/home-375');

      await page.goto('/preferences');
      await page.getByTestId('preferences-form').waitFor();
      await fitsWidth(page, 375);
      await screenshot(page, 'matching/preferences-375');
    });
  });

  it('counsellor: opens the jobs recommended for a graduate of the college', async () => {
    await journey(browser, 'matching/counsellor', DESKTOP, async (page) => {
      await login(page, 'counsellor');
      await page.goto('/roster');
      const table = page.getByTestId('roster-table');
      await table.waitFor();
      await table
        .getByRole('button', { name: /^为 .+ 推荐的岗位$/ })
        .first()
        .click();
      const drawer = page.getByTestId('graduate-recommendations');
      await drawer
        .getByTestId('graduate-recommendation-list')
        .getByTestId('recommendation')
        .first()
        .waitFor();
      expect(await drawer.getByTestId('match-reason').count()).toBeGreaterThan(0);
      // Only the graduate may say 不感兴趣.
      expect(await drawer.getByRole('button', { name: /不感兴趣/ }).count()).toBe(0);
      await settle(page);
      await animationsDone(page);
      await screenshot(page, 'matching/counsellor-drawer');
    });
  });

  it('employer: opens 推荐人选 on a published posting and sees masked candidates with reasons', async () => {
    await journey(browser, 'matching/employer-suggested', DESKTOP, async (page) => {
      await login(page, 'employer');
      await openMenu(page, '岗位管理');
      const table = page.getByTestId('my-jobs-table');
      await table.waitFor();
      // Only published postings offer it; the seeded ones (last on the page) have demo candidates.
      const suggest = table.getByRole('button', { name: /的推荐人选$/ });
      await suggest.first().waitFor();
      await suggest.last().click();
      const drawer = page.getByTestId('suggested-graduates');
      await drawer.getByText(/只列出主动允许用人单位发现/).waitFor();
      const candidates = drawer.getByTestId('suggested-graduate');
      await candidates.first().waitFor();
      // Names are masked (张*, 欧阳**): one visible character, the rest stars.
      for (const name of await drawer.getByTestId('suggested-name').allTextContents())
        expect(name).toMatch(/^[^*]\*+$/);
      expect(await candidates.first().getByTestId('match-reason').count()).toBeGreaterThan(0);
      // No contact details in the drawer.
      expect(await drawer.textContent()).not.toMatch(/1[3-9]\d{9}|@/);
      await settle(page);
      await animationsDone(page);
      await screenshot(page, 'matching/employer-suggested-desktop');
    });
  });

  it('employer at 375 px: 推荐人选 opens full screen and fits', async () => {
    await journey(browser, 'matching/employer-suggested-375', PHONE_375, async (page) => {
      await login(page, 'employer');
      await page.goto('/postings');
      const cards = page.getByTestId('my-jobs-cards');
      await cards.getByRole('listitem').first().waitFor();
      const suggest = cards.getByRole('button', { name: /的推荐人选$/ });
      await suggest.first().waitFor();
      await fitsWidth(page, 375);
      await suggest.last().click();
      const drawer = page.getByTestId('suggested-graduates');
      await drawer.getByTestId('suggested-graduate').first().waitFor();
      await animationsDone(page);
      const box = await page.locator('.ant-drawer-content-wrapper').boundingBox();
      expect(box?.width).toBe(375);
      await fitsWidth(page, 375);
      await screenshot(page, 'matching/employer-suggested-375');
    });
  });
});
