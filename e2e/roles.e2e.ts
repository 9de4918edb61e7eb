import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_LABELS, type Role } from '@jiuye/domain/roles';
import { DESKTOP, journey, launchChromium, login, screenshot, settle } from './support/browser';

interface Journey {
  username: string;
  role: Role;
  /** Text only this kind of home page shows. */
  home: RegExp;
  menu: string[];
  /** Pages the role must not even be offered. */
  hidden: string[];
}

const STAFF_HOME = /名册毕业生总数/;
const ORG_HOME = /欢迎，/;

// The demo accounts `npm start` prints; each must reach its own home with only its own pages in the menu.
const JOURNEYS: Journey[] = [
  {
    username: 'admin',
    role: 'admin',
    home: STAFF_HOME,
    menu: ['毕业生名册', '用户管理', '审计日志', '岗位审核', '单位认证'],
    hidden: ['个人信息', '岗位管理', '单位信息'],
  },
  {
    username: 'edu.national',
    role: 'edu_official',
    home: STAFF_HOME,
    menu: ['毕业生名册', '岗位审核', '单位认证'],
    hidden: ['用户管理', '导入记录', '岗位管理', '单位信息'],
  },
  {
    username: 'edu.hubei',
    role: 'edu_official',
    home: STAFF_HOME,
    menu: ['毕业生名册', '岗位审核', '单位认证'],
    hidden: ['用户管理', '导入记录', '岗位管理', '单位信息'],
  },
  {
    username: 'hrss.hubei',
    role: 'hrss_official',
    home: ORG_HOME,
    menu: [],
    hidden: ['毕业生名册', '用户管理', '岗位管理', '岗位审核', '单位认证'],
  },
  {
    username: 'career',
    role: 'career_centre',
    home: STAFF_HOME,
    menu: ['毕业生名册', '导入记录'],
    hidden: ['用户管理', '岗位管理', '岗位审核'],
  },
  {
    username: 'counsellor',
    role: 'counsellor',
    home: STAFF_HOME,
    menu: ['毕业生名册'],
    hidden: ['导入记录', '用户管理', '岗位管理', '岗位审核', '求职意向'],
  },
  {
    username: 'employer',
    role: 'employer',
    home: ORG_HOME,
    menu: ['岗位管理', '单位信息'],
    hidden: ['毕业生名册', '用户管理', '岗位审核', '单位认证', '求职意向'],
  },
  {
    username: 'agency',
    role: 'agency',
    home: ORG_HOME,
    menu: ['岗位管理', '单位信息'],
    hidden: ['毕业生名册', '用户管理', '岗位审核', '单位认证'],
  },
  {
    username: 'graduate',
    role: 'graduate',
    home: /您好，/,
    menu: ['个人信息', '求职意向', '岗位'],
    hidden: ['毕业生名册', '用户管理', '岗位管理', '岗位审核', '单位信息', '单位认证'],
  },
];

describe('each demo role signs in and reaches its home', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(JOURNEYS)('$username ($role)', async (j) => {
    await journey(browser, `roles/${j.username}-home`, DESKTOP, async (page) => {
      await login(page, j.username);
      expect(new URL(page.url()).pathname).toBe('/');

      const userMenu = page.getByTestId('user-menu');
      await expect.poll(() => userMenu.textContent()).toContain(ROLE_LABELS[j.role].zh);
      await page.getByText(j.home).first().waitFor();

      const nav = page.getByRole('navigation', { name: '主菜单' });
      await nav.getByRole('menuitem', { name: '首页' }).waitFor();
      for (const label of j.menu) await nav.getByRole('menuitem', { name: label }).waitFor();
      for (const label of j.hidden) {
        expect(await nav.getByRole('menuitem', { name: label }).count(), `${label} in the menu`).toBe(0);
      }

      await settle(page);
      await screenshot(page, `roles/${j.username}-home`);
    });
  });
});
