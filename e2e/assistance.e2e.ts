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
  PHONE,
  settle,
  shot,
} from './support/browser';
import { apiAs, PDF, studentNoSeenByCounsellor } from './support/api';

// 帮扶援助 case work (issue 7) in the browser: the demo graduate applies to be identified in a
// category with proof; the counsellor (college stage) and the career centre (university stage)
// approve; the counsellor writes a 一人一策 plan and records a service in the ledger; the graduate
// accepts it. The graduate's page and the case page are checked at desktop and 390 px.

const GOALS = '6 月底前落实就业，优先推荐武汉本地的软件测试岗位';
const ACTION = '参加简历修改一对一指导';
const NOTE = '讲解一次性求职补贴和基层项目政策';
// Categories to apply for, each with the proof preselected for it.
const CATEGORIES = [
  { key: 'disability', name: '残疾', proof: '残疾人证' },
  { key: 'long_unemployed', name: '较长时间未就业', proof: '失业登记证明' },
  { key: 'near_subsistence', name: '低保边缘家庭', proof: '低保边缘家庭证明' },
] as const;

/** Opens a select by its label and clicks the option whose text is exactly `option`. */
async function pick(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
    .filter({ hasText: new RegExp(`^${option}$`) })
    .click();
}

/** Approves the demo graduate's application from the reviewer's own queue. */
async function approveFromQueue(page: Page, name: string, category: string): Promise<void> {
  await openMenu(page, '认定审核');
  await page.waitForURL('**/assistance/reviews');
  await page.getByRole('button', { name: `通过 ${name} 的“${category}”认定申请`, exact: true }).click();
  const modal = page.getByTestId('review-decision-modal');
  await modal.getByText('确定通过所选的 1 条认定申请？').waitFor();
  await modal.getByRole('button', { name: /^通\s*过$/ }).click();
  await page.getByText('已处理 1 条').waitFor();
}

