import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../apps/server/src/seed/demo';
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

// One posting made here travels through the whole measure-十九 journey, so nothing depends on demo postings.
const stamp = Date.now().toString(36).toUpperCase();
const TITLE = `门店销售专员E2E${stamp}`;
const BLOCKED_DESCRIPTION = '负责门店销售与客户维护，限男性，需交押金500元。\n工作地点：武汉市洪山区。';
const WARNED_DESCRIPTION =
  '负责门店商品销售、陈列与客户接待，维护会员关系，完成每月销售目标，形象气质佳。\n工作地点：湖北省武汉市洪山区光谷广场店。';
// Markup in an ad must come back as text, never run.
const REQUIREMENTS = '熟悉收银系统，能看懂<script>alert(1)</script>这类网页代码者优先';
const REPORT_REASON = '招聘信息要求形象气质佳，与销售工作无关。';
const TAKE_DOWN_REASON = '含外貌要求且被毕业生举报，责令修改后再发布。';

/** Fails the journey if the page ever opens a JavaScript dialog (an ad's markup being executed would). */
function forbidDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

/** Waits for Ant Design's open/close animations, so a screenshot shows a dialog, not a fading overlay. */
/** Picks a county through the work-place cascader (省 → 市 → 区县) of the posting form. */
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

describe('job postings and the fair-employment check (measure 十九)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('employer: live check blocks discrimination and fees, then publishes after acknowledging a warning', async () => {
    await journey(browser, 'jobs/employer-publish', DESKTOP, async (page) => {
      const dialogs = forbidDialogs(page);
      await login(page, 'employer');
      await openMenu(page, '岗位管理');
      await page.waitForURL('**/postings');
      await page.getByRole('link', { name: /新建岗位/ }).click();
      await page.waitForURL('**/postings/new');

      const panel = page.getByTestId('compliance-panel');
      await page.getByRole('textbox', { name: '岗位名称' }).fill(TITLE);
      await page.getByRole('textbox', { name: '岗位描述' }).fill(BLOCKED_DESCRIPTION);
      await page.getByRole('textbox', { name: '任职要求' }).fill(REQUIREMENTS);

      // The panel checks while typing: both prohibited phrases are found, marked in the text and explained.
      await panel.locator('[data-verdict="block"]').waitFor();
      const blocking = panel.locator('[data-testid="finding"][data-severity="block"]');
      await expect.poll(() => blocking.count()).toBeGreaterThanOrEqual(2);
      const excerpts = await panel.getByTestId('finding-excerpt').allTextContents();
      expect(excerpts).toEqual(expect.arrayContaining(['限男性']));
      expect(excerpts.some((text) => text.includes('押金'))).toBe(true);
      expect(await panel.getByText('性别歧视').count()).toBeGreaterThan(0);
      expect(await panel.getByText('向求职者收费').count()).toBeGreaterThan(0);
      expect(await panel.getByText(/依据：/).count()).toBeGreaterThan(0);
      const preview = panel.getByTestId('ad-preview');
      expect(await preview.locator('mark[data-severity="block"]').allTextContents()).toEqual(
        expect.arrayContaining(['限男性']),
      );
      expect(await preview.locator('[data-field="requirements"]').textContent()).toContain(
        '<script>alert(1)</script>',
      );

      // 定位 selects the offending words in the form field itself.
      await panel
        .locator('[data-testid="finding"][data-rule^="gender"]')
        .getByRole('button', { name: /定位/ })
        .click();
      const selected = await page.evaluate(() => {
        const field = document.getElementById('posting_description') as HTMLTextAreaElement | null;
        return field ? field.value.slice(field.selectionStart, field.selectionEnd) : null;
      });
      expect(selected).toBe('限男性');

      // The structured fields: a work place picked down to the county.
      await pickCounty(page, ['湖北省', '武汉市', '洪山区']);

      // The salary range is checked before anything is sent.
      await page.getByRole('spinbutton', { name: '最低月薪' }).fill('9000');
      await page.getByRole('spinbutton', { name: '最高月薪' }).fill('8000');
      await page.getByRole('spinbutton', { name: '最低月薪' }).blur();
      await page.getByText('最低月薪不能高于最高月薪').waitFor();
      await page.getByRole('spinbutton', { name: '最低月薪' }).fill('5000');
      await settle(page);
      await screenshot(page, 'jobs/desktop-form-blocked');

      // Publishing a blocked ad is refused with the reasons, and nothing goes out.
      await page.getByRole('button', { name: '保存并发布' }).click();
      const blocked = page.getByTestId('blocked-explanation');
      await blocked.waitFor();
      expect(await blocked.textContent()).toContain('限男性');
      await page.waitForURL('**/postings/*/edit');
      await page.getByRole('dialog').getByRole('button', { name: '关 闭', exact: true }).click();
      await blocked.waitFor({ state: 'detached' });

      // Fixed text: the prohibited phrases are gone and only a warning about appearance remains.
      await page.getByRole('textbox', { name: '岗位描述' }).fill(WARNED_DESCRIPTION);
      await panel.locator('[data-verdict="warn"]').waitFor();
      expect(await panel.locator('[data-testid="finding"][data-severity="block"]').count()).toBe(0);
      await panel.locator('[data-testid="finding"][data-rule^="appearance"]').waitFor();
      await settle(page);
      await screenshot(page, 'jobs/desktop-form-warn');

      // Each warning needs its own tick before the confirmation is possible.
      await page.getByRole('button', { name: '保存并发布' }).click();
      const ack = page.getByRole('dialog').filter({ hasText: '发布前请逐条确认提示' });
      await ack.waitFor();
      await expect.poll(() => ack.getByText('气质佳').count()).toBeGreaterThan(0);
      const confirm = ack.getByRole('button', { name: '确认并发布' });
      expect(await confirm.isDisabled()).toBe(true);
      const boxes = ack.getByRole('checkbox', { name: '我已知晓并确认' });
      const count = await boxes.count();
      expect(count).toBeGreaterThanOrEqual(1);
      await animationsDone(page);
      await screenshot(page, 'jobs/desktop-acknowledge');
      for (let i = 0; i < count; i++) await boxes.nth(i).check();
      expect(await confirm.isEnabled()).toBe(true);
      await confirm.click();

      await page.waitForURL(/\/postings$/);
      const row = page.getByTestId('my-jobs-table').getByRole('row', { name: new RegExp(TITLE) });
      await row.waitFor();
      await expect.poll(() => row.textContent()).toContain('已发布');
      expect(await row.textContent()).toContain('有提示');
      expect(await row.textContent()).toContain('待审核');
      await settle(page);
      await screenshot(page, 'jobs/desktop-my-postings');
      expect(dialogs, 'a JavaScript dialog opened').toEqual([]);
    });
  });

  it('graduate: finds the job, reports it, and is told it is being handled when back', async () => {
    await journey(browser, 'jobs/graduate-report', DESKTOP, async (page) => {
      await login(page, 'graduate');
      await openMenu(page, '岗位');
      await page.waitForURL('**/jobs');
      await page.getByTestId('job-cards').getByRole('listitem').first().waitFor();
      await settle(page);
      await screenshot(page, 'jobs/desktop-job-board');

      await page.getByRole('textbox', { name: /^搜索岗位/ }).fill(TITLE);
      await page.getByRole('textbox', { name: /^搜索岗位/ }).press('Enter');
      await page.getByTestId('job-cards').getByRole('link', { name: TITLE }).click();
      await page.waitForURL('**/jobs/*');
      await page.getByRole('heading', { name: TITLE }).waitFor();
      // The requirements are shown as typed, markup included.
      await page.getByText('<script>alert(1)</script>', { exact: false }).waitFor();

      const report = async (reason: string) => {
        await page.getByTestId('report-button').click();
        const dialog = page.getByRole('dialog').filter({ hasText: '举报岗位' });
        await animationsDone(page);
        // Typing into the searchable select and pressing Enter does not race the dropdown's animation.
        const category = dialog.getByLabel('举报类型');
        await category.click();
        await category.pressSequentially('身高');
        await page.locator('.ant-select-item-option[title="身高、外貌要求"]').waitFor();
        await category.press('Enter');
        await expect.poll(() => dialog.locator('.ant-select').textContent()).toContain('身高、外貌要求');
        await dialog.getByRole('textbox', { name: '举报理由' }).fill(reason);
        await dialog.getByRole('button', { name: '提交举报' }).click();
        return dialog;
      };

      await report(REPORT_REASON);
      await page.getByTestId('report-success').waitFor();
      await animationsDone(page);
      await settle(page);
      await screenshot(page, 'jobs/desktop-job-detail-reported');

      // Coming back later, the page says the report is being handled instead of inviting a second one
      // (a second report is refused by the server too: see apps/server/test/job-postings.test.ts).
      await page.reload();
      await page.getByTestId('report-already').waitFor();
      expect(await page.getByTestId('report-button').isDisabled()).toBe(true);
      await settle(page);
      await screenshot(page, 'jobs/desktop-job-detail-already-reported');
    });
  });

  it('education official: finds the reported posting in the queue and takes it down with a reason', async () => {
    await journey(browser, 'jobs/official-take-down', DESKTOP, async (page) => {
      const dialogs = forbidDialogs(page);
      await login(page, 'edu.hubei');
      await openMenu(page, '岗位审核');
      await page.waitForURL('**/review');
      await page.getByRole('tab', { name: '待处理', selected: true }).waitFor();
      await settle(page);
      await screenshot(page, 'jobs/desktop-review-queue');

      await page.getByLabel('搜索岗位名称或单位', { exact: true }).fill(TITLE);
      await page.getByLabel('搜索岗位名称或单位', { exact: true }).press('Enter');
      const row = page.getByTestId('review-table').getByRole('row', { name: new RegExp(TITLE) });
      await row.waitFor();
      expect(await row.textContent()).toContain('身高、外貌要求');
      await row.getByRole('link', { name: TITLE }).first().click();
      await page.waitForURL('**/review/*');

      // The official sees the marked-up ad, the finding, and the report without the reporter's full name.
      await page.getByTestId('ad-preview').locator('mark').first().waitFor();
      expect(await page.getByTestId('ad-preview').locator('mark').allTextContents()).toEqual(
        expect.arrayContaining([expect.stringContaining('气质佳')]),
      );
      const reports = page.getByTestId('reports');
      await reports.getByText(REPORT_REASON).waitFor();
      const reportsText = (await reports.textContent()) ?? '';
      expect(reportsText).toContain('*');
      expect(reportsText).not.toContain('周英子');
      await settle(page);
      await screenshot(page, 'jobs/desktop-review-detail');

      const form = page.getByTestId('decision-form');
      await form.getByRole('radio', { name: '下架' }).check();
      // Too short a reason is caught before anything is sent.
      await form.getByRole('textbox', { name: '理由' }).fill('不行');
      await form.getByRole('button', { name: '提交决定' }).click();
      await form.getByText('理由至少 5 个字').waitFor();
      await form.getByRole('textbox', { name: '理由' }).fill(TAKE_DOWN_REASON);
      await form.getByRole('button', { name: '提交决定' }).click();
      const confirm = page.getByRole('dialog').filter({ hasText: '下架后毕业生将看不到此岗位' });
      await confirm.getByRole('button', { name: /^下\s*架$/ }).click();

      const history = page.getByTestId('decisions');
      await history.getByText(TAKE_DOWN_REASON).waitFor();
      await page.getByText('此岗位已下架，无需再处理。').waitFor();
      await confirm.waitFor({ state: 'hidden' });
      expect(await page.getByText('已下架').count()).toBeGreaterThan(0);
      await settle(page);
      await screenshot(page, 'jobs/desktop-review-decided');

      // Back in the queue the posting has left 待处理 and is listed under 已处理.
      await page.getByRole('link', { name: /返\s*回/ }).click();
      await page.waitForURL('**/review');
      await page.getByLabel('搜索岗位名称或单位', { exact: true }).fill(TITLE);
      await page.getByLabel('搜索岗位名称或单位', { exact: true }).press('Enter');
      await page.getByTestId('review-table').getByText('没有待处理的岗位').waitFor();
      await page.getByRole('tab', { name: '已处理' }).click();
      await page
        .getByTestId('review-table')
        .getByRole('row', { name: new RegExp(TITLE) })
        .waitFor();
      expect(dialogs).toEqual([]);
    });
  });

  it('employer: sees the posting as taken down', async () => {
    await journey(browser, 'jobs/employer-taken-down', DESKTOP, async (page) => {
      await login(page, 'employer');
      await page.goto('/postings?status=taken_down');
      const row = page.getByTestId('my-jobs-table').getByRole('row', { name: new RegExp(TITLE) });
      await row.waitFor();
      expect(await row.textContent()).toContain('已下架');
      await settle(page);
      await screenshot(page, 'jobs/desktop-my-postings-taken-down');
      // The edit page tells the employer why, in the official's words.
      await row.getByRole('link', { name: TITLE }).first().click();
      const notice = page.getByTestId('taken-down-notice');
      await notice.waitFor();
      expect(await notice.textContent()).toContain(TAKE_DOWN_REASON);
    });
  });

  it('employer of an unverified organisation: the refusal to publish says why', async () => {
    // An HR account for an organisation still awaiting verification, made the way an administrator would.
    const username = `e2e.pending.${stamp.toLowerCase()}`;
    await journey(browser, 'jobs/admin-setup', DESKTOP, async (page) => {
      await login(page, 'admin');
      const organisations = await page.request.get('/api/organisations?page=1&pageSize=100&kind=employer');
      expect(organisations.ok()).toBe(true);
      const { items } = (await organisations.json()) as { items: { id: string; verification: string }[] };
      const pending = items.find((organisation) => organisation.verification !== 'verified');
      expect(pending, 'the demo data has an unverified employer').toBeDefined();
      const created = await page.request.post('/api/users', {
        data: {
          username,
          displayName: '待认证单位HR',
          password: DEMO_PASSWORD,
          role: 'employer',
          scope: { kind: 'organisation', organisationId: pending!.id },
        },
      });
      expect(created.status()).toBe(201);
    });

    await journey(browser, 'jobs/unverified-publish', DESKTOP, async (page) => {
      await login(page, username);
      await page.goto('/postings/new');
      await page.getByRole('textbox', { name: '岗位名称' }).fill(`软件测试工程师E2E${stamp}`);
      await page
        .getByRole('textbox', { name: '岗位描述' })
        .fill(
          '负责政务系统的功能测试与自动化测试脚本编写，参与需求评审，跟踪缺陷修复。\n工作地点：湖北省武汉市东湖高新区。',
        );
      await page.getByRole('spinbutton', { name: '最低月薪' }).fill('7000');
      await page.getByRole('spinbutton', { name: '最高月薪' }).fill('10000');
      await pickCounty(page, ['湖北省', '武汉市', '洪山区']);
      await page.getByTestId('compliance-panel').locator('[data-verdict]').waitFor();
      await page.getByRole('button', { name: '保存并发布' }).click();
      const refusal = page.getByTestId('publish-refusal');
      await refusal.waitFor();
      expect(await refusal.textContent()).toContain('单位通过认证后才能发布岗位');
      await page.getByText('本单位尚未通过认证').waitFor();
      await animationsDone(page);
      await screenshot(page, 'jobs/desktop-publish-refused-unverified');
    });
  });

  it('every page fits a 375 px phone', async () => {
    await journey(browser, 'jobs/phone-employer', PHONE_375, async (page) => {
      await login(page, 'employer');
      await page.goto('/postings');
      await page.getByTestId('my-jobs-cards').getByRole('listitem').first().waitFor();
      expect(await page.getByTestId('my-jobs-table').count()).toBe(0);
      await fitsWidth(page, 375);
      await screenshot(page, 'jobs/phone-my-postings');

      await page.goto('/postings/new');
      await page.getByRole('textbox', { name: '岗位名称' }).fill(`${TITLE}-手机`);
      await page.getByRole('textbox', { name: '岗位描述' }).fill(BLOCKED_DESCRIPTION);
      await page.getByTestId('compliance-panel').locator('[data-verdict="block"]').waitFor();
      await fitsWidth(page, 375);
      await screenshot(page, 'jobs/phone-form');
    });

    await journey(browser, 'jobs/phone-graduate', PHONE_375, async (page) => {
      await login(page, 'graduate');
      await page.goto('/jobs');
      await page.getByTestId('job-cards').getByRole('listitem').first().waitFor();
      await fitsWidth(page, 375);
      await screenshot(page, 'jobs/phone-job-board');
      await page.getByTestId('job-cards').getByRole('link').first().click();
      await page.waitForURL('**/jobs/*');
      await page.getByTestId('report-button').waitFor();
      await fitsWidth(page, 375);
      await screenshot(page, 'jobs/phone-job-detail');
      await page.getByTestId('report-button').click();
      await page.getByRole('dialog').getByLabel('举报类型').waitFor();
      await animationsDone(page);
      // A full-page capture of a scrolled page draws the sticky header mid-page; from the top it is where users see it.
      await page.evaluate(() => window.scrollTo(0, 0));
      await fitsWidth(page, 375);
      await screenshot(page, 'jobs/phone-report');
    });

    await journey(browser, 'jobs/phone-official', PHONE_375, async (page) => {
      await login(page, 'edu.hubei');
      await page.goto('/review?status=all');
      const cards = page.getByTestId('review-cards');
      await cards.getByRole('listitem').first().waitFor();
      expect(await page.getByTestId('review-table').count()).toBe(0);
      await fitsWidth(page, 375);
      await screenshot(page, 'jobs/phone-review-queue');
      await cards.getByRole('link').first().click();
      await page.waitForURL('**/review/*');
      await page.getByTestId('ad-preview').waitFor();
      await fitsWidth(page, 375);
      await screenshot(page, 'jobs/phone-review-detail');
    });
  });
});
