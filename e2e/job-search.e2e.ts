import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
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

const stamp = Date.now().toString(36).toUpperCase();
const STRUCTURED_TITLE = `小学数学教师E2E${stamp}`;
const STRUCTURED_DESCRIPTION =
  '负责小学三至六年级数学课堂教学，参与教研活动与课后辅导，做好家校沟通。\n工作时间：周一至周五。';
const MARKET_NAME = `2026届春季校园招聘E2E${stamp}`;

/** The search box of the job search page (its label starts with 搜索岗位). */
const searchBox = (page: Page) => page.getByRole('textbox', { name: /^搜索岗位/ });

async function pickCounty(page: Page, path: readonly string[]): Promise<void> {
  await page.locator('#posting_regionCodes').click();
  for (const name of path) {
    await page
      .locator('.ant-cascader-menu-item')
      .filter({ hasText: new RegExp(`^${name}$`) })
      .click();
  }
  await page.getByTestId('picked-regions').getByText(path.join(' ')).waitFor();
}

const isoDay = (daysAhead: number) =>
  new Date(Date.now() + daysAhead * 86_400_000).toISOString().slice(0, 10);

describe('job search, structured postings and job markets', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('visitor on a 375 px phone: searches without an account, filters in the drawer, sees matches marked, opens a job', async () => {
    await journey(browser, 'search/phone-visitor', PHONE_375, async (page) => {
      await page.goto('/jobs');
      await page.getByTestId('job-cards').getByRole('listitem').first().waitFor();
      // Typing searches by itself once the visitor pauses, and the URL carries the search.
      await searchBox(page).fill('教师');
      await page.waitForURL(/q=%E6%95%99%E5%B8%88/);
      const hits = page.getByTestId('job-cards').getByTestId('hit');
      await hits.first().waitFor();
      expect(await hits.first().textContent()).toBe('教师');
      await fitsWidth(page, 375);
      await screenshot(page, 'search/phone-results');

      // Filters live in a drawer on a phone, each value with its count.
      await page.getByTestId('open-filters').click();
      const degrees = page.getByTestId('degree-facets');
      await degrees.waitFor();
      const bachelor = degrees.getByText(/^本科/);
      expect(await bachelor.textContent()).toMatch(/^本科 [\d,]+$/);
      await screenshot(page, 'search/phone-filter-drawer');
      await bachelor.click();
      await page.waitForURL(/degree=bachelor/);
      await page.getByTestId('show-results').click();
      const chips = page.getByTestId('active-filters');
      await chips.getByText('学历：本科及以上').waitFor();
      await hits.first().waitFor();
      await fitsWidth(page, 375);

      // The search survives a reload (it is all in the URL).
      await page.reload();
      await chips.getByText('学历：本科及以上').waitFor();
      expect(await searchBox(page).inputValue()).toBe('教师');

      const first = page.getByTestId('job-cards').getByTestId('job-card').first();
      const title = (await first.getByTestId('job-title').textContent()) ?? '';
      await first.getByRole('link').first().click();
      await page.waitForURL('**/jobs/*');
      await page.getByRole('heading', { name: title, level: 3 }).waitFor();
      await page.getByTestId('posting-facts-list').getByText('工作地点').waitFor();
      await page.getByTestId('login-to-apply').waitFor();
      await fitsWidth(page, 375);
      await screenshot(page, 'search/phone-detail');

      // Back returns to the same filtered search.
      await page.getByRole('button', { name: /返\s*回/ }).click();
      await page.waitForURL(/degree=bachelor/);
    });
  });

  it('nothing found: the suggestions are one click away', async () => {
    await journey(browser, 'search/suggestions', DESKTOP, async (page) => {
      await page.goto(`/jobs?q=${encodeURIComponent('教师')}&jobType=traineeship&minSalary=30000`);
      const suggestions = page.getByTestId('search-suggestions');
      await suggestions.waitFor();
      const drop = suggestions.getByRole('button', { name: /^去掉『.+』筛选，有 [\d,]+ 个岗位$/ }).first();
      await drop.waitFor();
      await settle(page);
      await screenshot(page, 'search/desktop-suggestions');
      await drop.click();
      await page.getByTestId('job-cards').getByTestId('job-card').first().waitFor();
      expect(page.url()).toContain('q=');

      // A query of several words that finds nothing together offers each word alone.
      await page.goto(`/jobs?q=${encodeURIComponent('护士 PLC')}`);
      const word = page.getByRole('button', { name: /^只搜「.+」，有 [\d,]+ 个岗位$/ }).first();
      await word.click();
      await page.getByTestId('job-cards').getByTestId('job-card').first().waitFor();
      expect(await searchBox(page).inputValue()).not.toBe('护士 PLC');
    });
  });

  it('employer: a structured posting, refused a bad deadline, then published and found by its filters', async () => {
    await journey(browser, 'search/employer-structured', DESKTOP, async (page) => {
      await login(page, 'employer');
      await page.goto('/postings/new');
      await page.getByRole('textbox', { name: '岗位名称' }).fill(STRUCTURED_TITLE);
      await page.getByRole('textbox', { name: '岗位描述' }).fill(STRUCTURED_DESCRIPTION);
      await page.getByRole('spinbutton', { name: '最低月薪' }).fill('6000');
      await page.getByRole('spinbutton', { name: '最高月薪' }).fill('9000');
      await page.getByRole('spinbutton', { name: '招聘人数' }).fill('3');
      await pickCounty(page, ['湖北省', '武汉市', '洪山区']);
      await page.locator('#posting_minDegree').click();
      await page.locator('.ant-select-item-option').filter({ hasText: '本科及以上' }).click();
      await page.getByRole('checkbox', { name: '五险一金' }).check();
      await page.getByRole('checkbox', { name: '教育', exact: true }).check();

      // A deadline in the past is not accepted: the field says which days are allowed.
      const deadline = page.locator('#posting_deadline');
      await deadline.hover();
      await page.locator('.ant-picker-clear').click();
      await deadline.click();
      await deadline.pressSequentially('2020-01-01');
      await deadline.press('Enter');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: '保存草稿' }).click();
      await page.getByText('请选择截止日期（今天起 180 天内）').waitFor();
      await settle(page);
      await screenshot(page, 'search/desktop-form-bad-deadline');

      await deadline.click();
      await deadline.fill(isoDay(60));
      await deadline.press('Enter');
      await page.keyboard.press('Escape');
      await page.getByTestId('compliance-panel').locator('[data-verdict]').waitFor();
      await page.getByRole('button', { name: '保存并发布' }).click();
      // A clean ad publishes at once; one with notes asks for each to be acknowledged first.
      const ack = page.getByRole('dialog').filter({ hasText: '发布前请逐条确认提示' });
      await Promise.race([page.waitForURL(/\/postings$/), ack.waitFor()]);
      if (await ack.isVisible()) {
        const boxes = ack.getByRole('checkbox', { name: '我已知晓并确认' });
        for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check();
        await ack.getByRole('button', { name: '确认并发布' }).click();
        await page.waitForURL(/\/postings$/);
      }
      const row = page.getByTestId('my-jobs-table').getByRole('row', { name: new RegExp(STRUCTURED_TITLE) });
      await expect.poll(() => row.textContent()).toContain('已发布');

      // 已过期 is a status of its own in the employer's list, with what to do about it.
      await page.goto('/postings?status=expired');
      await page.getByText('已过期的岗位不再对毕业生显示').waitFor();
      await page.locator('.ant-select').filter({ hasText: '已过期' }).first().waitFor();

      // Anyone now finds it by its words and its structured facts.
      await page.goto(
        `/jobs?q=${encodeURIComponent(STRUCTURED_TITLE)}&region=420111&degree=bachelor&keyField=education`,
      );
      const card = page.getByTestId('job-card').filter({ hasText: STRUCTURED_TITLE });
      await card.waitFor();
      expect(await card.getByTestId('posting-facts').textContent()).toContain('洪山区');
      await card.getByRole('link').first().click();
      await page.getByTestId('benefit-tags').getByText('五险一金').waitFor();
      await page.getByTestId('key-field-tags').getByText('教育').waitFor();
      await settle(page);
      await screenshot(page, 'search/desktop-detail-structured');
    });
  });

  it('career centre opens a campus market and adds two postings; a graduate finds them with the market filter', async () => {
    await journey(browser, 'search/career-market', DESKTOP, async (page) => {
      await login(page, 'career');
      await openMenu(page, '市场管理');
      await page.waitForURL('**/market-admin');
      await page.getByRole('button', { name: /开设招聘市场/ }).click();
      const dialog = page.getByRole('dialog').filter({ hasText: '开设招聘市场' });
      await dialog.getByRole('textbox', { name: '市场名称' }).fill(MARKET_NAME);
      await dialog.getByRole('button', { name: /^开\s*设$/ }).click();
      await page.waitForURL('**/markets/*');
      await page.getByRole('heading', { name: MARKET_NAME }).waitFor();
      await page.getByTestId('search-empty').waitFor();

      await page.getByTestId('add-postings').click();
      const add = page.getByRole('dialog').filter({ hasText: '添加岗位' });
      await add.getByPlaceholder('搜索已发布的岗位或单位').fill('幼儿园教师');
      // The list first shows the newest postings; wait until it answers the typed words.
      const firstCandidate = add.getByTestId('add-candidates').locator('.ant-list-item').first();
      await expect.poll(() => firstCandidate.textContent()).toContain('幼儿园教师');
      const candidates = add.getByTestId('add-candidates').getByRole('checkbox');
      await expect.poll(() => candidates.count()).toBeGreaterThanOrEqual(2);
      await candidates.nth(0).check();
      await candidates.nth(1).check();
      await add.getByTestId('selected-count').getByText('已选 2 个').waitFor();
      await add.getByTestId('add-selected').click();
      await add.getByTestId('add-result').getByText('已添加 2 个岗位').waitFor();
      await settle(page);
      await screenshot(page, 'search/desktop-market-add');
      await add.getByRole('button', { name: /^关\s+闭$/ }).click();
      const cards = page.getByTestId('job-cards').getByTestId('job-card');
      await expect.poll(() => cards.count()).toBe(2);
      expect(await cards.nth(0).textContent()).toContain('幼儿园教师');
      await settle(page);
      await screenshot(page, 'search/desktop-market-page');
    });

    await journey(browser, 'search/graduate-market-filter', DESKTOP, async (page) => {
      await login(page, 'graduate');
      await page.goto('/jobs');
      await page.locator('#search-market').click();
      await page.locator('#search-market').fill(MARKET_NAME.slice(0, 12));
      await page.locator('.ant-select-item-option').filter({ hasText: MARKET_NAME }).click();
      await page.waitForURL(/market=/);
      await page.getByTestId('active-filters').getByText(`招聘市场：${MARKET_NAME}`).waitFor();
      const cards = page.getByTestId('job-cards').getByTestId('job-card');
      await expect.poll(() => cards.count()).toBe(2);
      await settle(page);
      await screenshot(page, 'search/desktop-market-filter');
    });

    await journey(browser, 'search/phone-market', PHONE_375, async (page) => {
      await page.goto('/markets');
      await page.getByTestId('market-cards').getByText(MARKET_NAME).click();
      await page.getByTestId('market-info').waitFor();
      await page.getByTestId('job-cards').getByTestId('job-card').first().waitFor();
      await fitsWidth(page, 375);
      await screenshot(page, 'search/phone-market-page');
    });
  });
});
