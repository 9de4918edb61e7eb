import { createRng, generateUscc } from '@jiuye/domain';
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

// 毕业去向登记 (issue 6) in the browser: the demo graduate registers employment under a labour
// contract (a server refusal lands on its field), is told which proof is missing and uploads it as a
// PDF; the counsellor (the graduate's college) approves, then the career centre; the graduate sees
// 已审核通过 with a verification number. Both pages are checked at desktop and phone width.

const USCC = generateUscc(createRng(2026), { regionCode: '420111' });
const UNIT = '武汉光谷信息技术有限公司';

/** Picks the option named `option` of a select by typing part of it (long lists are virtual). */
async function choose(page: Page, label: string, typed: string, option: string): Promise<void> {
  const field = page.getByLabel(label, { exact: true });
  await field.click();
  await field.pressSequentially(typed);
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
    .filter({ hasText: new RegExp(`^${option}$`) })
    .click();
  const id = await field.getAttribute('id');
  await expect.poll(() => page.locator(`.ant-form-item:has(#${id})`).textContent()).toContain(option);
}

/** Picks 省 → 市 → 区县 in the region cascader of a field. */
async function chooseRegion(page: Page, label: string, names: readonly string[]): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  for (const name of names)
    await page
      .locator('.ant-cascader-dropdown:not(.ant-select-dropdown-hidden) .ant-cascader-menu-item')
      .filter({ hasText: new RegExp(`^${name}$`) })
      .click();
  const id = await page.getByLabel(label, { exact: true }).getAttribute('id');
  await expect.poll(() => page.locator(`.ant-form-item:has(#${id})`).textContent()).toContain(names.at(-1));
}

/** The graduate fills in 签劳动合同形式就业 with every unit field. */
async function fillEmployment(page: Page): Promise<void> {
  await choose(page, '毕业去向', '11', '11 签劳动合同形式就业');
  await page.getByLabel('统一社会信用代码', { exact: true }).fill(USCC);
  await page.getByLabel('单位名称', { exact: true }).fill(UNIT);
  await choose(page, '单位性质', '民营', '民营企业');
  await choose(page, '单位行业', '信息', 'I 信息传输、软件和信息技术服务业');
  await chooseRegion(page, '工作地点', ['湖北省', '武汉市', '洪山区']);
  await choose(page, '职业类别', '专业技术', '2 专业技术人员');
  const date = page.getByLabel('签约日期', { exact: true });
  await date.click();
  await date.fill(`${new Date().getFullYear()}-01-05`);
  await date.press('Enter');
  await page.getByLabel('月薪（税前）', { exact: true }).fill('8000');
}

/** Finds the demo graduate in the review list by 学号 (the queues hold the demo's other registrations too). */
async function findInList(page: Page, studentNo: string, name: string): Promise<void> {
  const search = page.getByLabel('姓名或学号', { exact: true });
  await search.fill(studentNo);
  await search.press('Enter');
  await page.getByTestId('destination-table').getByText(name).waitFor();
}

/** Opens the demo graduate's registration from the reviewer's own queue. */
async function openFromQueue(page: Page, studentNo: string, name: string): Promise<void> {
  await findInList(page, studentNo, name);
  await page
    .getByTestId('destination-table')
    .getByRole('button', { name: `查看 ${name} 的去向登记` })
    .click();
  const drawer = page.getByTestId('destination-drawer');
  await drawer.getByTestId('destination-graduate').filter({ hasText: name }).waitFor();
  await drawer.getByTestId('evidence-item').first().waitFor();
}

/** Approves the registration open in the drawer and waits for the status it moves to. */
async function approveInDrawer(page: Page, next: string): Promise<void> {
  const drawer = page.getByTestId('destination-drawer');
  await drawer.getByTestId('approve').click();
  const modal = page.getByTestId('decision-modal');
  await modal.getByText(/确定通过这条登记？/).waitFor();
  await modal.getByRole('button', { name: /^通\s*过$/ }).click();
  await drawer.getByTestId('destination-graduate').locator('..').getByText(next).waitFor();
}

