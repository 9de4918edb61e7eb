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
import { apiAs, PDF } from './support/api';

// 一次性求职补贴 (issue 7) in the browser: the Hubei HR&SS office sets its province's rule for the
// demo graduate's cohort (amount in yuan, the proof it wants); the graduate applies with that proof
// (through the API: their page is another journey's); the counsellor (college), the career centre
// (university, in bulk at 390 px) and the office approve; the office records the payment, and a
// second payment of the same application, made from a screen opened before the first, is refused
// in the server's words.

const PROOF = '脱贫户证明';
const REFERENCE = 'HB2027-E2E-0001';

/** Finds the graduate in the review list by 学号 and opens the drawer. */
async function openApplication(page: Page, studentNo: string, name: string): Promise<void> {
  const search = page.getByLabel('姓名或学号', { exact: true });
  await search.fill(studentNo);
  await search.press('Enter');
  const table = page.getByTestId('subsidy-table');
  await table.getByText(name, { exact: true }).waitFor();
  await table.getByRole('button', { name: `查看 ${name} 的补贴申请` }).click();
  await page
    .getByTestId('subsidy-drawer')
    .getByTestId('subsidy-applicant')
    .filter({ hasText: name })
    .waitFor();
  await animationsDone(page);
}

/** Approves the application open in the drawer and waits for the status it moves to. */
async function approveInDrawer(page: Page, next: string): Promise<void> {
  const drawer = page.getByTestId('subsidy-drawer');
  await drawer.getByTestId('subsidy-approve').click();
  const modal = page.locator('.ant-modal').filter({ hasText: '通过 1 条补贴申请' });
  await modal.getByText('确定通过所选的 1 条申请？').waitFor();
  await modal.getByRole('button', { name: /^通\s*过$/ }).click();
  await drawer.getByTestId('subsidy-applicant').locator('..').getByText(next, { exact: true }).waitFor();
}

