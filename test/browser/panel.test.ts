import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { ADMIN_DIST, launchPanelBrowser, requirePrerequisites, shot as screenshot, signIn, skipPanel } from './chromium.js';

// The built panel in Debian's Chromium against a real server with the demo data (today pinned
// to 26/11/2026): the path the head of xã Na Rì takes from signing in to accepting a task of
// their commune reported done.

/** The demo task reported done the day before "today", waiting for acceptance; xã Na Rì leads it. */
const REPORTED_TITLE = 'Tập huấn sử dụng dịch vụ công trực tuyến cho trưởng thôn và tổ công nghệ số cộng đồng';

describe.skipIf(skipPanel)('admin panel in Chromium', () => {
  let server: TestServer;
  let closeBrowser: (() => Promise<void>) | undefined;
  let page: Page;
  let pageErrors: string[] = [];

  const shot = (name: string) => screenshot(page, name);
  const section = (name: string): Locator => page.getByRole('region', { name });
  const historyRows = () => section('Lịch sử thay đổi').getByRole('row');

  beforeAll(async () => {
    requirePrerequisites();
    server = await startTestServer({ seed: true, adminDir: ADMIN_DIST });
    ({ page, pageErrors, close: closeBrowser } = await launchPanelBrowser());
  });

  afterAll(async () => {
    await closeBrowser?.();
    await server?.stop();
  });

  it('asks for a login, then opens in Vietnamese on the overview of the head’s commune, with both completion rates', async () => {
    await signIn(page, server.url, 'truongxa');
    // The head's own scope by default: the summary of xã Na Rì.
    await expect.poll(() => page.getByRole('combobox', { name: 'Đơn vị' }).inputValue()).toBe('Xã Na Rì');
    await page.getByRole('button', { name: 'Tài khoản của tôi' }).getByText('Vi Văn Q').waitFor();
    await page.getByRole('heading', { name: 'Tình hình thực hiện nhiệm vụ' }).waitFor();
    await page.getByText('Tỷ lệ hoàn thành / tổng số', { exact: true }).waitFor();
    await page.getByText('Tỷ lệ hoàn thành / số đến hạn (cách tính của Văn phòng Chính phủ)', { exact: true }).waitFor();
    // Percentages with a decimal comma.
    await expect.poll(() => page.getByRole('group', { name: 'Tỷ lệ hoàn thành / tổng số' }).innerText()).toMatch(/\d+,\d%|—/);
    await page.getByRole('heading', { name: /^Nhiệm vụ quá hạn/ }).waitFor();
    await page.getByText(/^quá \d+ ngày$/).first().waitFor();
    await expect(page.getByRole('menuitem', { name: 'Nhiệm vụ', exact: true }).isVisible()).resolves.toBe(true);
    await shot('01-dashboard');
  });

  it('lists the seeded tasks of the commune with dd/MM/yyyy deadlines and timeliness', async () => {
    await page.getByRole('menuitem', { name: 'Nhiệm vụ', exact: true }).click();
    // the home page's short lists have the same headers: wait for the list itself
    await page.getByPlaceholder('Tìm kiếm').waitFor();
    await page.getByRole('columnheader', { name: 'Tên nhiệm vụ' }).waitFor();
    await page.getByRole('cell', { name: 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính lĩnh vực đất đai' }).waitFor();
    const rows = page.getByRole('row');
    // The commune's seven tasks and the province's task it coordinates; nothing of Bắc Kạn or xã Văn Lang.
    await expect.poll(() => rows.count()).toBe(9);
    await expect(page.getByRole('cell', { name: 'Chuẩn hóa dữ liệu hộ tịch điện tử của xã Văn Lang' }).count()).resolves.toBe(0);
    await page.getByRole('cell', { name: '16/11/2026' }).first().waitFor();
    await page.getByText(/^quá \d+ ngày$/).first().waitFor();
    await shot('02-task-list');
  });

  it('finds a task by a title word typed without diacritics', async () => {
    await page.getByPlaceholder('Tìm kiếm').fill('tap huan');
    await page.getByRole('cell', { name: REPORTED_TITLE }).waitFor();
    await expect.poll(() => page.getByRole('row').count()).toBe(2); // header and the one hit
    await shot('03-search');
    await page.getByPlaceholder('Tìm kiếm').fill('');
    await expect.poll(() => page.getByRole('row').count()).toBe(9);
  });

  it('filters the list down to the tasks reported done', async () => {
    await page.getByRole('button', { name: 'Thêm bộ lọc' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Trạng thái' }).click();
    await page.getByRole('combobox', { name: 'Trạng thái' }).click();
    await page.getByRole('option', { name: 'Đã báo cáo hoàn thành' }).click();
    await page.getByRole('cell', { name: REPORTED_TITLE }).waitFor();
    // Every row left is awaiting acceptance (the header row aside).
    const rows = page.getByRole('row');
    await expect.poll(() => rows.count()).toBeLessThan(5);
    await expect.poll(() => rows.filter({ hasText: 'Đã báo cáo hoàn thành' }).count()).toBe((await rows.count()) - 1);
    await shot('04-filter-reported');
  });

  it('shows a task with its progress reports and its history', async () => {
    await page.getByRole('cell', { name: REPORTED_TITLE }).click();
    await section('Lịch sử thay đổi').waitFor();
    await section('Tiến độ và kết quả').getByText('Đã báo cáo hoàn thành', { exact: true }).waitFor();
    await section('Báo cáo tiến độ').getByRole('link', { name: /tap-huan-dich-vu-cong-truc-tuyen\.pdf$/ }).waitFor();
    await section('Lịch sử thay đổi').getByRole('cell', { name: 'Giao nhiệm vụ' }).waitFor();
    await expect.poll(() => section('Lịch sử thay đổi').getByRole('cell', { name: 'Báo cáo tiến độ' }).count()).toBeGreaterThan(0);
    // Times are Vietnam's whatever the browser's zone (New York here): the report was at 09:00.
    await expect.poll(() => section('Lịch sử thay đổi').getByRole('cell', { name: /^\d{2}\/\d{2}\/\d{4} 09:00$/ }).count()).toBeGreaterThan(0);
    await shot('05-task-show');
  });

  /** The task page's toolbar buttons, in order (the server's allowedActions decide which). */
  const toolbar = async () => {
    const names = ['Báo cáo tiến độ', 'Nghiệm thu', 'Trả lại', 'Sửa'];
    const shown = await Promise.all(names.map((name) => page.getByRole('button', { name, exact: true }).or(page.getByRole('link', { name, exact: true })).count()));
    return names.filter((_, i) => shown[i] > 0);
  };

  it('accepts the reported task: it becomes done and the acceptance enters the history', async () => {
    // reported done: the head accepts, returns or edits; a new progress report waits for the answer
    await expect.poll(toolbar).toEqual(['Nghiệm thu', 'Trả lại', 'Sửa']);
    const before = await historyRows().count();
    await page.getByRole('button', { name: 'Nghiệm thu' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nghiệm thu nhiệm vụ' });
    await dialog.getByRole('textbox', { name: 'Ý kiến nghiệm thu' }).fill('Đạt yêu cầu, đủ minh chứng.');
    await shot('06-accept-dialog');
    await dialog.getByRole('button', { name: 'Nghiệm thu' }).click();
    await page.getByText('Đã nghiệm thu nhiệm vụ').waitFor();
    await section('Tiến độ và kết quả').getByText('Hoàn thành', { exact: true }).waitFor();
    await expect.poll(() => historyRows().count()).toBeGreaterThan(before);
    const acceptance = section('Lịch sử thay đổi').getByRole('row').filter({ hasText: 'Nghiệm thu' });
    await expect.poll(() => acceptance.count()).toBeGreaterThan(0);
    await expect(acceptance.first().innerText()).resolves.toContain('Đạt yêu cầu, đủ minh chứng.');
    // The history names the signed-in head's official, not anyone the panel says.
    await expect(acceptance.first().innerText()).resolves.toContain('Vi Văn Q');
    // done: only corrections remain (no acceptance, no report, no return)
    await expect.poll(toolbar).toEqual(['Sửa']);
    await shot('07-accepted');

    const { data } = await server.gql<{ allTasks: Array<{ state: string; timeliness: string }> }>(
      `query { allTasks(filter: { q: "tap huan su dung" }) { state timeliness } }`,
    );
    expect(data?.allTasks).toEqual([{ state: 'DONE', timeliness: 'DONE_ON_TIME' }]);
  });

  it('refuses a progress percentage that is not a whole number from 0 to 100 with a Vietnamese sentence, sending nothing', async () => {
    const back = page.url(); // the accepted task, where the next test switches language
    const tasks = await server.gql<{ allTasks: Array<{ id: string; title: string }> }>(`query { allTasks(filter: { q: "dat dai" }) { id title } }`);
    const land = tasks.data!.allTasks.find((t) => t.title === 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính lĩnh vực đất đai')!;
    await page.goto(`${server.url}/#/Task/${land.id}/show`);
    await page.getByText(land.title, { exact: true }).first().waitFor();
    await section('Lịch sử thay đổi').getByRole('cell', { name: 'Giao nhiệm vụ', exact: true }).waitFor();
    const reportsInHistory = () => section('Lịch sử thay đổi').getByRole('cell', { name: 'Báo cáo tiến độ', exact: true }).count();
    // the demo's one report on it: its percentage and its state, two lines
    await expect.poll(reportsInHistory).toBe(2);
    await page.getByRole('button', { name: 'Báo cáo tiến độ' }).click();
    const dialog = page.getByRole('dialog', { name: 'Báo cáo tiến độ nhiệm vụ' });
    const percent = dialog.getByRole('textbox', { name: 'Tiến độ (%)' });
    const refused: Array<[string, string]> = [
      ['1,5', 'Nhập một số nguyên, không có phần thập phân (ví dụ: 5).'],
      ['abc', 'Chỉ nhập chữ số (ví dụ: 5).'],
      ['-5', 'Nhập một số từ 0 đến 100.'],
      ['150', 'Nhập một số từ 0 đến 100.'],
    ];
    for (const [typed, message] of refused) {
      await percent.fill(typed);
      await dialog.getByRole('button', { name: 'Gửi báo cáo' }).click();
      await dialog.getByText(message, { exact: true }).waitFor();
      // the text stays as typed, to be corrected
      await expect(percent.inputValue()).resolves.toBe(typed);
    }
    await shot('09-percent-refused');
    await percent.fill('55');
    await dialog.getByRole('textbox', { name: 'Nội dung báo cáo' }).fill('Đã số hóa thêm 30 hồ sơ.');
    await dialog.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await page.getByText('Đã ghi báo cáo tiến độ').waitFor();
    // one report only, changing the percentage alone: the refused values never reached the server
    await expect.poll(reportsInHistory).toBe(3);
    const { data } = await server.gql<{ allTasks: Array<{ title: string; percentDone: number }> }>(`query { allTasks(filter: { q: "dat dai" }) { title percentDone } }`);
    expect(data?.allTasks.find((t) => t.title === 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính lĩnh vực đất đai')?.percentDone).toBe(55);
    await page.goto(back);
    await page.getByText(REPORTED_TITLE, { exact: true }).first().waitFor();
  });

  it('switches to English', async () => {
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await section('History').waitFor();
    await section('Progress and result').getByText('Done', { exact: true }).waitFor();
    await page.getByRole('menuitem', { name: 'Tasks' }).waitFor();
    await section('History').getByRole('columnheader', { name: 'Who' }).waitFor();
    await shot('08-english');
    expect(pageErrors).toEqual([]);
  });
});
