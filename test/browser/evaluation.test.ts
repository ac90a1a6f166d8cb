import fs from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { ADMIN_DIST, launchPanelBrowser, mainMenu, requirePrerequisites, shot as screenshot, signIn, signOut, skipPanel } from './chromium.js';

// The yearly evaluation in the built panel, on the demo (today pinned to 26/11/2026: this year's
// cycle over Thái Nguyên, Decree 335): Nông Thị V (`canbo`, xã Na Rì) writes her
// self-assessment, the head of xã Na Rì proposes, HR reviews, the head decides; the board then
// shows the decision, the quota and the steps; HR downloads the xlsx and opens the form.

const OFFICIAL = 'Nông Thị V';
const GOOD = 'Hoàn thành tốt nhiệm vụ';

describe.skipIf(skipPanel)('the yearly evaluation in Chromium', () => {
  let server: TestServer;
  let closeBrowser: (() => Promise<void>) | undefined;
  let page: Page;
  let pageErrors: string[] = [];
  let evaluationId: string;

  /** Each test signs out at its end; the next one signs in as the person it follows. */
  async function signInAs(username: string): Promise<void> {
    await signIn(page, server.url, username);
  }

  const shot = (name: string) => screenshot(page, `evaluation-${name}`);
  const dialog = () => page.getByRole('dialog');
  const row = (): Locator => page.getByRole('row').filter({ hasText: OFFICIAL });

  async function pick(label: string, option: string): Promise<void> {
    await dialog().getByRole('combobox', { name: label }).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  }

  /** Opens this year's board from the menu. */
  async function openBoard(): Promise<void> {
    await mainMenu(page).getByRole('menuitem', { name: 'Đánh giá, xếp loại' }).click();
    await page.getByRole('cell', { name: '2026', exact: true }).click();
    await page.getByRole('table', { name: 'Bảng xếp loại năm 2026' }).waitFor();
    await row().waitFor();
  }

  beforeAll(async () => {
    requirePrerequisites();
    server = await startTestServer({ seed: true, adminDir: ADMIN_DIST });
    ({ page, pageErrors, close: closeBrowser } = await launchPanelBrowser());
    const cycles = await server.gql<{ allEvaluationCycles: Array<{ id: string; year: number }> }>('query { allEvaluationCycles { id year } }');
    const thisYear = cycles.data!.allEvaluationCycles.find((c) => c.year === 2026)!.id;
    const { data } = await server.gql<{ allEvaluations: Array<{ id: string; state: string; official: { fullName: string } }> }>(
      `query { allEvaluations(filter: { cycleId: ${thisYear} }, perPage: 1000) { id state official { fullName } } }`,
    );
    const hers = data!.allEvaluations.filter((e) => e.official.fullName === OFFICIAL);
    expect(hers).toHaveLength(1);
    evaluationId = hers[0].id;
  });

  afterAll(async () => {
    await closeBrowser?.();
    await server?.stop();
  });

  it('lets the official write her self-assessment under "Đánh giá của tôi", and nothing more', async () => {
    await signInAs('canbo');
    await expect(mainMenu(page).getByRole('menuitem', { name: 'Đánh giá, xếp loại' }).count()).resolves.toBe(0);
    await mainMenu(page).getByRole('menuitem', { name: 'Đánh giá của tôi' }).click();
    const mine = page.getByRole('article', { name: 'Phiếu đánh giá của tôi' }).first(); // newest first: this year's
    await mine.getByText('Chưa tự đánh giá', { exact: true }).first().waitFor();
    await mine.getByRole('region', { name: 'Số liệu làm căn cứ' }).getByRole('rowheader', { name: 'Được giao' }).waitFor();
    // Only her own step: no proposal, review or decision buttons.
    for (const other of ['Đề xuất', 'Thẩm định', 'Quyết định']) await expect(mine.getByRole('button', { name: other, exact: true }).count()).resolves.toBe(0);
    await mine.getByRole('button', { name: 'Tự đánh giá', exact: true }).click();
    await dialog().getByRole('textbox', { name: 'Nội dung tự đánh giá' }).fill('Hoàn thành các nhiệm vụ được giao, đúng hạn.');
    await pick('Tự xếp loại', GOOD);
    await shot('01-self-assess');
    await dialog().getByRole('button', { name: 'Tự đánh giá' }).click();
    await page.getByText('Đã lưu bản tự đánh giá').waitFor();
    await mine.getByText('Đã tự đánh giá', { exact: true }).first().waitFor();
    await mine.getByText('Hoàn thành các nhiệm vụ được giao, đúng hạn.').first().waitFor();
    await signOut(page);
  });

  it('lets the head of xã Na Rì propose a level for her', async () => {
    await signInAs('truongxa');
    await openBoard();
    await expect(row().getByRole('button', { name: 'Thẩm định' }).count()).resolves.toBe(0);
    await row().getByRole('button', { name: 'Đề xuất' }).click();
    await pick('Mức đề xuất', GOOD);
    await dialog().getByRole('textbox', { name: 'Nhận xét' }).fill('Đề nghị xếp loại hoàn thành tốt.');
    // Points with a decimal comma, as written in Vietnamese; words and a figure above 30 are refused, in Vietnamese.
    const points = dialog().getByRole('textbox', { name: 'Điểm tiêu chí chung (tối đa 30)' });
    await points.fill('hai mươi');
    await dialog().getByRole('button', { name: 'Đề xuất' }).click();
    await dialog().getByText('Nhập một số, phần thập phân sau dấu phẩy (ví dụ: 27,5).').waitFor();
    await points.fill('30,5');
    await dialog().getByText('Nhập một số từ 0 đến 30.').waitFor();
    await points.fill('27,5');
    await dialog().getByRole('button', { name: 'Đề xuất' }).click();
    await page.getByText('Đã đề xuất', { exact: true }).first().waitFor();
    const saved = await server.gql<{ Evaluation: { generalPoints: string } }>(`query { Evaluation(id: ${evaluationId}) { generalPoints } }`);
    expect(saved.data!.Evaluation.generalPoints).toBe('27.50');
    await row().getByText('Đã đề xuất').waitFor();
    // Not reviewed yet: nothing to decide.
    await expect(row().getByRole('button', { name: 'Quyết định' }).count()).resolves.toBe(0);
    await shot('02-proposed');
    await signOut(page);
  });

  it('lets HR review the proposal, but not decide it', async () => {
    await signInAs('noivu');
    await openBoard();
    await row().getByRole('button', { name: 'Thẩm định' }).click();
    await dialog().getByRole('textbox', { name: 'Ý kiến thẩm định' }).fill('Phù hợp với số liệu theo dõi.');
    await dialog().getByRole('button', { name: 'Thẩm định' }).click();
    await row().getByText('Đã thẩm định').waitFor();
    await expect(row().getByRole('button', { name: 'Quyết định' }).count()).resolves.toBe(0);
    await signOut(page);
  });

  it('lets the head decide; the board shows the decided level and the quota, the page every step', async () => {
    await signInAs('truongxa');
    await openBoard();
    await row().getByRole('button', { name: 'Quyết định' }).click();
    await pick('Mức quyết định', GOOD);
    await dialog().getByRole('textbox', { name: 'Lý do' }).fill('Theo đề xuất đã thẩm định.');
    await dialog().getByRole('button', { name: 'Quyết định' }).click();
    await row().getByText('Đã quyết định').waitFor();
    const cells = await row().getByRole('cell').allInnerTexts();
    // proposed (system), self, head, decided
    expect(cells.filter((c) => c.trim() === GOOD).length).toBeGreaterThanOrEqual(3);
    // One "good" decided in xã Na Rì: 20% of 1 rounds down to none outstanding.
    await page.getByRole('status', { name: /^Xã Na Rì/ }).getByText('Xuất sắc: 0 / tối đa 0').waitFor();
    await shot('03-board-decided');

    await row().getByRole('link', { name: OFFICIAL }).click();
    await expect.poll(() => page.url()).toMatch(new RegExp(`#/Evaluation/${evaluationId}/show$`));
    const steps = page.getByRole('region', { name: 'Các bước xử lý' });
    for (const step of ['Mở phiếu', 'Tự đánh giá', 'Đề xuất', 'Thẩm định', 'Quyết định']) await steps.getByRole('cell', { name: step, exact: true }).waitFor();
    await steps.getByRole('cell', { name: 'Theo đề xuất đã thẩm định.' }).waitFor();
    // Decided and locked: only the competent person may reopen it.
    await page.getByRole('button', { name: 'Mở lại' }).waitFor();
    await expect(page.getByRole('button', { name: 'Đề xuất', exact: true }).count()).resolves.toBe(0);
    await shot('04-evaluation-steps');
    await signOut(page);
  });

  it('lets HR download the xlsx and open the print-ready form', async () => {
    await signInAs('noivu');
    await openBoard();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải bảng xếp loại (xlsx)' }).click()]);
    expect(download.suggestedFilename()).toBe('xep-loai-2026.xlsx');
    const file = await download.path();
    const bytes = fs.readFileSync(file!);
    expect(bytes.length).toBeGreaterThan(1000);
    expect(bytes.subarray(0, 2).toString()).toBe('PK'); // a zip, as xlsx files are

    await row().getByRole('button', { name: 'In', exact: true }).click();
    const form = page.frameLocator('iframe[title="Phiếu đánh giá"]');
    await form.getByText(OFFICIAL).first().waitFor();
    await form.getByText(GOOD).first().waitFor();
    await shot('05-form');
    await dialog().getByRole('button', { name: 'Đóng' }).click();
    expect(pageErrors).toEqual([]);
  });
});