describe('毕业去向登记 and its review', () => {
  let browser: Browser;
  let graduateName = '';
  let studentNo = '';
  beforeAll(async () => {
    browser = await launchChromium();
    const graduate = await apiAs('graduate');
    const mine = (await (await graduate.get('/api/me/destination')).json()) as {
      graduateId: string;
      name: string;
      registration: unknown;
    };
    expect(mine.registration, 'the demo graduate registers in this test').toBeNull();
    graduateName = mine.name;
    // The journeys need the demo graduate in the demo counsellor's college (计算机学院).
    studentNo = await studentNoSeenByCounsellor(mine.graduateId);
    await graduate.dispose();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('graduate: registers employment, sees the missing proof, uploads the labour contract', async () => {
    await journey(browser, 'destinations/graduate-register', DESKTOP, async (page) => {
      await login(page, 'graduate');
      await openMenu(page, '毕业去向登记');
      await page.waitForURL('**/destination');
      const status = page.getByTestId('destination-status');
      await status.getByText('你还没有登记毕业去向').waitFor();
      await status.getByTestId('destination-deadline').getByText(/08-31/).waitFor();
      await settle(page);
      await shot(page, 'destinations/graduate-empty-desktop');

      await fillEmployment(page);

      // An unknown region smuggled into the request: the server's `details.regionCode` lands on its field.
      await page.route('**/api/me/destination', async (route) => {
        if (route.request().method() !== 'PUT') return route.continue();
        const body = route.request().postDataJSON() as { details: Record<string, unknown> };
        await route.continue({
          postData: JSON.stringify({ ...body, details: { ...body.details, regionCode: '429999' } }),
        });
      });
      await page.getByTestId('destination-submit').click();
      const regionItem = page.locator('.ant-form-item').filter({ has: page.getByLabel('工作地点') });
      await regionItem.getByText('工作地点“429999”不是有效的行政区划代码（6 位，到区县）').waitFor();
      await page.unroute('**/api/me/destination');
      await shot(page, 'destinations/graduate-refused');

      await page.getByTestId('destination-submit').click();
      await page.getByText('已提交登记，等待院系审核').waitFor();
      await status.locator('[data-status="pending_college"]').waitFor();
      // No proof yet: the graduate is told which document approval needs.
      await status
        .getByTestId('destination-blockers')
        .getByText(/缺少证明材料：请上传劳动合同/)
        .waitFor();

      const upload = page.getByTestId('evidence-upload');
      // The proof this destination needs is offered first and already chosen.
      expect(await upload.getByRole('combobox', { name: '材料类型' }).locator('..').textContent()).toContain(
        '劳动合同（本去向所需）',
      );
      await upload
        .locator('input[type=file]')
        .setInputFiles({ name: '劳动合同.pdf', mimeType: 'application/pdf', buffer: PDF });
      await page.getByText('已上传“劳动合同.pdf”').waitFor();
      const item = page.getByTestId('evidence-item').filter({ hasText: '劳动合同.pdf' });
      await item.waitFor();
      expect(await item.getByRole('link', { name: '劳动合同.pdf' }).getAttribute('href')).toMatch(
        /^\/api\/me\/destination\/evidence\/[0-9a-f-]{36}$/,
      );
      await expect.poll(() => status.getByTestId('destination-blockers').count()).toBe(0);
      await page.getByTestId('destination-timeline').getByText('上传证明材料').waitFor();
      await settle(page);
      await shot(page, 'destinations/graduate-submitted-desktop');
    });
  });

  it('graduate at 390 px: the registration page fits the screen', async () => {
    await journey(browser, 'destinations/graduate-390', PHONE, async (page) => {
      await login(page, 'graduate');
      await page.goto('/destination');
      await page.getByTestId('destination-status').locator('[data-status="pending_college"]').waitFor();
      await page.getByTestId('evidence-item').first().waitFor();
      await fitsWidth(page, 390);
      await shot(page, 'destinations/graduate-390');
    });
  });

  it('counsellor: approves the registration of a graduate of the college', async () => {
    await journey(browser, 'destinations/counsellor', DESKTOP, async (page) => {
      await login(page, 'counsellor');
      await openMenu(page, '去向审核');
      await page.waitForURL('**/destination-review');
      await openFromQueue(page, studentNo, graduateName);
      const drawer = page.getByTestId('destination-drawer');
      await drawer.getByTestId('registration-details').getByText(UNIT).waitFor();
      await drawer.getByTestId('registration-details').getByText('湖北省 武汉市 洪山区').waitFor();
      // Counsellors review; only the career centre changes a registration for a graduate.
      expect(await drawer.getByTestId('edit-on-behalf').count()).toBe(0);
      await settle(page);
      await animationsDone(page);
      await shot(page, 'destinations/counsellor-drawer');
      await approveInDrawer(page, '待学校审核');
    });
  });

  it('counsellor at 390 px: the review list and the drawer fit the screen', async () => {
    await journey(browser, 'destinations/counsellor-390', PHONE, async (page) => {
      await login(page, 'counsellor');
      // Every registration of the college, as cards.
      await page.goto('/destination-review?status=all');
      const cards = page.getByTestId('destination-cards');
      await cards.getByRole('listitem').nth(1).waitFor();
      await fitsWidth(page, 390);
      await shot(page, 'destinations/review-390');
      const search = page.getByLabel('姓名或学号', { exact: true });
      await search.fill(studentNo);
      await search.press('Enter');
      await cards.getByText(graduateName).waitFor();
      await cards.getByRole('button', { name: `查看 ${graduateName} 的去向登记` }).click();
      await page.getByTestId('destination-drawer').getByTestId('registration-details').waitFor();
      await animationsDone(page);
      await fitsWidth(page, 390);
      await shot(page, 'destinations/review-drawer-390');
    });
  });

  it('career centre: approves at the university stage, giving a verification number', async () => {
    await journey(browser, 'destinations/career', DESKTOP, async (page) => {
      await login(page, 'career');
      await openMenu(page, '去向审核');
      await page.waitForURL('**/destination-review');
      // The university's queue: registrations the colleges passed on, oldest first.
      await page.getByTestId('destination-table').locator('.ant-table-row').first().waitFor();
      await settle(page);
      await shot(page, 'destinations/review-desktop');
      await openFromQueue(page, studentNo, graduateName);
      const drawer = page.getByTestId('destination-drawer');
      await drawer.getByTestId('destination-timeline').getByText('院系审核通过').waitFor();
      await approveInDrawer(page, '已审核通过');
      await drawer.getByText(/核验编号：/).waitFor();
      await animationsDone(page);
      await shot(page, 'destinations/career-approved-drawer');
    });
  });

  it('graduate: sees 已审核通过 with the verification number', async () => {
    await journey(browser, 'destinations/graduate-approved', DESKTOP, async (page) => {
      await login(page, 'graduate');
      await page.goto('/destination');
      const status = page.getByTestId('destination-status');
      await status.locator('[data-status="approved"]').getByText('已审核通过').waitFor();
      expect(await status.getByTestId('verification-no').textContent()).toMatch(/^[0-9A-HJKMNP-TV-Z]{16}$/);
      // The approval relied on the proof: it can no longer be deleted.
      expect(await page.getByRole('button', { name: /^删除 / }).count()).toBe(0);
      await settle(page);
      await shot(page, 'destinations/graduate-approved-desktop');
    });
  });
});
