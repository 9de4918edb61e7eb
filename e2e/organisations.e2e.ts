import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRng, generateUscc } from '@jiuye/domain';
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

const PASSWORD = 'Hr-Register-2026';
const stamp = Date.now().toString(36).toUpperCase();
const uscc = () => generateUscc(createRng(randomBytes(4).readUInt32BE(0)), { regionCode: '420111' });

interface Registration {
  kind: 'employer' | 'agency';
  name: string;
  uscc: string;
  username: string;
}

/** Waits for Ant Design's open/close animations, so clicks and screenshots hit settled dialogs. */
/** Picks an option of a searchable select by typing part of it (long lists are virtual: unseen options do not exist). */
async function choose(page: Page, label: string, typed: string, option: RegExp): Promise<void> {
  const field = page.getByLabel(label, { exact: true });
  await field.click();
  await field.pressSequentially(typed);
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
    .filter({ hasText: option })
    .first()
    .waitFor();
  await field.press('Enter');
  const id = await field.getAttribute('id');
  await expect.poll(() => page.locator(`.ant-form-item:has(#${id})`).textContent()).toMatch(option);
}

async function chooseRegion(page: Page, names: string[]): Promise<void> {
  await page.getByLabel('所在地区', { exact: true }).click();
  for (const name of names)
    await page
      .locator('.ant-cascader-dropdown:not(.ant-select-dropdown-hidden) .ant-cascader-menu-item')
      .filter({ hasText: new RegExp(`^${name}$`) })
      .click();
  await expect.poll(() => page.locator('.ant-cascader').textContent()).toContain(names.at(-1));
}

/** Registers through the public form (linked from the login page) and lands on the profile page. */
async function registerThroughForm(page: Page, r: Registration, shot: string, width?: number): Promise<void> {
  await page.goto('/login');
  await page.getByRole('link', { name: '单位注册' }).click();
  await page.waitForURL('**/register/organisation');
  if (r.kind === 'agency') await page.getByRole('radio', { name: '人力资源服务机构' }).check();
  await page.getByLabel('单位名称', { exact: true }).fill(r.name);
  // A mistyped code is caught while typing, with the failing position named.
  await page.getByLabel('统一社会信用代码', { exact: true }).fill(`${r.uscc.slice(0, 17)}#`);
  await page.getByText(/含非法字符/).waitFor();
  await page.getByLabel('统一社会信用代码', { exact: true }).fill(r.uscc);
  if (r.kind === 'agency') await choose(page, '单位性质', '人力资源', /人力资源服务机构/);
  else await choose(page, '单位性质', '民营', /民营企业/);
  await page.getByLabel('单位规模', { exact: true }).click();
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
    .filter({ hasText: /^20–99人$/ })
    .click();
  await choose(page, '行业', '软件', /信息传输、软件和信息技术服务业/);
  await chooseRegion(page, ['湖北省', '武汉市', '洪山区']);
  if (r.kind === 'agency')
    await page
      .getByLabel('人力资源服务许可证编号', { exact: true })
      .fill('（鄂）人服证字〔2024〕第0100123号');
  await page.getByLabel('联系人', { exact: true }).fill('张敏');
  await page.getByLabel('联系人手机号', { exact: true }).fill('13800271234');
  await page.getByLabel('联系邮箱', { exact: true }).fill('hr@example.com');
  await page.getByLabel('单位简介', { exact: true }).fill('专注工业软件研发，长期招收计算机类毕业生。');
  await page.getByLabel('姓名', { exact: true }).fill('张敏');
  await page.getByLabel('用户名', { exact: true }).fill(r.username);
  await page.getByLabel('密码', { exact: true }).fill(PASSWORD);
  await page.getByLabel('确认密码', { exact: true }).fill(PASSWORD);
  if (width) await fitsWidth(page, width);
  await screenshot(page, `${shot}-form`);
  await page.getByRole('button', { name: '提交注册' }).click();
  await page.waitForURL('**/organisation');
  await page.getByText('认证审核中').first().waitFor();
  await settle(page);
  await screenshot(page, `${shot}-pending`);
}

/** An education official finds the registration by its code in the queue and opens it. */
async function openInQueue(page: Page, r: Registration, shot?: string): Promise<void> {
  await login(page, 'edu.hubei');
  await openMenu(page, '单位认证');
  await page.waitForURL('**/verification');
  await settle(page);
  const search = page.getByLabel('搜索单位名称或完整信用代码', { exact: true });
  await search.fill(r.uscc);
  await search.press('Enter');
  const link = page.getByRole('link', { name: r.name });
  await link.waitFor();
  if (shot) {
    await settle(page);
    await screenshot(page, shot);
  }
  await link.click();
  await page.waitForURL('**/verification/*');
  await page.getByTestId('verification-details').waitFor();
}

