import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, journey, launchChromium, login, openMenu, screenshot, settle } from './support/browser';
import { buildRosterFixture } from './support/roster-csv';

const statisticValue = (summary: Locator, title: string) =>
  summary.locator('.ant-statistic').filter({ hasText: title }).locator('.ant-statistic-content-value');

describe('career centre roster import', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens the roster, imports a file with bad rows and sees what was rejected and why', async () => {
    const fixture = buildRosterFixture();
    await journey(browser, 'import/journey', DESKTOP, async (page) => {
      await login(page, 'career');
      await openMenu(page, '毕业生名册');
      await page.waitForURL('**/roster**');

      const table = page.getByTestId('roster-table');
      const rows = table.locator('tbody tr.ant-table-row');
      await rows.first().waitFor();
      expect(await rows.count()).toBeGreaterThan(0);
      await settle(page);
      await screenshot(page, 'import/1-roster');

      await page.getByRole('button', { name: /导入名册/ }).click();
      const drawer = page.getByRole('dialog', { name: '导入毕业生名册' });
      await drawer.waitFor();
      await drawer.locator('input[type=file]').setInputFiles({
        name: 'e2e-名册.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(fixture.csv, 'utf8'),
      });
      await drawer.getByText('e2e-名册.csv').waitFor();
      await screenshot(page, 'import/2-file-chosen');
      await drawer.getByRole('button', { name: /开始导入/ }).click();

      // The import runs as a background job; the drawer polls it until the summary appears.
      const summary = drawer.getByTestId('import-summary');
      await summary.waitFor({ timeout: 90_000 });
      expect(await statisticValue(summary, '接受').textContent()).toBe(String(fixture.accepted));
      expect(await statisticValue(summary, '拒绝').textContent()).toBe(String(fixture.rejected));

      const errorRows = drawer.getByTestId('import-errors').locator('tbody tr.ant-table-row');
      await errorRows.first().waitFor();
      const shown = await errorRows.evaluateAll((trs) =>
        trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent?.trim() ?? '')),
      );
      const found = shown.map(([row, , code]) => ({ row: Number(row), code }));
      for (const expected of fixture.errors) expect(found).toContainEqual(expected);
      expect(new Set(found.map((e) => e.row))).toEqual(new Set(fixture.errors.map((e) => e.row)));
      await screenshot(page, 'import/3-result');

      // The good rows are in the roster now, the markup-and-SQL name shown as the literal text it is.
      await drawer
        .getByRole('button', { name: /close|关闭/i })
        .first()
        .click();
      await drawer.waitFor({ state: 'hidden' });
      const search = page.getByRole('search').getByLabel('搜索姓名或学号', { exact: true });
      await search.fill(fixture.literal.studentNo);
      await search.press('Enter');
      const hit = rows.filter({ hasText: fixture.literal.studentNo });
      await hit.waitFor();
      expect(await rows.count()).toBe(1);
      expect(await hit.locator('td').nth(1).textContent()).toContain(fixture.literal.name);
      expect(await hit.locator('b').count()).toBe(0);
      await settle(page);
      await screenshot(page, 'import/4-imported-row');
    });
  });
});
