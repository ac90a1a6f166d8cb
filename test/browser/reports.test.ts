import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { ADMIN_DIST, launchPanelBrowser, mainMenu, requirePrerequisites, shot as screenshot, signIn, skipPanel } from './chromium.js';

// The leader's reporting pages in the built panel against the demo data (26/11/2026, Vietnam):
// accountability by official, the task report downloaded, a conclusion pasted and split.

const TODAY = '2026-11-26';
/** The first two directives of the demo's 2023 conclusion, pasted as two sentences. */
const FIRST = 'Trưởng các cơ quan chuyên môn huyện và Chủ tịch UBND các xã, thị trấn trực tiếp chỉ đạo, chịu trách nhiệm về cải cách hành chính và chuyển đổi số tại cơ quan, đơn vị mình.';
/** A demo task reported done, with a progress report. */
const REPORTED_TITLE = 'Tập huấn sử dụng dịch vụ công trực tuyến cho trưởng thôn và tổ công nghệ số cộng đồng';
const SECOND = 'Mỗi cơ quan, đơn vị phân công cán bộ, công chức có năng lực, có kinh nghiệm và ổn định lâu dài phụ trách nhiệm vụ này.';

describe.skipIf(skipPanel)('reports in Chromium', () => {
  let server: TestServer;
  let closeBrowser: (() => Promise<void>) | undefined;
  let page: Page;
  let pageErrors: string[] = [];
  const shot = (name: string) => screenshot(page, name);

  beforeAll(async () => {
    requirePrerequisites();
    server = await startTestServer({ seed: true, adminDir: ADMIN_DIST, today: TODAY });
    ({ page, pageErrors, close: closeBrowser } = await launchPanelBrowser());
    await page.clock.setFixedTime(new Date(`${TODAY}T02:00:00Z`));
    await signIn(page, server.url, 'lanhdaotinh');
  });

  afterAll(async () => {
    await closeBrowser?.();
    await server?.stop();
  });

  it('ranks the officials of the province by what they answer for, each figure opening the tasks behind it', async () => {
    await mainMenu(page).getByRole('menuitem', { name: 'Trách nhiệm theo cán bộ' }).click();
    const table = page.getByRole('table', { name: 'Trách nhiệm theo cán bộ' });
    const row = table.getByRole('row').filter({ hasText: 'Phạm Thị S' });
    await row.waitFor();
    await expect.poll(() => table.getByRole('columnheader').allTextContents()).toEqual([
      'Cán bộ', 'Đơn vị', 'Tổng số', 'Hoàn thành đúng hạn', 'Hoàn thành quá hạn', 'Đang thực hiện trong hạn', 'Đang thực hiện quá hạn', 'Bị trả lại',
      'Tỷ lệ hoàn thành / tổng số', 'Tỷ lệ hoàn thành / đến hạn',
    ]);
    // rates with a decimal comma
    expect(await row.textContent()).toMatch(/\d+,\d\s?%/);
    await shot('reports-01-accountability');
    // her overdue figure opens her overdue tasks: the land records task is one of them
    await row.getByRole('link', { name: /^Phạm Thị S: Đang thực hiện quá hạn \d+$/ }).click();
    await page.getByRole('cell', { name: 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính lĩnh vực đất đai' }).waitFor();
    expect(decodeURIComponent(page.url())).toContain('"timeliness":"OPEN_OVERDUE"');
    await shot('reports-02-official-overdue-tasks');
    expect(pageErrors).toEqual([]);
  });

  it('downloads the task report by unit as an Excel file', async () => {
    await mainMenu(page).getByRole('menuitem', { name: 'Báo cáo' }).click();
    const section = page.getByRole('region', { name: 'Báo cáo tình hình thực hiện nhiệm vụ theo đơn vị' });
    await section.waitFor();
    await shot('reports-03-reports-page');
    const download = page.waitForEvent('download');
    await section.getByRole('button', { name: 'Tải xuống' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
    const bytes = fs.readFileSync((await file.path())!);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK'); // an .xlsx is a zip
    expect(pageErrors).toEqual([]);
  });

  it('proposes the directives of a pasted conclusion, to correct before creating', async () => {
    await mainMenu(page).getByRole('menuitem', { name: 'Nhập kết luận' }).click();
    await page.getByLabel('Nội dung kết luận').fill(`${FIRST} ${SECOND}`);
    await page.getByRole('button', { name: 'Tách nội dung chỉ đạo' }).click();
    const directives = page.getByLabel('Nội dung chỉ đạo');
    await expect.poll(() => directives.count()).toBe(2);
    expect([await directives.nth(0).inputValue(), await directives.nth(1).inputValue()]).toEqual([FIRST, SECOND]);
    await expect.poll(() => page.getByLabel('Tên nhiệm vụ').count()).toBe(2);
    await shot('reports-04-conclusion-split');
    // corrected and created in one call: the document shows its two directives, and its follow-up report downloads
    await page.getByLabel('Số, ký hiệu').fill('12/TB-UBND');
    await page.getByLabel('Trích yếu').fill('Thông báo kết luận về cải cách hành chính');
    const pick = async (field: ReturnType<Page['getByRole']>, name: string) => {
      await field.click();
      await field.fill(name);
      await page.getByRole('option', { name, exact: true }).click();
    };
    await pick(page.getByRole('combobox', { name: 'Cơ quan ban hành' }), 'Xã Na Rì');
    await pick(page.getByRole('combobox', { name: 'Đơn vị chủ trì' }).nth(0), 'Xã Na Rì');
    await pick(page.getByRole('combobox', { name: 'Đơn vị chủ trì' }).nth(1), 'Xã Na Rì');
    await page.getByRole('button', { name: 'Tạo văn bản và các nhiệm vụ' }).click();
    await page.getByRole('cell', { name: SECOND }).waitFor();
    await page.getByRole('cell', { name: FIRST }).waitFor();
    const report = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải Word' }).click();
    expect((await report).suggestedFilename()).toMatch(/\.docx$/);
    await shot('reports-05-conclusion-created');
    expect(pageErrors).toEqual([]);
  });

  it('attaches an evidence file to a progress report and downloads it', async () => {
    // the list by address: the drill-down above left its own filter on the task list
    await page.goto(`${server.url}/#/Task?filter=${encodeURIComponent(JSON.stringify({ q: 'Tập huấn sử dụng dịch vụ công trực tuyến' }))}`);
    await page.getByRole('cell', { name: REPORTED_TITLE }).click();
    const updates = page.getByRole('region', { name: 'Báo cáo tiến độ' });
    await updates.getByRole('button', { name: 'Đính kèm tệp' }).first().waitFor();
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');
    await updates.locator('input[type=file]').first().setInputFiles({ name: 'bien-ban-tap-huan.pdf', mimeType: 'application/pdf', buffer: pdf });
    const link = updates.getByRole('button', { name: 'bien-ban-tap-huan.pdf' });
    await link.waitFor();
    await shot('reports-06-evidence-file');
    const download = page.waitForEvent('download');
    await link.click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('bien-ban-tap-huan.pdf');
    expect(fs.readFileSync((await file.path())!).equals(pdf)).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});
