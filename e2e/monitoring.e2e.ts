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
  PHONE,
  settle,
  shot,
} from './support/browser';
import { apiAs } from './support/api';

// 就业监测, 查询核验 and 存疑 (issue 6) in the browser. The Hubei official reads the dashboard of a
// cohort with figures (definitions on hover, trend, breakdown) and drills from the province into a
// university; the national official sees the province tile map and drills in by clicking Hubei; a
// visitor's lookup of an unknown number is refused with the server's words. A graduate of a past
// cohort (an account made for the test, so the demo graduate's walkthrough stays untouched)
// authorises verification, is verified, disputes a lookup and revokes; the career centre decides
// the dispute. Every page at desktop and 390 px.

/** The dashboard settled: figures in, charts drawn, no skeleton left. */
async function dashboardReady(page: Page): Promise<void> {
  await page.getByTestId('figure-placementRate').getByTestId('figure-value').waitFor();
  await page.getByTestId('trend-chart').locator('canvas').waitFor();
  await settle(page);
}

/** Picks an option of an Ant Design select by its accessible name. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
    .filter({ hasText: new RegExp(`^${option}$`) })
    .click();
}

const VERIFIER = '武汉光谷信息技术有限公司人力资源部';
const UNKNOWN_NO = '0000 0000 0000 0000';
const NOT_MATCHED = '未找到与该核验码和姓名相符的已审核毕业去向记录，请核对后重试';
const GRADUATE_USER = 'e2e.verify.graduate';

describe('就业监测', () => {
  let browser: Browser;
  /** The newest cohort of Hubei with approved destinations (the one registering now has none yet). */
  let year = 0;
  let university = { key: '', name: '' };
  beforeAll(async () => {
    browser = await launchChromium();
    const official = await apiAs('edu.hubei');
    const home = (await (await official.get('/api/monitoring/overview')).json()) as { cohorts: number[] };
    for (const cohort of home.cohorts) {
      const o = (await (await official.get(`/api/monitoring/overview?year=${cohort}`)).json()) as {
        figures: { placed: number };
      };
      if (o.figures.placed > 0) {
        year = cohort;
        break;
      }
    }
    expect(year, 'the demo has a cohort with approved destinations').toBeGreaterThan(0);
    const breakdown = (await (
      await official.get(`/api/monitoring/breakdown?year=${year}&dimension=university`)
    ).json()) as { rows: { key: string; name: string }[] };
    university = breakdown.rows[0]!;
    await official.dispose();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('Hubei official: figures with definitions, trend, breakdown; drills from the province into a university', async () => {
    await journey(browser, 'monitoring/province', DESKTOP, async (page) => {
      await login(page, 'edu.hubei');
      await openMenu(page, '就业监测');
      await page.waitForURL('**/monitoring');
      await dashboardReady(page);
      await choose(page, '届别', `${year} 届`);
      await page.waitForURL(`**/monitoring?year=${year}`);
      await expect
        .poll(() => page.getByTestId('figure-placementRate').getByTestId('figure-value').textContent())
        .toMatch(/^(?!0\.0%)\d+\.\d%$/);
      await page
        .getByTestId('figure-placementRate')
        .getByText(`上一届（${year - 1}）`)
        .waitFor();
      // The definition is on hover, in the words the figure is computed by.
      await page.getByRole('button', { name: '去向落实率的定义' }).hover();
      await page
        .locator('.ant-tooltip')
        .getByText(/^去向落实率 =（单位就业/)
        .waitFor();
      // The trend is a canvas; its label says in words what it shows.
      expect(await page.getByTestId('trend-chart').getAttribute('aria-label')).toMatch(
        new RegExp(
          `^${year} 届去向落实率逐周趋势：截至 \\d{4}-\\d{2}-\\d{2} 为 \\d+\\.\\d%，上一届同期为 \\d+\\.\\d%$`,
        ),
      );
      const table = page.getByTestId('breakdown-table');
      await table.getByRole('columnheader', { name: '学校' }).waitFor();
      await table.getByRole('button', { name: `查看 ${university.name} 的监测数据` }).waitFor();
      await dashboardReady(page);
      await animationsDone(page);
      await shot(page, 'monitoring/province-desktop');

      // Drilling into the university: the breadcrumb names both, the table goes down to colleges.
      await table.getByRole('button', { name: `查看 ${university.name} 的监测数据` }).click();
      const crumbs = page.getByTestId('scope-breadcrumb');
      await crumbs.getByText(university.name).waitFor();
      await crumbs.getByRole('button', { name: '湖北省' }).waitFor();
      await table.getByRole('columnheader', { name: '院系' }).waitFor();
      expect(page.url()).toContain(`trail=U%3A${university.key}`);
      await dashboardReady(page);

      // The export is the table on screen: this university, by college.
      const csv = await page
        .getByTestId('breakdown-export')
        .getByRole('link', { name: /导出 CSV/ })
        .getAttribute('href');
      expect(csv).toContain(`scope=U%3A${university.key}`);
      const res = await page.request.get(csv!);
      expect(res.status()).toBe(200);
      expect((await res.text()).startsWith('\uFEFF院系,毕业生数,已落实,去向落实率(%)')).toBe(true);
      await shot(page, 'monitoring/university-desktop');

      // Back up through the breadcrumb.
      await crumbs.getByRole('button', { name: '湖北省' }).click();
      await table.getByRole('columnheader', { name: '学校' }).waitFor();
    });
  });

  it('tracking after leaving and the 离校未就业 list', async () => {
    const official = await apiAs('edu.hubei');
    const tracking = (await (await official.get(`/api/monitoring/tracking?year=${year}`)).json()) as {
      points: { months: number; reached: boolean }[];
    };
    await official.dispose();
    await journey(browser, 'monitoring/tracking', DESKTOP, async (page) => {
      await login(page, 'edu.hubei');
      await page.goto(`/monitoring?year=${year}`);
      await page.getByRole('tab', { name: '离校后跟踪' }).click();
      for (const point of tracking.points) {
        const card = page.getByTestId(`tracking-${point.months}`);
        // A moment not reached yet is said to be so, never shown as a 0 % result.
        if (point.reached) await card.getByText('去向落实率').waitFor();
        else await card.getByText('尚未到统计时点').waitFor();
      }
      await settle(page);
      await shot(page, 'monitoring/tracking-desktop');

      await page.getByRole('tab', { name: '离校未就业名单' }).click();
      const list = page.getByTestId('unplaced-table');
      await list.locator('.ant-table-row').first().waitFor();
      // Phones are masked on screen.
      expect(await list.locator('.ant-table-row').first().textContent()).toMatch(/1\d{2}\*{4}\d{4}/);
      const xlsx = await page
        .getByTestId('unplaced-export')
        .getByRole('link', { name: /导出 Excel/ })
        .getAttribute('href');
      expect(xlsx).toMatch(/^\/api\/monitoring\/unplaced\/export\?.*format=xlsx/);
      await settle(page);
      await shot(page, 'monitoring/unplaced-desktop');
    });
  });

  it('Hubei official at 390 px: the dashboard and the list fit the screen', async () => {
    await journey(browser, 'monitoring/province-390', PHONE, async (page) => {
      await login(page, 'edu.hubei');
      await page.goto(`/monitoring?year=${year}`);
      await dashboardReady(page);
      await page.getByTestId('breakdown-cards').getByText(university.name).waitFor();
      await fitsWidth(page, 390);
      await shot(page, 'monitoring/province-390');
      await page.getByRole('tab', { name: '离校未就业名单' }).click();
      await page.getByTestId('unplaced-cards').getByRole('listitem').first().waitFor();
      await fitsWidth(page, 390);
      await shot(page, 'monitoring/unplaced-390');
    });
  });

  it('national official: provinces on the tile map; clicking Hubei drills into it', async () => {
    for (const [name, viewport] of [
      ['desktop', DESKTOP],
      ['390', PHONE],
    ] as const)
      await journey(browser, `monitoring/national-${name}`, viewport, async (page) => {
        await login(page, 'edu.national');
        await page.goto(`/monitoring?year=${year}`);
        await dashboardReady(page);
        const map = page.getByTestId('province-map-chart');
        await map.locator('canvas').waitFor();
        expect(await map.getAttribute('aria-label')).toMatch(/^各省份去向落实率：湖北 \d+\.\d%/);
        if (name === '390') await fitsWidth(page, 390);
        await animationsDone(page);
        await shot(page, `monitoring/national-${name}`);
        // Hubei's square is column 3, row 4 of the 8 × 8 grid; the colour scale takes the bottom 40 px.
        await map.scrollIntoViewIfNeeded();
        const box = (await map.boundingBox())!;
        await map.click({ position: { x: (3.5 * box.width) / 8, y: (4.5 * (box.height - 40)) / 8 } });
        await page.getByTestId('scope-breadcrumb').getByText('湖北省').waitFor();
        expect(page.url()).toContain('trail=P%3A42');
        await page.getByTestId('breakdown').getByText(university.name).first().waitFor();
      });
  });
});