async function decide(page: Page, decision: '通过认证' | '驳回' | '要求补充材料', reason?: string) {
  const form = page.getByTestId('verification-decision');
  await form.getByRole('radio', { name: decision }).check();
  if (reason) await form.getByRole('textbox', { name: '理由' }).fill(reason);
  await form.getByRole('button', { name: '提交决定' }).click();
}

describe('organisation registration and verification (measures 七, 十)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('register an organisation → an official approves → the HR sees the verified badge', async () => {
    const r: Registration = {
      kind: 'employer',
      name: `武汉光谷测试软件有限公司${stamp}`,
      uscc: uscc(),
      username: `e2e_org_${stamp.toLowerCase()}`,
    };
    await journey(browser, 'organisations/register', DESKTOP, (page) =>
      registerThroughForm(page, r, 'organisations/desktop-register'),
    );

    await journey(browser, 'organisations/approve', DESKTOP, async (page) => {
      await openInQueue(page, r);
      await expect
        .poll(() => page.getByTestId('verification-details').textContent())
        .toContain('138****1234');
      await settle(page);
      await screenshot(page, 'organisations/desktop-verification-detail');
      await decide(page, '通过认证');
      const confirm = page.getByRole('dialog').filter({ hasText: '确认通过认证' });
      await animationsDone(page);
      await screenshot(page, 'organisations/desktop-verification-confirm');
      await confirm.getByRole('button', { name: '通过认证' }).click();
      await page.getByText('该单位已通过认证。').waitFor();
      await page.getByTestId('review-history').getByText('通过认证').waitFor();
    });

    await journey(browser, 'organisations/verified', PHONE_375, async (page) => {
      await login(page, r.username, PASSWORD);
      await page.goto('/organisation');
      await page.getByText('已通过认证').first().waitFor();
      await page.getByTestId('organisation-details').getByTestId('verification-verified').waitFor();
      await page.getByTestId('staff-list').getByText(r.username).waitFor();
      await fitsWidth(page, 375);
      await screenshot(page, 'organisations/phone-verified-profile');
    });
  });

  it('official rejects with a reason → the HR reads it and resubmits', async () => {
    const r: Registration = {
      kind: 'agency',
      name: `湖北测试人力资源服务有限公司${stamp}`,
      uscc: uscc(),
      username: `e2e_agency_${stamp.toLowerCase()}`,
    };
    const REASON = '营业执照名称与填写的单位名称不一致，请按执照全称填写。';
    await journey(browser, 'organisations/register-phone', PHONE_375, (page) =>
      registerThroughForm(page, r, 'organisations/phone-register', 375),
    );

    await journey(browser, 'organisations/reject', PHONE_375, async (page) => {
      await openInQueue(page, r, 'organisations/phone-verification-queue');
      await fitsWidth(page, 375);
      // Rejecting without a reason is stopped before anything is sent.
      await decide(page, '驳回');
      await page.getByText('驳回或要求补充材料时须填写理由').waitFor();
      await decide(page, '驳回', REASON);
      const confirm = page.getByRole('dialog').filter({ hasText: '确认驳回' });
      await animationsDone(page);
      await confirm.getByRole('button', { name: /驳\s*回/ }).click();
      await page.getByText('该单位已被驳回，等待单位修改后重新提交。').waitFor();
      await animationsDone(page);
      await settle(page);
      await screenshot(page, 'organisations/phone-rejected-detail');
    });

    await journey(browser, 'organisations/resubmit', DESKTOP, async (page) => {
      await login(page, r.username, PASSWORD);
      await openMenu(page, '单位信息');
      await page.waitForURL('**/organisation');
      await page.getByText('认证未通过').waitFor();
      expect(await page.getByTestId('reviewer-note').textContent()).toContain(REASON);
      await settle(page);
      await screenshot(page, 'organisations/desktop-rejected-profile');
      await page.getByTestId('resubmit').click();
      const dialog = page.getByRole('dialog').filter({ hasText: '重新提交审核' });
      await animationsDone(page);
      await dialog.getByRole('textbox').fill('已按营业执照更正单位名称');
      await dialog.getByRole('button', { name: '重新提交审核' }).click();
      await page.getByText('认证审核中').first().waitFor();
      await page.getByTestId('review-history').getByText('单位重新提交').waitFor();
      await settle(page);
      await screenshot(page, 'organisations/desktop-resubmitted');
    });
  });
});
