import type { Browser } from 'playwright-core';
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

// Résumés, applying and the employer's pipeline (issue 4): the graduate edits the demo résumé and
// applies to one of the demo employer's postings; the employer opens the application (masked),
// invites to interview (now unmasked) and moves seeded applicants in bulk; the graduate is notified.

const stamp = Date.now().toString(36).toUpperCase();
const OBJECTIVE = `后端开发${stamp}`;
const NOTE = `请于周三下午三点参加面试（${stamp}）`;

interface Posting {
  id: string;
  title: string;
}

/** Waits for open/close animations (modals, the phone drawer), so a screenshot shows the settled UI. */
describe('résumés, applications and notifications', () => {
  let browser: Browser;
  let posting: Posting;
  let graduateName: string;

  beforeAll(async () => {
    browser = await launchChromium();
    // A published posting of the demo employer that the demo graduate has not applied to yet.
    let published: Posting[] = [];
    await journey(browser, 'applications/setup-employer', DESKTOP, async (page) => {
      await login(page, 'employer');
      const res = await page.request.get('/api/jobs?status=published&pageSize=100');
      expect(res.status()).toBe(200);
      published = ((await res.json()) as { items: Posting[] }).items;
    });
    await journey(browser, 'applications/setup-graduate', DESKTOP, async (page) => {
      await login(page, 'graduate');
      const mine = (await (await page.request.get('/api/me/applications?pageSize=100')).json()) as {
        items: { postingId: string }[];
      };
      const applied = new Set(mine.items.map((a) => a.postingId));
      posting = published.find((p) => !applied.has(p.id))!;
      graduateName = (
        (await (await page.request.get('/api/me/resume')).json()) as { person: { name: string } }
      ).person.name;
    });
    expect(posting, 'the demo employer has a posting the demo graduate has not applied to').toBeTruthy();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('graduate: edits the résumé, previews it, downloads the PDF and applies', async () => {
    await journey(browser, 'applications/graduate-apply', DESKTOP, async (page) => {
      await login(page, 'graduate');
      await openMenu(page, '我的简历');
      await page.waitForURL('**/resume');
      // Education comes from the roster and is marked verified.
      await page.getByText('学校已核验').first().waitFor();
      const objective = page.getByRole('textbox', { name: '求职意向' });
      await objective.fill('');
      await page.getByTestId('resume-save').click();
      await page.getByText('请填写求职意向').first().waitFor();
      await objective.fill(OBJECTIVE);
      await page.getByTestId('resume-save').click();
      await page.getByText('简历已保存').waitFor();
      await settle(page);
      await screenshot(page, 'applications/desktop-resume');

      await page.getByText('预览', { exact: true }).click();
      const preview = page.getByTestId('resume-preview');
      await preview.getByText(`求职意向：${OBJECTIVE}`).waitFor();
      expect(await preview.getByTestId('resume-name').textContent()).toBe(graduateName);
      await screenshot(page, 'applications/desktop-resume-preview');

      const pdf = await page.request.get('/api/me/resume.pdf');
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toBe('application/pdf');
      expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

      await page.goto(`/jobs/${posting.id}`);
      await page.getByRole('heading', { name: posting.title }).waitFor();
      await page.getByTestId('apply-button').click();
      const dialog = page.getByRole('dialog').filter({ hasText: '确认投递' });
      await dialog.getByText(posting.title, { exact: false }).first().waitFor();
      await animationsDone(page);
      await screenshot(page, 'applications/desktop-apply-confirm');
      await dialog.getByRole('button', { name: '确认投递' }).click();
      await page.getByTestId('applied').waitFor();
      expect(await page.getByTestId('applied').textContent()).toContain('已投递');

      await openMenu(page, '我的投递');
      await page.waitForURL('**/applications');
      const card = page.getByTestId('my-application').filter({ hasText: posting.title });
      await card.waitFor();
      expect(await card.locator('[data-status]').first().getAttribute('data-status')).toBe('submitted');
    });
  });

  it('employer: sees the applicant masked, invites to interview and then sees the name; moves others in bulk', async () => {
    await journey(browser, 'applications/employer-pipeline', DESKTOP, async (page) => {
      await login(page, 'employer');
      await openMenu(page, '应聘管理');
      await page.waitForURL('**/applicants');
      await page.getByTestId('status-tabs').waitFor();
      await settle(page);
      await screenshot(page, 'applications/desktop-pipeline');

      await page.goto(`/applicants?postingId=${posting.id}`);
      const table = page.getByTestId('applicant-table');
      const row = table
        .getByRole('row')
        .filter({ hasText: '已投递' })
        .filter({ hasText: graduateName[0]! })
        .first();
      await row.waitFor();
      const masked = (await row.getByTestId('applicant-row-name').textContent())!;
      expect(masked).toMatch(/^.\*+$/);
      expect(masked).not.toBe(graduateName);

      await row.getByTestId('open-applicant').click();
      const drawer = page.getByTestId('applicant-drawer');
      await drawer.getByText(`求职意向：${OBJECTIVE}`).waitFor();
      // Opening it marked it 已查看; the résumé still hides who it is.
      await drawer.locator('[data-status="viewed"]').first().waitFor();
      expect(await drawer.getByTestId('applicant-name').textContent()).toBe(masked);
      await drawer.getByText('姓名与联系方式已隐去，邀请面试后可见').waitFor();
      await settle(page);
      await screenshot(page, 'applications/desktop-drawer-masked');

      await drawer.getByTestId('move-interview').click();
      const confirm = page.getByRole('dialog').filter({ hasText: '改为「面试」' });
      await confirm.getByRole('textbox', { name: '备注' }).fill(NOTE);
      await confirm
        .getByRole('button', { name: '确 认' })
        .or(confirm.getByRole('button', { name: '确认' }))
        .click();
      await expect.poll(() => drawer.getByTestId('applicant-name').textContent()).toBe(graduateName);
      await drawer.getByText(NOTE).first().waitFor();
      await drawer.getByText('姓名与联系方式已隐去，邀请面试后可见').waitFor({ state: 'detached' });
      await settle(page);
      await screenshot(page, 'applications/desktop-drawer-revealed');
      await page.getByRole('button', { name: 'Close' }).or(page.locator('.ant-drawer-close')).first().click();

      // Bulk: every seeded application still 已投递 (other postings) is turned down at once.
      await page.goto('/applicants?status=submitted');
      await table.getByRole('row').nth(1).waitFor();
      const rows = await table.locator('tbody tr.ant-table-row').count();
      expect(rows).toBeGreaterThanOrEqual(1);
      await table.locator('thead .ant-checkbox-input').check();
      await page.getByTestId('bulk-bar').getByText(`已选 ${rows} 人`).waitFor();
      await page.getByTestId('bulk-bar').getByLabel('批量改为').click();
      await page.locator('.ant-select-item-option[title="不合适"]').click();
      await page.getByTestId('bulk-move').click();
      const bulkDialog = page.getByRole('dialog').filter({ hasText: '改为「不合适」' });
      await bulkDialog.getByText(`将 ${rows} 位应聘者改为「不合适」`).waitFor();
      await animationsDone(page);
      await screenshot(page, 'applications/desktop-bulk-confirm');
      await bulkDialog
        .getByRole('button', { name: '确 认' })
        .or(bulkDialog.getByRole('button', { name: '确认' }))
        .click();
      await page.getByText(`已处理 ${rows} 位应聘者`).waitFor();
      await expect.poll(() => table.locator('tbody tr.ant-table-row').count()).toBe(0);
    });
  });

  it('graduate: the bell shows the invitation, which leads to the application and its history', async () => {
    await journey(browser, 'applications/graduate-notified', DESKTOP, async (page) => {
      await login(page, 'graduate');
      const bell = page.getByTestId('notification-bell');
      await expect.poll(async () => (await bell.getAttribute('aria-label')) ?? '').toMatch(/未读/);
      await bell.click();
      const item = page.getByTestId('notification-item').filter({ hasText: `「${posting.title}」面试` });
      await item.waitFor();
      expect(await item.textContent()).toContain(NOTE);
      expect(await item.getAttribute('data-unread')).toBe('true');
      await animationsDone(page);
      await screenshot(page, 'applications/desktop-bell');
      await item.click();
      await page.waitForURL('**/applications?id=*');
      const card = page.getByTestId('my-application').filter({ hasText: posting.title });
      expect(await card.locator('[data-status]').first().getAttribute('data-status')).toBe('interview');
      await card.getByTestId('application-timeline').getByText(NOTE).waitFor();
      await settle(page);
      await screenshot(page, 'applications/desktop-my-applications');
    });
  });

  it('fits a 375 px phone: résumé, my applications, the pipeline and the bell', async () => {
    await journey(browser, 'applications/phone-graduate', PHONE_375, async (page) => {
      await login(page, 'graduate');
      await page.goto('/resume');
      await page.getByTestId('resume-form').waitFor();
      await fitsWidth(page, 375);
      await screenshot(page, 'applications/phone-resume');
      await page.goto('/applications');
      await page.getByTestId('my-application').first().waitFor();
      await fitsWidth(page, 375);
      await page.getByTestId('notification-bell').click();
      await page.getByTestId('notification-list').waitFor();
      await animationsDone(page);
      await fitsWidth(page, 375);
      await screenshot(page, 'applications/phone-notifications');
    });
    await journey(browser, 'applications/phone-employer', PHONE_375, async (page) => {
      await login(page, 'employer');
      await page.goto('/applicants');
      await page.getByTestId('applicant-cards').getByRole('listitem').first().waitFor();
      await fitsWidth(page, 375);
      await screenshot(page, 'applications/phone-pipeline');
    });
  });
});
