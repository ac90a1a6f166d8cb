import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { ADMIN_DIST, launchPanelBrowser, requirePrerequisites, shot as screenshot, signIn, signOut, skipPanel } from './chromium.js';

// The home page by role, in the built panel against the demo data, with the browser's clock on
// the server's "today" (26/11/2026, Vietnam): what each person has to do this morning.

const TODAY = '2026-11-26';
/** The demo task reported done the day before, waiting for the head of xã Na Rì. */
const REPORTED_TITLE = 'Tập huấn sử dụng dịch vụ công trực tuyến cho trưởng thôn và tổ công nghệ số cộng đồng';

describe.skipIf(skipPanel)('home pages in Chromium', () => {
  let server: TestServer;
  let closeBrowser: (() => Promise<void>) | undefined;
  let page: Page;
  let pageErrors: string[] = [];
  const shot = (name: string) => screenshot(page, name);
  const section = (name: string | RegExp) => page.getByRole('region', { name });

  beforeAll(async () => {
    requirePrerequisites();
    server = await startTestServer({ seed: true, adminDir: ADMIN_DIST, today: TODAY });
    ({ page, pageErrors, close: closeBrowser } = await launchPanelBrowser());
    // 09:00 in Vietnam on the server's day.
    await page.clock.setFixedTime(new Date(`${TODAY}T02:00:00Z`));
  });

  afterAll(async () => {
    await closeBrowser?.();
    await server?.stop();
  });

  it('shows an official their tasks by urgency and their evaluation step', async () => {
    await signIn(page, server.url, 'canbo');
    await page.getByRole('heading', { name: 'Việc của tôi hôm nay' }).waitFor();
    const overdue = section(/^Nhiệm vụ của tôi đã quá hạn/);
    await overdue.waitFor();
    await section(/^Nhiệm vụ của tôi đến hạn trong 7 ngày tới/).waitFor();
    await section('Đánh giá, xếp loại của tôi').getByText(/^Năm 2026: /).waitFor();
    await shot('home-01-official');
    expect(pageErrors).toEqual([]);
    await signOut(page);
  });

  it('lets a head accept a reported task from the home page', async () => {
    await signIn(page, server.url, 'truongxa');
    const toAccept = section(/^Báo cáo hoàn thành chờ nghiệm thu/);
    const row = toAccept.getByRole('row').filter({ hasText: REPORTED_TITLE });
    await row.waitFor();
    await shot('home-02-head');
    await row.getByRole('button', { name: 'Nghiệm thu' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Nghiệm thu' }).click();
    await page.getByText('Đã nghiệm thu', { exact: false }).first().waitFor();
    await expect.poll(() => toAccept.getByRole('row').filter({ hasText: REPORTED_TITLE }).count()).toBe(0);
    await shot('home-03-head-accepted');
    expect(pageErrors).toEqual([]);
    await signOut(page);
  });

  it('shows HR the progress of the open cycle and the proposals to review', async () => {
    await signIn(page, server.url, 'noivu');
    await page.getByRole('heading', { name: /^Kỳ đánh giá năm 2026: đã quyết định \d+\/\d+ phiếu$/ }).waitFor();
    await section('Đề xuất chờ thẩm định').getByRole('heading', { name: /^Đề xuất chờ thẩm định \(\d+\)$/ }).waitFor();
    await shot('home-04-hr');
    expect(pageErrors).toEqual([]);
  });
});