describe('一次性求职补贴: rule, three approvals, payment once', () => {
  let browser: Browser;
  let name = '';
  let studentNo = '';
  let cohort = 0;
  beforeAll(async () => {
    browser = await launchChromium();
    const graduate = await apiAs('graduate');
    const mine = (await (await graduate.get('/api/me/assistance')).json()) as {
      graduationYear: number;
      targets: { category: string; status: string }[];
    };
    cohort = mine.graduationYear;
    expect(
      mine.targets.some((t) => t.category === 'poverty_alleviated' && t.status === 'approved'),
      'the demo graduate is an identified 脱贫家庭 target',
    ).toBe(true);
    const subsidy = (await (await graduate.get('/api/me/subsidy')).json()) as { applications: unknown[] };
    expect(subsidy.applications, 'the demo graduate applies in this test').toEqual([]);
    const profile = (await (await graduate.get('/api/me/profile')).json()) as {
      name: string;
      studentNo: string;
    };
    name = profile.name;
    studentNo = profile.studentNo;
    await graduate.dispose();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('HR&SS office: sets the province rule for the cohort, amount typed in yuan', async () => {
    await journey(browser, 'subsidy/rule', DESKTOP, async (page) => {
      await login(page, 'hrss.hubei');
      await openMenu(page, '补贴政策');
      await page.waitForURL('**/subsidy-rules');
      await page.getByTestId('rule-table').getByText(`${cohort} 届`).waitFor();
      await page
        .getByRole('button', { name: `修改湖北省 ${cohort} 届的补贴政策` })
        .first()
        .click();
      const modal = page.locator('.ant-modal').filter({ hasText: '修改补贴政策' });
      await modal.getByLabel('补贴金额').fill('2000');
      // The proof wanted: the demo's names replaced by one.
      const evidence = modal.getByTestId('rule-evidence');
      while ((await evidence.locator('.ant-select-selection-item-remove').count()) > 0)
        await evidence.locator('.ant-select-selection-item-remove').first().click();
      await modal.getByLabel('所需材料', { exact: true }).fill(PROOF);
      await modal.getByLabel('所需材料', { exact: true }).press('Enter');
      await evidence.getByText(PROOF).waitFor();
      await animationsDone(page);
      await shot(page, 'subsidy/rule-form');
      await modal.getByRole('button', { name: /^保\s*存$/ }).click();
      await page.getByText('补贴政策已保存').waitFor();
      const row = page
        .getByTestId('rule-table')
        .locator('.ant-table-row')
        .filter({ hasText: `${cohort} 届` });
      await row.getByText('2,000 元').waitFor();
      await row.getByText(PROOF).waitFor();
      await settle(page);
      await shot(page, 'subsidy/rules-desktop');
    });

    // The graduate applies under the new rule with the proof it names (their own page is not this test's).
    const graduate = await apiAs('graduate');
    const upload = await graduate.post('/api/me/assistance/evidence', {
      multipart: { kind: PROOF, file: { name: '脱贫户证明.pdf', mimeType: 'application/pdf', buffer: PDF } },
    });
    expect(upload.status(), await upload.text()).toBeLessThan(300);
    const { id } = (await upload.json()) as { id: string };
    const apply = await graduate.post('/api/me/subsidy', {
      data: { category: 'poverty_alleviated', evidenceIds: [id], note: '家庭为脱贫户' },
    });
    expect(apply.status(), await apply.text()).toBe(201);
    await graduate.dispose();
  });

  it('counsellor: approves at the college stage, reading the proof', async () => {
    await journey(browser, 'subsidy/counsellor', DESKTOP, async (page) => {
      await login(page, 'counsellor');
      await openMenu(page, '补贴审核');
      await page.waitForURL('**/subsidies');
      await openApplication(page, studentNo, name);
      const drawer = page.getByTestId('subsidy-drawer');
      await drawer.getByTestId('subsidy-amount').getByText('2,000 元').waitFor();
      const file = drawer.getByTestId('subsidy-evidence').getByRole('link', { name: '脱贫户证明.pdf' });
      expect(await file.getAttribute('href')).toMatch(
        /^\/api\/subsidies\/[0-9a-f-]{36}\/evidence\/[0-9a-f-]{36}$/,
      );
      await shot(page, 'subsidy/counsellor-drawer');
      await approveInDrawer(page, '待学校审核');
      await drawer.getByTestId('subsidy-timeline').getByText('院系审核通过').waitFor();
    });
  });

  it('career centre at 390 px: approves in bulk from the cards', async () => {
    await journey(browser, 'subsidy/career-390', PHONE, async (page) => {
      await login(page, 'career');
      await page.goto('/subsidies');
      const search = page.getByLabel('姓名或学号', { exact: true });
      await search.fill(studentNo);
      await search.press('Enter');
      const cards = page.getByTestId('subsidy-cards');
      const pick = cards.getByRole('checkbox', { name: `选择 ${name} 的补贴申请` });
      await pick.waitFor();
      await fitsWidth(page, 390);
      await pick.check();
      await page.getByTestId('subsidy-bulk-approve').click();
      const modal = page.locator('.ant-modal').filter({ hasText: '通过 1 条补贴申请' });
      await modal.getByRole('button', { name: /^通\s*过$/ }).click();
      await page.getByText('已处理 1 条申请').waitFor();
      await settle(page);
      await shot(page, 'subsidy/career-390');
    });
  });

  it('HR&SS office: approves, records the payment, and a second payment is refused', async () => {
    await journey(browser, 'subsidy/hrss', DESKTOP, async (page) => {
      await login(page, 'hrss.hubei');
      await openMenu(page, '补贴审核');
      await page.waitForURL('**/subsidies');
      // The paying list is the cohort's approved applications, exported as a file.
      expect(
        await page
          .getByTestId('subsidy-export')
          .getByRole('link', { name: /导出 Excel/ })
          .getAttribute('href'),
      ).toMatch(/^\/api\/subsidies\/export\?graduationYear=\d{4}&status=approved&format=xlsx$/);
      await openApplication(page, studentNo, name);
      await approveInDrawer(page, '待发放');

      // A second screen of the same office opens the payment form before the first one pays.
      const other = await page.context().newPage();
      await other.goto(page.url());
      await other.getByTestId('subsidy-pay').click();
      await other.getByLabel('发放凭证号').fill('HB2027-E2E-0002');

      const drawer = page.getByTestId('subsidy-drawer');
      await drawer.getByTestId('subsidy-pay').click();
      const payment = page.locator('.ant-modal').filter({ hasText: `登记发放：${name}` });
      await payment.getByText('登记已向申请人发放 2,000 元').waitFor();
      await payment.getByLabel('发放凭证号').fill(REFERENCE);
      await payment.getByRole('button', { name: '登记发放' }).click();
      await page.getByText(`已登记向 ${name} 发放补贴`).waitFor();
      await drawer
        .getByTestId('subsidy-applicant')
        .locator('..')
        .getByText('已发放', { exact: true })
        .waitFor();
      await drawer.getByTestId('subsidy-payment').getByText(REFERENCE).waitFor();
      await animationsDone(page);
      await shot(page, 'subsidy/hrss-paid');

      // The other screen still offers the form; the server refuses the second payment and says why.
      await other
        .locator('.ant-modal')
        .filter({ hasText: `登记发放：${name}` })
        .getByRole('button', { name: '登记发放' })
        .click();
      await other.getByTestId('payment-refusal').getByText('该申请已登记发放，不能重复发放').waitFor();
      await animationsDone(other);
      await shot(other, 'subsidy/hrss-second-payment-refused');
      await other.close();
    });
  });
});
