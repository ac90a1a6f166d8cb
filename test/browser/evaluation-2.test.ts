import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { ADMIN_DIST, DEMO_PASSWORD, launchPanelBrowser, mainMenu, requirePrerequisites, shot as screenshot, signIn, signOut, skipPanel } from './chromium.js';

// The yearly evaluation's second round in the built panel, on the demo (today pinned to
// 26/11/2026, this year's cycle over Thái Nguyên): the head of xã Văn Lang has proposed "good"
// for three officials; HR reviews them and the head decides them in one batch, first refused by
// the quota; HR raises xã Văn Lang's ratio by a decision, records a disciplinary measure in
// xã Na Rì; the chairman confirms xã Văn Lang's own rating, which then shows on its chairwoman's
// page and bounds her rating: the reason for rating her higher is asked only then.
// Everything is asserted as a user sees it; the quota meters are the server's.

const VAN_LANG = ['Phạm Văn L', 'Nông Thị P', 'Trần Văn T'];
const GOOD = 'Hoàn thành tốt nhiệm vụ';
const OUTSTANDING = 'Hoàn thành xuất sắc nhiệm vụ';
const NOT_COMPLETE = 'Không hoàn thành nhiệm vụ';
const DISCIPLINED = 'Phạm Thị S'; // xã Na Rì, OPEN, not Nông Thị V
const VAN_LANG_CHAIR = 'Vi Thị K';
const DECISION = 'Quyết định số 45/QĐ-UBND ngày 20/11/2026 của UBND tỉnh Thái Nguyên';

