import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { ADMIN_DIST, launchPanelBrowser, requirePrerequisites, shot as screenshot, signIn, signOut, skipPanel } from './chromium.js';

// The home page by role, in the built panel against the demo data, with the browser's clock on
// the server's "today" (26/11/2026, Vietnam): what each person has to do this morning.

const TODAY = '2026-11-26';
const EXPORT_LABEL = 'Xuất';
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
    // The bell: unread alerts computed by the server, opened one by one.
    const bell = page.getByRole('button', { name: /^Cảnh báo: \d+ chưa đọc$/ });
    const unread = async () => Number(/(\d+)/.exec((await bell.getAttribute('aria-label')) ?? '')![1]);
    await expect.poll(unread).toBeGreaterThan(0);
    const before = await unread();
    await bell.click();
    const alerts = page.getByRole('dialog', { name: 'Cảnh báo' });
    const overdueAlert = alerts.getByRole('button').filter({ hasText: 'Hỗ trợ người dân nộp hồ sơ trực tuyến' }).first();
    await overdueAlert.waitFor();
    await shot('home-02-official-alerts');
    await overdueAlert.click();
    await page.getByRole('region', { name: 'Lịch sử thay đổi' }).waitFor();
    await expect.poll(unread).toBe(before - 1);
    // "Đánh giá của tôi": a heading per year, the latest first.
    await page.getByRole('navigation', { name: 'Menu chính' }).getByRole('menuitem', { name: 'Đánh giá của tôi' }).click();
    await page.getByRole('heading', { name: 'Năm 2023', level: 2 }).waitFor();
    expect(await page.getByRole('heading', { level: 2 }).filter({ hasText: /^Năm \d{4}$/ }).allTextContents()).toEqual(['Năm 2026', 'Năm 2023']);
    expect(pageErrors).toEqual([]);
    await signOut(page);
  });

  it('lets a head accept a reported task from the home page', async () => {
    await signIn(page, server.url, 'truongxa');
    const toAccept = section(/^Báo cáo hoàn thành chờ nghiệm thu/);
    const row = toAccept.getByRole('row').filter({ hasText: REPORTED_TITLE });
    await row.waitFor();
    await shot('home-03-head');
    await row.getByRole('button', { name: 'Nghiệm thu' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Nghiệm thu' }).click();
    await page.getByText('Đã nghiệm thu', { exact: false }).first().waitFor();
    await expect.poll(() => toAccept.getByRole('row').filter({ hasText: REPORTED_TITLE }).count()).toBe(0);
    await shot('home-04-head-accepted');
    expect(pageErrors).toEqual([]);
    await signOut(page);
  });

  it('shows HR the progress of the open cycle and the proposals to review', async () => {
    await signIn(page, server.url, 'noivu');
    await page.getByRole('heading', { name: /^Kỳ đánh giá năm 2026: đã quyết định \d+\/\d+ phiếu$/ }).waitFor();
    await section('Đề xuất chờ thẩm định').getByRole('heading', { name: /^Đề xuất chờ thẩm định \(\d+\)$/ }).waitFor();
    await shot('home-05-hr');
    // The task list exported as an office opens it in Excel.
    await page.getByRole('navigation', { name: 'Menu chính' }).getByRole('menuitem', { name: 'Nhiệm vụ', exact: true }).click();
    await page.getByPlaceholder('Tìm kiếm').waitFor();
    await page.getByRole('columnheader', { name: 'Tên nhiệm vụ' }).waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: EXPORT_LABEL }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('Nhiệm vụ 26-11-2026.csv');
    const csv = fs.readFileSync((await file.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Tên nhiệm vụ;Đơn vị chủ trì;Người chịu trách nhiệm;Ngày bắt đầu;Thời hạn;Trạng thái;Tình trạng thời hạn;Tiến độ (%);Ngày hoàn thành');
    const land = lines.find((l) => l.startsWith('Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính lĩnh vực đất đai;'));
    expect(land).toMatch(/;Xã Na Rì;Phạm Thị S;\d{2}\/\d{2}\/\d{4};16\/11\/2026;[^;]+;Quá hạn;\d+;$/);
    // one line per task, every task of the list (the header aside)
    expect(lines.length - 1).toBe(await page.getByRole('row').count() - 1);
    await shot('home-06-hr-task-list');
    expect(pageErrors).toEqual([]);
    await signOut(page);
  });

  it('lets a leader go from the chart of completion by unit to a unit’s tasks and a task’s history', async () => {
    await signIn(page, server.url, 'lanhdaotinh');
    const chart = section(/^Tỷ lệ hoàn thành nhiệm vụ theo đơn vị/);
    await chart.locator('.recharts-bar-rectangle').first().waitFor();
    await section(/^Nhiệm vụ đến hạn và quá hạn theo tháng/).locator('.recharts-line').first().waitFor();
    const ranking = section('Xếp hạng đơn vị theo tỷ lệ hoàn thành');
    await ranking.getByRole('row').filter({ hasText: 'Xã Na Rì' }).first().waitFor();
    await shot('home-07-leader');
    // The bar of xã Na Rì opens the commune's tasks.
    const label = await chart.locator('svg text').filter({ hasText: /^Xã Na Rì$/ }).boundingBox();
    expect(label).not.toBeNull();
    // Its bar starts at the axis, level with its name.
    await page.mouse.click(label!.x + label!.width + 30, label!.y + label!.height / 2);
    await page.getByPlaceholder('Tìm kiếm').waitFor();
    await page.getByRole('columnheader', { name: 'Tên nhiệm vụ' }).waitFor();
    await page.getByRole('cell', { name: 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính lĩnh vực đất đai' }).waitFor();
    // xã Na Rì's tasks only
    await expect.poll(() => page.getByRole('cell', { name: 'Chuẩn hóa dữ liệu hộ tịch điện tử của xã Văn Lang' }).count()).toBe(0);
    await page.getByRole('cell', { name: 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính lĩnh vực đất đai' }).click();
    await page.getByRole('region', { name: 'Lịch sử thay đổi' }).getByRole('cell', { name: 'Giao nhiệm vụ' }).waitFor();
    await shot('home-08-leader-task-history');
    expect(pageErrors).toEqual([]);
  });

  it('shows a leader the KPI groups below target in the last quarter, each unit opening its accountability view on the group', async () => {
    await page.goto(server.url);
    const groups = section(/^Chỉ số dưới chỉ tiêu theo nhóm, quý 3\/2026/);
    // Third quarter of 2026 in the demo: xã Na Rì's CLGQ.3 (34 %), TTTT.A (27 %) and MDSH.2 (44 %)
    // against its tasks' 100, 60 and 80 %; xã Văn Lang's TDGQ.1 (87,5 %) against 100 %.
    const row = (code: string) => groups.getByRole('row').filter({ has: page.getByRole('cell', { name: new RegExp(`^${code} — `) }) });
    await row('TTTT').waitFor();
    expect(await groups.getByRole('row').evaluateAll((rows) => rows.slice(1).map((r) => [...r.querySelectorAll('td')].map((td, i) => (i === 0 ? td.textContent!.split(' — ')[0] : td.textContent))))).toEqual([
      ['TDGQ', '1', 'Xã Văn Lang: 1 chỉ số'],
      ['CLGQ', '1', 'Xã Na Rì: 1 chỉ số'],
      ['TTTT', '1', 'Xã Na Rì: 1 chỉ số'],
      ['MDSH', '1', 'Xã Na Rì: 1 chỉ số'],
    ]);
    await shot('home-09-leader-kpi-groups');
    await row('TTTT').getByRole('link', { name: 'Xã Na Rì: 1 chỉ số' }).click();
    // The accountability view of xã Na Rì for the quarter, narrowed to the group.
    await page.getByText(/^Chỉ hiện nhóm TTTT — /).waitFor();
    await page.getByText(/^Xã Na Rì — Tổng điểm 63,1 — quý 3\/2026/).waitFor();
    const indicators = page.getByRole('region', { name: 'Giá trị chỉ số' });
    await indicators.getByRole('row', { name: /^TTTT\.A — / }).waitFor();
    expect(await indicators.getByRole('row', { name: /^[A-Z]+\.[A-Z0-9]+ — / }).evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label')!.split(' — ')[0]))).toEqual(['TTTT.A', 'TTTT.B', 'TTTT.C']);
    const below = page.getByRole('region', { name: 'Chỉ số dưới chỉ tiêu' });
    expect((await below.getByRole('row').allInnerTexts()).slice(1).map((t) => t.split(' — ')[0])).toEqual(['TTTT.A']);
    await shot('home-10-leader-kpi-group-accountability');
    // Back to every group.
    await page.getByRole('button', { name: 'Xem tất cả các nhóm' }).click();
    await indicators.getByRole('row', { name: /^CLGQ\.3 — / }).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('shows a unit’s page with its tasks by state, its officials and the units under it, each opening what is behind it', async () => {
    await page.goto(server.url);
    await section('Xếp hạng đơn vị theo tỷ lệ hoàn thành').getByRole('link', { name: 'Xã Na Rì', exact: true }).click();
    // xã Na Rì leads seven demo tasks: the one accepted by its head above is done, the land
    // records (16/11) and the online filing support (23/11) are overdue.
    const tasks = section('Nhiệm vụ của đơn vị và các đơn vị trực thuộc');
    await tasks.getByRole('link', { name: 'Chưa hoàn thành: 6' }).waitFor();
    await tasks.getByRole('link', { name: 'Quá hạn: 2' }).waitFor();
    await tasks.getByRole('link', { name: 'Đã hoàn thành: 1' }).waitFor();
    // the open ones, nearest deadline first (the monthly report has none)
    await expect.poll(async () => (await tasks.getByRole('row').allInnerTexts()).length).toBe(7);
    const titles = (await tasks.locator('tbody tr td:first-child').allInnerTexts()).map((t) => t.trim());
    expect(titles.filter((t) => !t.startsWith('Báo cáo hằng tháng'))).toEqual([
      'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính lĩnh vực đất đai',
      'Hỗ trợ người dân nộp hồ sơ trực tuyến toàn trình tại Trung tâm Phục vụ hành chính công xã',
      'Rà soát, giải quyết hồ sơ hộ tịch, chứng thực còn tồn đọng',
      'Niêm yết hướng dẫn nộp hồ sơ trực tuyến và mã QR thanh toán tại các nhà văn hóa thôn',
      'Bổ sung máy quét tài liệu và thiết bị ký số cho Trung tâm Phục vụ hành chính công xã',
    ]);
    const officials = section('Cán bộ, công chức đang công tác tại đơn vị');
    await expect.poll(() => officials.locator('tbody tr').count()).toBe(7);
    await section(/^Đơn vị trực thuộc$/).getByText('Không có đơn vị trực thuộc.').waitFor();
    await shot('home-11-unit-page');
    // The overdue count opens those two tasks.
    await tasks.getByRole('link', { name: 'Quá hạn: 2' }).click();
    await page.getByRole('columnheader', { name: 'Tên nhiệm vụ' }).waitFor();
    await page.getByRole('cell', { name: 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính lĩnh vực đất đai' }).waitFor();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(2);
    await page.goBack();
    // An official opens their page; the parent unit lists xã Na Rì among the units under it.
    await officials.getByRole('row').filter({ hasText: 'Vi Văn Q' }).click();
    await page.waitForURL(/#\/Official\/\d+\/show/);
    await page.getByText('Chủ tịch UBND xã Na Rì', { exact: true }).first().waitFor();
    await page.goBack();
    await page.getByRole('link', { name: 'Tỉnh Thái Nguyên' }).first().click();
    await section(/^Đơn vị trực thuộc$/).getByRole('row').filter({ hasText: 'Xã Na Rì' }).click();
    await tasks.getByRole('link', { name: 'Quá hạn: 2' }).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