describe('查询核验 and 存疑', () => {
  let browser: Browser;
  let graduateName = '';
  let verificationNo = '';
  beforeAll(async () => {
    browser = await launchChromium();
    // A graduate of a past cohort whose destination the career centre approved, with an account.
    const career = await apiAs('career');
    const approved = (await (await career.get('/api/destinations?status=approved&pageSize=1')).json()) as {
      items: { graduateId: string; name: string }[];
    };
    const graduate = approved.items[0]!;
    graduateName = graduate.name;
    const admin = await apiAs('admin');
    const created = await admin.post('/api/users', {
      data: {
        username: GRADUATE_USER,
        displayName: graduate.name,
        password: DEMO_PASSWORD,
        role: 'graduate',
        scope: { kind: 'self', graduateId: graduate.graduateId },
      },
    });
    expect(created.status(), 'the admin creates the graduate’s account').toBe(201);
    await Promise.all([career.dispose(), admin.dispose()]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('visitor: the public page, linked from the login page, refuses an unknown number with the server’s message', async () => {
    await journey(browser, 'verify/unknown', DESKTOP, async (page) => {
      await page.goto('/login');
      await page.getByRole('link', { name: '查询核验' }).click();
      await page.waitForURL('**/verify');
      await page.getByLabel('核验码', { exact: true }).fill(UNKNOWN_NO);
      await page.getByLabel('毕业生姓名', { exact: true }).fill('张三');
      await page.getByLabel(/^查询单位/).fill(VERIFIER);
      await page.getByTestId('verify-submit').click();
      const refusal = page.getByTestId('verify-error');
      await refusal.getByText('未找到相符的记录').waitFor();
      await refusal.getByText(NOT_MATCHED).waitFor();
      await shot(page, 'verify/unknown-desktop');
    });
    await journey(browser, 'verify/unknown-390', PHONE, async (page) => {
      // The graduate's QR code opens the page with the number filled in.
      await page.goto(`/verify?no=${encodeURIComponent(UNKNOWN_NO)}`);
      expect(await page.getByLabel('核验码', { exact: true }).inputValue()).toBe(UNKNOWN_NO);
      await page.getByLabel('毕业生姓名', { exact: true }).fill('张三');
      await page.getByTestId('verify-submit').click();
      await page.getByTestId('verify-error').getByText(NOT_MATCHED).waitFor();
      await fitsWidth(page, 390);
      await shot(page, 'verify/unknown-390');
    });
  });

  it('graduate: authorises verification for 30 days; the number and its QR code are shown', async () => {
    await journey(browser, 'verify/graduate-authorise', DESKTOP, async (page) => {
      await login(page, GRADUATE_USER);
      await openMenu(page, '核验授权');
      await page.waitForURL('**/my-verification');
      const number = page.getByTestId('verification-number');
      verificationNo = (await number.getByTestId('my-verification-no').textContent())!.replace(/\s/g, '');
      expect(verificationNo).toMatch(/^[0-9A-HJKMNP-TV-Z]{16}$/);
      await number.getByTestId('verification-qr').locator('canvas').waitFor();
      await number.getByText('当前没有有效的授权，查询单位无法看到你的毕业去向').waitFor();
      await page.getByTestId('grant').click();
      const dialog = page.getByRole('dialog', { name: '授权第三方核验' });
      await dialog.getByLabel('授权天数').fill('30');
      await dialog.getByLabel('备注（可选）').fill('供入职审核');
      await dialog.getByRole('button', { name: /^授\s*权$/ }).click();
      await page.getByText('已授权核验 30 天').waitFor();
      await page.getByTestId('authorisation').getByText('备注：供入职审核').waitFor();
      await number.getByText(/^已授权核验，有效至 /).waitFor();
      await settle(page);
      await animationsDone(page);
      await shot(page, 'verify/graduate-authorised-desktop');
    });
  });

  it('verifier: sees the approved destination with the name masked', async () => {
    await journey(browser, 'verify/verified', DESKTOP, async (page) => {
      await page.goto(`/verify?no=${verificationNo}`);
      await page.getByLabel('毕业生姓名', { exact: true }).fill(graduateName);
      await page.getByLabel(/^查询单位/).fill(VERIFIER);
      await page.getByTestId('verify-submit').click();
      const result = page.getByTestId('verify-result');
      await result.getByText('已审核', { exact: true }).waitFor();
      await result.getByText(`${graduateName[0]}${'*'.repeat(graduateName.length - 1)}`).waitFor();
      expect(await result.textContent()).not.toContain(graduateName);
      await shot(page, 'verify/verified-desktop');
    });
  });

  it('graduate: sees the lookup, disputes it, then revokes after confirming; a lookup is refused', async () => {
    await journey(browser, 'verify/graduate-dispute', DESKTOP, async (page) => {
      await login(page, GRADUATE_USER);
      await page.goto('/my-verification');
      const lookup = page.getByTestId('lookup').filter({ hasText: VERIFIER });
      await lookup.getByText('核验成功').waitFor();
      await lookup.getByTestId('dispute-lookup').click();
      const dialog = page.getByRole('dialog', { name: '对这次查询提出存疑' });
      await dialog.getByLabel('存疑原因').fill('我没有向这家单位提供过核验码。');
      await dialog.getByRole('button', { name: /^提\s*交$/ }).click();
      await page.getByText('已提交存疑，学校处理后你会在这里看到结果').waitFor();
      await page.getByTestId('my-dispute').getByText('待处理').waitFor();
      await lookup.getByText('存疑处理中').waitFor();

      await page.getByTestId('revoke').click();
      const confirm = page.getByRole('dialog', { name: '撤销这项授权？' });
      await confirm.getByText(/查询单位将无法再核验你的毕业去向/).waitFor();
      await animationsDone(page);
      await shot(page, 'verify/graduate-revoke-confirm');
      await confirm.getByRole('button', { name: '撤销授权' }).click();
      await page.getByText('已撤销授权').waitFor();
      await page.getByTestId('authorisation').getByText('已撤销').waitFor();
      await settle(page);
      await shot(page, 'verify/graduate-revoked-desktop');
    });
    // Revoked: the right number and name are now refused as not authorised (403), in the server's words.
    await journey(browser, 'verify/not-authorised', DESKTOP, async (page) => {
      await page.goto(`/verify?no=${verificationNo}`);
      await page.getByLabel('毕业生姓名', { exact: true }).fill(graduateName);
      await page.getByTestId('verify-submit').click();
      const refusal = page.getByTestId('verify-error');
      await refusal.getByText('毕业生未授权核验').waitFor();
      await refusal.getByText(/该毕业生尚未授权核验，或授权已过期、已撤销/).waitFor();
    });
  });

  it('career centre: decides the dispute 不成立 with a note; the graduate reads it', async () => {
    await journey(browser, 'verify/career-dispute', DESKTOP, async (page) => {
      await login(page, 'career');
      await openMenu(page, '存疑处理');
      await page.waitForURL('**/disputes');
      const row = page
        .getByTestId('dispute-table')
        .locator('.ant-table-row')
        .filter({ hasText: graduateName });
      await row.getByText('我没有向这家单位提供过核验码。').waitFor();
      await settle(page);
      await shot(page, 'verify/disputes-desktop');
      await row.getByTestId('decide').click();
      const dialog = page.getByRole('dialog', { name: `处理存疑 · ${graduateName}` });
      // The note is required.
      await dialog.getByLabel('不成立').check();
      await dialog.getByRole('button', { name: '确认处理' }).click();
      await dialog.getByText('请写明处理结果').waitFor();
      await dialog.getByLabel('处理结果').fill('经核实，该单位持有毕业生本人提供的核验码，查询合规。');
      await animationsDone(page);
      await shot(page, 'verify/dispute-decide');
      await dialog.getByRole('button', { name: '确认处理' }).click();
      await page.getByText('已处理，毕业生可以看到处理结果').waitFor();
      // Decided: it leaves the open queue and shows under 不成立.
      await page.getByTestId('dispute-status').getByText('不成立').click();
      await page
        .getByTestId('dispute-table')
        .getByText('经核实，该单位持有毕业生本人提供的核验码，查询合规。')
        .waitFor();
    });
    await journey(browser, 'verify/career-390', PHONE, async (page) => {
      await login(page, 'career');
      await page.goto('/disputes?status=all');
      await page.getByTestId('dispute-cards').getByText(graduateName).first().waitFor();
      await fitsWidth(page, 390);
      await shot(page, 'verify/disputes-390');
    });
    await journey(browser, 'verify/graduate-390', PHONE, async (page) => {
      await login(page, GRADUATE_USER);
      await page.goto('/my-verification');
      const dispute = page.getByTestId('my-dispute');
      await dispute.getByText('不成立').waitFor();
      await dispute
        .getByTestId('decision-note')
        .getByText(/查询合规/)
        .waitFor();
      await fitsWidth(page, 390);
      await shot(page, 'verify/graduate-390');
    });
  });
});