describe.skipIf(skipPanel)('the yearly evaluation, second round, in Chromium', () => {
  let server: TestServer;
  let closeBrowser: (() => Promise<void>) | undefined;
  let page: Page;
  let pageErrors: string[] = [];
  /** The names of the people behind the demo accounts, as the steps table shows them. */
  const nameOf: Record<string, string> = {};

  const shot = (name: string) => screenshot(page, `evaluation-2-${name}`);
  const dialog = () => page.getByRole('dialog');
  const row = (name: string): Locator => page.getByRole('table', { name: 'Bảng xếp loại năm 2026' }).getByRole('row').filter({ hasText: name });
  const meter = (unit: string) => page.getByRole('status', { name: new RegExp(`^${unit} — `) });

  /** Opens this year's board from the menu. */
  async function openBoard(someone: string): Promise<void> {
    await mainMenu(page).getByRole('menuitem', { name: 'Đánh giá, xếp loại' }).click();
    await page.getByRole('cell', { name: '2026', exact: true }).click();
    await page.getByRole('table', { name: 'Bảng xếp loại năm 2026' }).waitFor();
    await row(someone).waitFor();
  }

  beforeAll(async () => {
    requirePrerequisites();
    server = await startTestServer({ seed: true, adminDir: ADMIN_DIST });
    ({ page, pageErrors, close: closeBrowser } = await launchPanelBrowser());
    for (const username of ['noivu', 'truongxavl', 'lanhdaotinh']) {
      const token = await server.login(username, DEMO_PASSWORD);
      const { data } = await server.gql<{ me: { official: { fullName: string } | null } }>('query { me { official { fullName } } }', {}, { token });
      nameOf[username] = data!.me.official!.fullName;
    }
  });

  afterAll(async () => {
    await closeBrowser?.();
    await server?.stop();
  });

  it('lets HR review the three proposals of xã Văn Lang', async () => {
    await signIn(page, server.url, 'noivu');
    await openBoard(VAN_LANG[0]);
    for (const name of VAN_LANG) {
      await row(name).getByText('Đã đề xuất').waitFor();
      await row(name).getByRole('button', { name: 'Thẩm định' }).click();
      await dialog().getByRole('textbox', { name: 'Ý kiến thẩm định' }).fill('Điểm tiêu chí chung phù hợp với nhận xét của thủ trưởng.');
      await dialog().getByRole('button', { name: 'Thẩm định' }).click();
      await row(name).getByText('Đã thẩm định').waitFor();
    }
    // HR reviews; deciding is the head's.
    await expect(page.getByRole('button', { name: 'Quyết định cả đơn vị' }).count()).resolves.toBe(0);
    await signOut(page);
  });

  it('lets the head of xã Văn Lang decide them in one batch, the quota checked by the server after all of them', async () => {
    await signIn(page, server.url, 'truongxavl');
    await openBoard(VAN_LANG[0]);
    await meter('Xã Văn Lang').getByText('Xuất sắc: 0 / tối đa 0').waitFor();
    await meter('Xã Văn Lang').getByText('0 người hoàn thành tốt × tỷ lệ 20%').waitFor();
    // the three proposals not yet decided, all "good": 20% of 3 is 0,6, so none outstanding once decided either
    await meter('Xã Văn Lang').getByText('Đang đề xuất: 0 xuất sắc, 3 hoàn thành tốt; nếu được quyết định: tối đa 0 xuất sắc').waitFor();
    for (const name of VAN_LANG) await row(name).getByRole('checkbox', { name: `Chọn ${name}` }).check();
    // Trần Văn T's points would make him outstanding; two "good" allow none at 20%.
    await row('Trần Văn T').getByRole('combobox', { name: 'Mức cho Trần Văn T' }).click();
    await page.getByRole('option', { name: OUTSTANDING, exact: true }).click();
    await page.getByRole('button', { name: 'Quyết định cả đơn vị' }).click();
    await dialog().getByText('Quyết định cùng lúc 3 phiếu đã chọn').waitFor();
    // warned before sending: two good and one outstanding, and 20% of 2 allows none
    const warning = dialog().getByRole('alert').filter({ hasText: 'Vượt hạn mức xuất sắc' });
    await warning.getByText('Xã Văn Lang (toàn đơn vị): sau quyết định này có 1 người xuất sắc, tối đa 0 (20% của 2 người hoàn thành tốt).').waitFor();
    await dialog().getByRole('textbox', { name: 'Lý do' }).fill('Theo đề xuất của thủ trưởng đã được thẩm định.');
    await dialog().getByRole('button', { name: 'Quyết định' }).click();
    const refusal = dialog().getByRole('alert');
    await refusal.getByText(/Vượt tỷ lệ "Hoàn thành xuất sắc": sau thay đổi này có 1 người xuất sắc nhưng chỉ được tối đa 0/).waitFor();
    await shot('01-batch-refused');
    await dialog().getByRole('button', { name: 'Hủy bỏ' }).click();
    // Nothing was decided: the batch is one transaction.
    for (const name of VAN_LANG) await row(name).getByText('Đã thẩm định').waitFor();

    await row('Trần Văn T').getByRole('combobox', { name: 'Mức cho Trần Văn T' }).click();
    await page.getByRole('option', { name: GOOD, exact: true }).click();
    await page.getByRole('button', { name: 'Quyết định cả đơn vị' }).click();
    await dialog().getByRole('textbox', { name: 'Lý do' }).fill('Theo đề xuất của thủ trưởng đã được thẩm định.');
    await expect(dialog().getByText('Vượt hạn mức xuất sắc').count()).resolves.toBe(0);
    await dialog().getByRole('button', { name: 'Quyết định' }).click();
    await page.getByText('Đã quyết định 3 phiếu').waitFor();
    for (const name of VAN_LANG) {
      await row(name).getByText('Đã quyết định').waitFor();
      expect((await row(name).getByRole('cell').allInnerTexts()).filter((c) => c.trim() === GOOD).length).toBeGreaterThanOrEqual(2); // head's and decided
    }
    // The meter, from the server: three "good", 20% of 3 rounds down to none outstanding.
    await meter('Xã Văn Lang').getByText('3 người hoàn thành tốt × tỷ lệ 20%').waitFor();
    await meter('Xã Văn Lang').getByText('Xuất sắc: 0 / tối đa 0').waitFor();
    await shot('02-batch-decided');

    // Who took each step, by name.
    await row('Phạm Văn L').getByRole('link', { name: 'Phạm Văn L' }).click();
    const steps = page.getByRole('region', { name: 'Các bước xử lý' });
    await steps.getByRole('columnheader', { name: 'Người thực hiện' }).waitFor();
    const review = steps.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Thẩm định', exact: true }) });
    await review.getByRole('cell', { name: nameOf.noivu, exact: true }).waitFor();
    const decision = steps.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Quyết định', exact: true }) });
    await decision.getByRole('cell', { name: nameOf.truongxavl, exact: true }).waitFor();
    expect(await steps.innerText()).not.toMatch(/#\d+/); // no account numbers
    await shot('03-steps-by-name');
    // His years, as far as the head sees: only this one (2023 was in the old district, outside her scope).
    const years = page.getByRole('table', { name: 'Kết quả xếp loại các năm' });
    await years.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '2026', exact: true }) }).getByRole('cell', { name: GOOD, exact: true }).waitFor();
    await page.getByText('Chưa có kết quả năm nào khác.').waitFor();
    expect(await years.getByRole('row').count()).toBe(2); // header, 2026
    await signOut(page);
  });

  it('lets HR raise xã Văn Lang’s outstanding ratio, only with the decision that allows it', async () => {
    await signIn(page, server.url, 'noivu');
    await openBoard(VAN_LANG[0]);
    // first, the proposals brought up to date with today's work (nothing to change in the demo: no new step)
    await page.getByRole('button', { name: 'Tính lại đề xuất' }).click();
    await dialog().getByText('Mức đề xuất và số liệu của mọi phiếu chưa được quyết định').waitFor();
    await dialog().getByRole('button', { name: 'Tính lại đề xuất' }).click();
    await page.getByText('Đã tính lại các đề xuất').waitFor();
    await row(VAN_LANG[0]).waitFor();
    await page.getByRole('button', { name: 'Hạn mức xuất sắc — Xã Văn Lang' }).click();
    await dialog().getByRole('heading', { name: 'Hạn mức xuất sắc — Xã Văn Lang' }).waitFor();
    await dialog().getByText('Bắt buộc khi tỷ lệ trên 20%').waitFor(); // the helper says why before anything is typed
    await dialog().getByRole('switch', { name: 'Tính hạn mức theo nhóm nhiệm vụ' }).waitFor();
    await dialog().getByRole('textbox', { name: 'Tỷ lệ xuất sắc (%)' }).fill('40');
    await dialog().getByRole('button', { name: 'Lưu' }).click();
    await dialog().getByText('Tỷ lệ trên 20% phải ghi quyết định cho phép của cấp có thẩm quyền.').waitFor();
    await shot('04-quota-needs-decision');
    await dialog().getByRole('button', { name: 'Hủy bỏ' }).click();
    await dialog().waitFor({ state: 'detached' });
    // Nothing changed.
    await meter('Xã Văn Lang').getByText('3 người hoàn thành tốt × tỷ lệ 20%').waitFor();
    await meter('Xã Văn Lang').getByText('Xuất sắc: 0 / tối đa 0').waitFor();

    await page.getByRole('button', { name: 'Hạn mức xuất sắc — Xã Văn Lang' }).click();
    await dialog().getByRole('textbox', { name: 'Tỷ lệ xuất sắc (%)' }).fill('40');
    await dialog().getByRole('textbox', { name: 'Quyết định cho phép nâng tỷ lệ' }).fill(DECISION);
    await dialog().getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu hạn mức xuất sắc').waitFor();
    // 40% of three "good": one may be outstanding.
    await meter('Xã Văn Lang').getByText('3 người hoàn thành tốt × tỷ lệ 40%').waitFor();
    await meter('Xã Văn Lang').getByText('Xuất sắc: 0 / tối đa 1').waitFor();
    await meter('Xã Văn Lang').getByText(`Tỷ lệ nâng theo ${DECISION}`).waitFor();
    // Xã Na Rì keeps the cycle's ratio.
    await meter('Xã Na Rì').getByText(/tỷ lệ 20%/).waitFor();
    await shot('05-quota-raised');
  });

  it('lets HR record a disciplinary measure; the proposal becomes "not complete", with why', async () => {
    await row(DISCIPLINED).getByText('Chưa tự đánh giá').waitFor();
    await row(DISCIPLINED).getByRole('button', { name: 'Cập nhật thông tin' }).click();
    await dialog().getByRole('heading', { name: 'Cập nhật thông tin phiếu đánh giá' }).waitFor();
    await dialog().getByRole('switch', { name: 'Bị kỷ luật trong năm' }).check();
    // a "not complete" case is a fact on record: with the decision it rests on
    await dialog().getByRole('textbox', { name: 'Căn cứ (kết luận, quyết định)' }).fill('Quyết định số 18/QĐ-UBND ngày 02/10/2026: khiển trách');
    await shot('06-facts');
    await dialog().getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã cập nhật thông tin; mức đề xuất đã được tính lại').waitFor();
    const proposal = row(DISCIPLINED).getByRole('cell').nth(3);
    await proposal.getByText('bị kỷ luật từ khiển trách trở lên do vi phạm trong hoạt động công vụ trong năm → không hoàn thành nhiệm vụ', { exact: false }).waitFor();
    expect(await proposal.innerText()).toMatch(new RegExp(`^${NOT_COMPLETE}`));

    await row(DISCIPLINED).getByRole('link', { name: DISCIPLINED }).click();
    const general = page.getByRole('region', { name: 'Thông tin chung' });
    await general.getByText('Bị kỷ luật trong năm').waitFor();
    await page.getByRole('region', { name: 'Đề xuất của hệ thống' }).getByText(/bị kỷ luật từ khiển trách trở lên/).waitFor();
    const steps = page.getByRole('region', { name: 'Các bước xử lý' });
    const facts = steps.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Cập nhật thông tin', exact: true }) });
    await facts.getByRole('cell', { name: nameOf.noivu, exact: true }).waitFor();
    await shot('07-facts-recorded');

    // HR, over both provinces' trees, sees Phạm Văn L's years: 2026 decided, 2023 (old xã Văn Lang) never decided.
    await page.goBack();
    await row(VAN_LANG[0]).getByRole('link', { name: VAN_LANG[0] }).click();
    const years = page.getByRole('table', { name: 'Kết quả xếp loại các năm' });
    await years.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '2026', exact: true }) }).getByRole('cell', { name: GOOD, exact: true }).waitFor();
    await years.getByRole('rowheader', { name: '2023', exact: true }).waitFor();
    expect(await years.getByRole('row').count()).toBe(3);
    await shot('07b-years');
    await signOut(page);
  });

  it('lets the chairman confirm xã Văn Lang’s own rating, which then bounds its chairwoman', async () => {
    await signIn(page, server.url, 'lanhdaotinh');
    await openBoard(VAN_LANG_CHAIR);
    const ratings = page.getByRole('table', { name: 'Xếp loại đơn vị năm 2026' });
    const vanLang = ratings.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Xã Văn Lang', exact: true }) });
    await vanLang.getByText('Chỉ số phục vụ: 60,50/100 (trung bình 2 quý)').waitFor();
    await vanLang.getByText('Chưa xác nhận').waitFor();
    await vanLang.getByRole('button', { name: 'Xác nhận xếp loại đơn vị Xã Văn Lang' }).click();
    await dialog().getByRole('combobox', { name: 'Mức xếp loại đơn vị' }).click();
    await page.getByRole('option', { name: GOOD, exact: true }).click();
    await shot('08-confirm-unit');
    await dialog().getByRole('button', { name: 'Xác nhận xếp loại đơn vị' }).click();
    await page.getByText('Đã xác nhận xếp loại đơn vị').waitFor();
    await expect.poll(async () => (await vanLang.getByRole('cell').allInnerTexts()).map((c) => c.trim())).toContain(GOOD);
    await vanLang.getByText(/^26\/11\/2026 \d\d:\d\d$/).waitFor();
    await expect(vanLang.getByText('Chưa xác nhận').count()).resolves.toBe(0);
    await shot('09-unit-confirmed');

    // The chairwoman's page: the unit's figures with its index (as when her proposal was made),
    // and the level her unit now allows, the one confirmed.
    await row(VAN_LANG_CHAIR).getByRole('link', { name: VAN_LANG_CHAIR }).click();
    const evidence = page.getByRole('region', { name: 'Số liệu làm căn cứ' });
    await evidence.getByRole('columnheader', { name: 'Nhiệm vụ của đơn vị' }).waitFor();
    await evidence.getByText('Chỉ số phục vụ: 60,50/100 (trung bình 2 quý)').waitFor();
    await evidence.getByText(/^Mức xếp loại của đơn vị khi tính đề xuất: /).waitFor();
    const general = page.getByRole('region', { name: 'Thông tin chung' });
    await general.getByText('Mức tối đa theo kết quả đơn vị').waitFor();
    await general.getByText(GOOD, { exact: true }).waitFor();
    await shot('10-leader-evidence');
    await signOut(page);
  });

  it('asks why only when the chairwoman would be rated above what her unit allows', async () => {
    await signIn(page, server.url, 'lanhdaotinh');
    await openBoard(VAN_LANG_CHAIR);
    await row(VAN_LANG_CHAIR).getByRole('button', { name: 'Đề xuất' }).click();
    await dialog().getByRole('combobox', { name: 'Mức đề xuất' }).click();
    await page.getByRole('option', { name: GOOD, exact: true }).click();
    await dialog().getByRole('button', { name: 'Đề xuất' }).click();
    await row(VAN_LANG_CHAIR).getByText('Đã đề xuất').waitFor();
    await signOut(page);

    await signIn(page, server.url, 'noivu');
    await openBoard(VAN_LANG_CHAIR);
    await row(VAN_LANG_CHAIR).getByRole('button', { name: 'Thẩm định' }).click();
    await dialog().getByRole('button', { name: 'Thẩm định' }).click();
    await row(VAN_LANG_CHAIR).getByText('Đã thẩm định').waitFor();
    await signOut(page);

    await signIn(page, server.url, 'lanhdaotinh');
    await openBoard(VAN_LANG_CHAIR);
    await row(VAN_LANG_CHAIR).getByRole('button', { name: 'Quyết định' }).click();
    const aboveReason = dialog().getByRole('textbox', { name: 'Lý do xếp cao hơn mức của đơn vị' });
    await dialog().getByRole('combobox', { name: 'Mức quyết định' }).waitFor();
    await expect(aboveReason.count()).resolves.toBe(0); // "good": what the confirmed unit rating allows
    await dialog().getByRole('combobox', { name: 'Mức quyết định' }).click();
    await page.getByRole('option', { name: OUTSTANDING, exact: true }).click();
    await aboveReason.waitFor();
    await dialog().getByText(`Kết quả của đơn vị chỉ cho phép tối đa "${GOOD}"`).waitFor();
    await shot('11-above-bound');
    await dialog().getByRole('combobox', { name: 'Mức quyết định' }).click();
    await page.getByRole('option', { name: GOOD, exact: true }).click();
    await aboveReason.waitFor({ state: 'detached' });
    // A commune chairwoman is a cán bộ: no rulebook from 2026, so the decision names its legal basis.
    await dialog().getByText('Năm nay không có bộ quy tắc cho loại cán bộ này').waitFor();
    await dialog().getByRole('button', { name: 'Quyết định' }).click();
    await dialog().getByText('Bắt buộc').first().waitFor(); // the form holds it back while the basis is empty
    await dialog().getByRole('textbox', { name: 'Căn cứ pháp lý' }).fill('Quy định 124-QĐ/TW ngày 04/10/2023');
    await dialog().getByRole('button', { name: 'Quyết định' }).click();
    await row(VAN_LANG_CHAIR).getByText('Đã quyết định').waitFor();
    await signOut(page);
    expect(pageErrors).toEqual([]);
  });
  it('asks the province’s leader for the organising and directing mark of a department head rated under Decree 335, in whole per cent', async () => {
    await signIn(page, server.url, 'lanhdaotinh');
    await openBoard('Triệu Thị X');
    await row('Triệu Thị X').getByRole('button', { name: 'Đề xuất', exact: true }).click();
    await dialog().getByRole('combobox', { name: 'Mức đề xuất' }).click();
    await page.getByRole('option', { name: GOOD, exact: true }).click();
    const directing = dialog().getByRole('textbox', { name: 'Tổ chức, chỉ đạo, điều hành (%)' });
    await dialog().getByText('Nghị định 335: người đứng đầu, cấp phó; cấp trên chấm, từ 0 đến 100.').waitFor();
    await directing.fill('85,5');
    await dialog().getByRole('button', { name: 'Đề xuất', exact: true }).click();
    await dialog().getByText('Nhập một số nguyên, không có phần thập phân (ví dụ: 5).').waitFor();
    await directing.fill('85');
    await dialog().getByRole('button', { name: 'Đề xuất', exact: true }).click();
    await row('Triệu Thị X').getByText('Đã đề xuất').waitFor();
    // signing out ends every session of the account, the test server's default one included: read as HR
    const hr = await server.login('noivu', DEMO_PASSWORD);
    const ids = await server.gql<{ allOfficials: Array<{ id: string }>; allEvaluationCycles: Array<{ id: string }> }>(
      'query { allOfficials(filter: { q: "Triệu Thị X" }) { id } allEvaluationCycles(filter: { year: 2026 }) { id } }', {}, { token: hr });
    const saved = await server.gql<{ allEvaluations: Array<{ directingPercent: number | null; headLevel: string }> }>(
      'query($o: ID, $c: ID) { allEvaluations(filter: { officialId: $o, cycleId: $c }) { directingPercent headLevel } }',
      { o: ids.data!.allOfficials[0].id, c: ids.data!.allEvaluationCycles[0].id }, { token: hr });
    expect(saved.data!.allEvaluations).toEqual([{ directingPercent: 85, headLevel: 'GOOD' }]);
    await signOut(page);
    expect(pageErrors).toEqual([]);
  });
  it('lets HR open a cycle with a self-assessment due date inside it', async () => {
    await signIn(page, server.url, 'noivu');
    await mainMenu(page).getByRole('menuitem', { name: 'Đánh giá, xếp loại' }).click();
    await page.getByRole('link', { name: 'Tạo mới' }).click();
    await page.getByRole('textbox', { name: 'Năm' }).fill('2025');
    await page.getByRole('combobox', { name: 'Đơn vị' }).click();
    await page.getByRole('option', { name: 'Sở Nội vụ tỉnh Thái Nguyên' }).click();
    await page.getByRole('textbox', { name: 'Mở từ ngày' }).fill('01/12/2025');
    await page.getByRole('textbox', { name: 'Đến ngày' }).fill('15/12/2025');
    await page.getByRole('textbox', { name: 'Hạn tự đánh giá' }).fill('20/12/2025');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Hạn tự đánh giá phải trong thời gian của đợt (từ ngày mở đến ngày kết thúc).').waitFor();
    await page.getByRole('textbox', { name: 'Hạn tự đánh giá' }).fill('08/12/2025');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('table', { name: 'Bảng xếp loại năm 2025' }).waitFor();
    await page.getByText('Hạn tự đánh giá: 08/12/2025').waitFor();
    const hr = await server.login('noivu', DEMO_PASSWORD);
    const cycles = await server.gql<{ allEvaluationCycles: Array<{ selfAssessBy: string | null }> }>('query { allEvaluationCycles(filter: { year: 2025 }) { selfAssessBy } }', {}, { token: hr });
    expect(cycles.data!.allEvaluationCycles).toEqual([{ selfAssessBy: '2025-12-08' }]);
    await signOut(page);
    expect(pageErrors).toEqual([]);
  });
});