describe('帮扶援助: identification, plan, ledger', () => {
  let browser: Browser;
  let name = '';
  let studentNo = '';
  let category: (typeof CATEGORIES)[number] = CATEGORIES[0];
  beforeAll(async () => {
    browser = await launchChromium();
    const graduate = await apiAs('graduate');
    const me = (await (await graduate.get('/api/auth/me')).json()) as {
      user: { displayName: string; scope: { graduateId: string } };
    };
    name = me.user.displayName;
    const mine = (await (await graduate.get('/api/me/assistance')).json()) as {
      targets: { category: string }[];
      plan: unknown;
      services: unknown[];
    };
    expect(mine.plan, 'the demo graduate gets a plan in this test').toBeNull();
    // The roster and the demo's applications already hold some categories: apply for another.
    const held = new Set(mine.targets.map((t) => t.category));
    const free = CATEGORIES.find((c) => !held.has(c.key));
    expect(free, 'a category the demo graduate has not applied for').toBeDefined();
    category = free!;
    studentNo = await studentNoSeenByCounsellor(me.user.scope.graduateId);
    await graduate.dispose();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('graduate: applies to be identified, uploading the proof', async () => {
    await journey(browser, 'assistance/graduate-apply', DESKTOP, async (page) => {
      await login(page, 'graduate');
      await openMenu(page, '我的帮扶');
      await page.waitForURL('**/my-assistance');
      const targets = page.getByTestId('targets-card');
      await targets.getByTestId('apply-target').click();
      const form = page.getByTestId('apply-target-form');
      await pick(page, '困难类别', category.name);
      // The proof that fits the category is chosen already; the file is uploaded at once.
      await expect.poll(() => form.getByTestId('proof-upload').textContent()).toContain(category.proof);
      await form
        .locator('input[type=file]')
        .setInputFiles({ name: '证明.pdf', mimeType: 'application/pdf', buffer: PDF });
      await page.getByText('已上传“证明.pdf”').waitFor();
      await page.getByLabel('补充说明', { exact: true }).fill('父母均未就业，已附社区证明');
      await page.getByRole('button', { name: '提交申请' }).click();
      await page.getByText('已提交认定申请，等待院系审核').waitFor();
      const target = targets.locator(`[data-category="${category.key}"]`);
      await target.locator('[data-status="pending_college"]').waitFor();
      await target.getByRole('link', { name: '证明.pdf' }).waitFor();
      await settle(page);
      await shot(page, 'assistance/graduate-applied-desktop');
    });
  });

  it('counsellor, then career centre: approve the identification', async () => {
    await journey(browser, 'assistance/review-counsellor', DESKTOP, async (page) => {
      await login(page, 'counsellor');
      await approveFromQueue(page, name, category.name);
    });
    await journey(browser, 'assistance/review-career', DESKTOP, async (page) => {
      await login(page, 'career');
      await openMenu(page, '认定审核');
      await page.getByTestId('review-table').getByText(name).waitFor();
      await settle(page);
      await shot(page, 'assistance/review-career-desktop');
      await approveFromQueue(page, name, category.name);
    });
  });

  it('counsellor: writes the plan and records a service', async () => {
    await journey(browser, 'assistance/counsellor-case', DESKTOP, async (page) => {
      await login(page, 'counsellor');
      await openMenu(page, '帮扶对象');
      await page.waitForURL('**/assistance/targets');
      const search = page.getByLabel('姓名或学号', { exact: true });
      await search.fill(studentNo);
      await search.press('Enter');
      await page
        .getByRole('link', { name: `打开 ${name} 的帮扶档案` })
        .first()
        .click();
      await page.waitForURL('**/assistance/graduates/*');
      await page
        .getByTestId('targets-card')
        .locator(`[data-category="${category.key}"] [data-status="approved"]`)
        .waitFor();

      await page.getByTestId('edit-plan').click();
      await page.getByLabel('帮扶目标', { exact: true }).fill(GOALS);
      await page.getByTestId('add-action').click();
      await page.getByLabel('措施 1', { exact: true }).fill(ACTION);
      const due = page.getByLabel('完成期限', { exact: true });
      await due.click();
      await due.fill(`${new Date().getFullYear() + 1}-01-15`);
      // Tab, not Enter: Enter would submit the plan before the button is pressed.
      await due.press('Tab');
      await page.getByTestId('save-plan').click();
      await page.getByText('帮扶计划已保存').waitFor();
      await page.getByTestId('plan-goals').getByText(GOALS).waitFor();

      await page.getByTestId('add-service').click();
      await pick(page, '服务类型', '政策宣讲');
      await page.getByLabel('说明', { exact: true }).fill(NOTE);
      await page.getByRole('button', { name: /^添\s*加$/ }).click();
      await page.getByText('服务记录已添加').waitFor();
      const entry = page.getByTestId('service').filter({ hasText: NOTE });
      await entry.locator('[data-response="pending"]').waitFor();
      // The standard's progress is not checked here: the destinations journey may already have placed
      // this graduate (the suites share the demo graduate), and a placed graduate is owed no standard.
      // The server tests cover the gaps.
      await settle(page);
      await animationsDone(page);
      await shot(page, 'assistance/case-desktop');
    });
  });

  it('counsellor at 390 px: the case page fits the screen', async () => {
    await journey(browser, 'assistance/case-390', PHONE, async (page) => {
      await login(page, 'counsellor');
      await page.goto(`/assistance/targets?q=${studentNo}`);
      await page.getByTestId('target-cards').getByText(name).waitFor();
      await fitsWidth(page, 390);
      await shot(page, 'assistance/targets-390');
      await page
        .getByRole('link', { name: `打开 ${name} 的帮扶档案` })
        .first()
        .click();
      await page.getByTestId('plan-goals').waitFor();
      await fitsWidth(page, 390);
      await shot(page, 'assistance/case-390');
    });
  });

  it('graduate: reads the plan and accepts the service', async () => {
    await journey(browser, 'assistance/graduate-accept', PHONE, async (page) => {
      await login(page, 'graduate');
      await page.goto('/my-assistance');
      await page.getByTestId('plan-goals').getByText(GOALS).waitFor();
      await page.getByTestId('plan-card').getByText(ACTION).waitFor();
      const entry = page.getByTestId('service').filter({ hasText: NOTE });
      await entry.getByTestId('accept-service').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('说明', { exact: true }).fill('会按时参加');
      await dialog.getByRole('button', { name: /^接\s*受$/ }).click();
      await page.getByText('反馈已记录').waitFor();
      await entry.locator('[data-response="accepted"]').waitFor();
      await entry.getByText('反馈：会按时参加').waitFor();
      await fitsWidth(page, 390);
      await shot(page, 'assistance/graduate-390');
    });
  });
});
