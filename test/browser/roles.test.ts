import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import {
  ADMIN_DIST, DEMO_PASSWORD, expectNoMenuItem, launchPanelBrowser, mainMenu, menuOf, requirePrerequisites, shot as screenshot, signIn,
  signOut, skipPanel, submitLogin,
} from './chromium.js';

// Signing in, and what each demo role gets: its menu, the pages and buttons its roles allow, the
// server's answer when it asks for more; password changes, temporary passwords, logging out.

interface TaskRow {
  id: string;
  title: string;
  state: string;
  responsibleOfficialId: string | null;
  assigneeIds: string[];
  leadUnit: { code: string };
  coordinatingUnits: Array<{ code: string }>;
}
const TASK_FIELDS = 'id title state responsibleOfficialId assigneeIds leadUnit { code } coordinatingUnits { code }';

const BAD_LOGIN = 'Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang bị khóa (khóa 15 phút sau 5 lần nhập sai). Hãy thử lại sau hoặc liên hệ quản trị viên.';
const ALL_ENTRIES = ['Tổng quan', 'Nhiệm vụ của tôi', 'Đơn vị của tôi', 'Nhiệm vụ', 'Đánh giá, xếp loại', 'Đánh giá của tôi', 'Chỉ đạo', 'Văn bản giao', 'Trách nhiệm theo cán bộ', 'Báo cáo', 'Nhập kết luận', 'Trách nhiệm chỉ số', 'Kết quả chỉ số', 'Nhập kết quả chỉ số', 'Danh mục chỉ số', 'Cán bộ, công chức', 'Đơn vị', 'Tài khoản'];

/** Each demo account, the official it signs in as, and exactly the menu it gets. */
const ACCOUNTS: Array<{ username: string; name: string; menu: string[] }> = [
  { username: 'quantri', name: 'quantri', menu: ['Trách nhiệm chỉ số', 'Kết quả chỉ số', 'Nhập kết quả chỉ số', 'Danh mục chỉ số', 'Cán bộ, công chức', 'Đơn vị', 'Tài khoản'] },
  { username: 'chutich', name: 'Nguyễn Ngọc Cương', menu: ['Tổng quan', 'Nhiệm vụ', 'Đánh giá, xếp loại', 'Chỉ đạo', 'Văn bản giao', 'Trách nhiệm theo cán bộ', 'Báo cáo', 'Nhập kết luận', 'Trách nhiệm chỉ số', 'Kết quả chỉ số', 'Nhập kết quả chỉ số', 'Danh mục chỉ số', 'Cán bộ, công chức', 'Đơn vị'] },
  { username: 'lanhdaotinh', name: 'Đỗ Minh Khang', menu: ['Tổng quan', 'Nhiệm vụ', 'Đánh giá, xếp loại', 'Chỉ đạo', 'Văn bản giao', 'Trách nhiệm theo cán bộ', 'Báo cáo', 'Nhập kết luận', 'Trách nhiệm chỉ số', 'Kết quả chỉ số', 'Nhập kết quả chỉ số', 'Danh mục chỉ số', 'Cán bộ, công chức', 'Đơn vị'] },
  { username: 'noivu', name: 'Nguyễn Văn A', menu: ['Tổng quan', 'Nhiệm vụ', 'Đánh giá, xếp loại', 'Chỉ đạo', 'Văn bản giao', 'Trách nhiệm theo cán bộ', 'Báo cáo', 'Trách nhiệm chỉ số', 'Kết quả chỉ số', 'Nhập kết quả chỉ số', 'Danh mục chỉ số', 'Cán bộ, công chức', 'Đơn vị'] },
  { username: 'truongxa', name: 'Vi Văn Q', menu: ['Tổng quan', 'Đơn vị của tôi', 'Nhiệm vụ', 'Đánh giá, xếp loại', 'Chỉ đạo', 'Văn bản giao', 'Trách nhiệm theo cán bộ', 'Báo cáo', 'Trách nhiệm chỉ số', 'Kết quả chỉ số', 'Danh mục chỉ số', 'Cán bộ, công chức', 'Đơn vị'] },
  { username: 'truongxavl', name: 'Vi Thị K', menu: ['Tổng quan', 'Đơn vị của tôi', 'Nhiệm vụ', 'Đánh giá, xếp loại', 'Chỉ đạo', 'Văn bản giao', 'Trách nhiệm theo cán bộ', 'Báo cáo', 'Trách nhiệm chỉ số', 'Kết quả chỉ số', 'Danh mục chỉ số', 'Cán bộ, công chức', 'Đơn vị'] },
  { username: 'canbo', name: 'Nông Thị V', menu: ['Tổng quan', 'Nhiệm vụ của tôi', 'Đơn vị của tôi', 'Đánh giá của tôi', 'Chỉ đạo', 'Văn bản giao', 'Trách nhiệm chỉ số', 'Kết quả chỉ số', 'Danh mục chỉ số', 'Cán bộ, công chức', 'Đơn vị'] },
];

describe.skipIf(skipPanel)('signing in and roles in Chromium', () => {
  let server: TestServer;
  let closeBrowser: (() => Promise<void>) | undefined;
  let page: Page;
  let pageErrors: string[] = [];
  /** Tasks led by xã Văn Lang, and one of the province's that xã Na Rì only coordinates, found through HR. */
  let vanLangTask: TaskRow;
  let coordinatedTask: TaskRow;
  let naRiTask: TaskRow;
  /** The official `canbo` signs in as: the tasks they answer for, carry out, and one of their commune's that is neither. */
  let answersFor: TaskRow[];
  let carriesOut: TaskRow[];
  let ownOpenTask: TaskRow;
  let othersOpenTask: TaskRow;

  const shot = (name: string) => screenshot(page, `roles-${name}`);

  beforeAll(async () => {
    requirePrerequisites();
    server = await startTestServer({ seed: true, adminDir: ADMIN_DIST });
    ({ page, pageErrors, close: closeBrowser } = await launchPanelBrowser());
    // Found through the API before any logout in the browser (logging out ends every session of the account).
    // as HR, who reads both trees (the district's chairman leads only the 2023 one, today's leader only today's)
    const reader = await server.login('noivu', DEMO_PASSWORD);
    const { data } = await server.gql<{ allTasks: TaskRow[] }>(`query { allTasks(perPage: 1000) { ${TASK_FIELDS} } }`, {}, { token: reader });
    const tasks = data!.allTasks;
    vanLangTask = tasks.find((t) => t.leadUnit.code === 'TN-XA-VANLANG')!;
    coordinatedTask = tasks.find((t) => t.leadUnit.code !== 'TN-XA-NARI' && t.coordinatingUnits.some((u) => u.code === 'TN-XA-NARI'))!;
    naRiTask = tasks.find((t) => t.leadUnit.code === 'TN-XA-NARI' && t.state === 'IN_PROGRESS')!;
    const token = await server.login('canbo', DEMO_PASSWORD);
    const me = (await server.gql<{ me: { officialId: string } }>('query { me { officialId } }', {}, { token })).data!.me.officialId;
    const involves = (t: TaskRow) => t.responsibleOfficialId === me || t.assigneeIds.includes(me);
    answersFor = tasks.filter((t) => t.responsibleOfficialId === me);
    carriesOut = tasks.filter((t) => t.assigneeIds.includes(me));
    const open = tasks.filter((t) => t.leadUnit.code === 'TN-XA-NARI' && t.state === 'IN_PROGRESS');
    ownOpenTask = open.find(involves)!;
    othersOpenTask = open.find((t) => !involves(t))!;
    for (const found of [vanLangTask, coordinatedTask, naRiTask, ownOpenTask, othersOpenTask]) expect(found).toBeTruthy();
    expect(answersFor.length).toBeGreaterThan(0);
    expect(carriesOut.length).toBeGreaterThan(0);
  });

  afterAll(async () => {
    await closeBrowser?.();
    await server?.stop();
  });

  it('shows the login page in Vietnamese, and the same refusal for an unknown name and a wrong password', async () => {
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Theo dõi nhiệm vụ chỉ đạo' }).waitFor();
    await shot('01-login');
    await submitLogin(page, 'khongcoai', DEMO_PASSWORD);
    await expect.poll(() => page.getByRole('alert').innerText()).toBe(BAD_LOGIN);
    await shot('02-login-refused');
    await submitLogin(page, 'canbo', 'sai-mat-khau');
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor(); // the form is back from submitting
    await expect.poll(() => page.getByRole('alert').innerText()).toBe(BAD_LOGIN);
    // Nothing behind the login page without a session.
    await page.goto(`${server.url}/#/Task`);
    await page.getByRole('textbox', { name: 'Tên đăng nhập' }).waitFor();
    await expect(mainMenu(page).count()).resolves.toBe(0);
  });

  it.each(ACCOUNTS)('$username sees its name and exactly its own menu, and logging out returns to the login page', async ({ username, name, menu }) => {
    await signIn(page, server.url, username);
    expect(await menuOf(page, menu[menu.length - 1])).toEqual(menu);
    for (const absent of ALL_ENTRIES.filter((entry) => !menu.includes(entry))) await expectNoMenuItem(page, absent);
    await page.getByRole('button', { name: 'Tài khoản của tôi' }).getByText(name, { exact: true }).waitFor();
    await shot(`03-menu-${username}`);
    await signOut(page);
    // The session is over: going back to a page asks for a login again.
    await page.goto(`${server.url}/#/Unit`);
    await page.getByRole('textbox', { name: 'Tên đăng nhập' }).waitFor();
  });

  it('sends the administrator to the units, and keeps them off task pages', async () => {
    await signIn(page, server.url, 'quantri');
    await expect.poll(() => page.url()).toMatch(/#\/Unit$/);
    await page.getByRole('cell', { name: 'Xã Na Rì' }).waitFor();
    const operations: string[] = [];
    const record = (request: Request) => {
      if (request.url().endsWith('/graphql')) operations.push(String(JSON.parse(request.postData() ?? '{}').operationName));
    };
    page.on('request', record);
    await page.goto(`${server.url}/#/Task`);
    await page.getByText('Bạn không có quyền truy cập trang này').waitFor();
    await page.goto(`${server.url}/#/Task/create`);
    await page.getByText('Bạn không có quyền truy cập trang này').waitFor();
    await page.waitForTimeout(500);
    page.off('request', record);
    // The panel does not even ask: no refusal from the server over the access-denied page.
    expect(operations.filter((o) => /Task/i.test(o))).toEqual([]);
    await shot('04-admin-no-tasks');
    await signOut(page);
  });

  it('shows a head a not-found message, not the task, for a task of another commune opened by its address', async () => {
    await signIn(page, server.url, 'truongxa');
    await page.goto(`${server.url}/#/Task/${vanLangTask.id}/show`);
    const alert = page.getByRole('alert').filter({ hasText: 'Không xem được nội dung này' });
    await alert.waitFor();
    await expect(alert.innerText()).resolves.toContain(`Không tìm thấy nhiệm vụ #${vanLangTask.id}.`);
    await expect(page.getByText(vanLangTask.title).count()).resolves.toBe(0);
    await expect(page.getByRole('region', { name: 'Lịch sử thay đổi' }).count()).resolves.toBe(0);
    await shot('05-head-other-commune');
  });

  it('lets a head edit the tasks the commune leads, but only read those it coordinates', async () => {
    await page.goto(`${server.url}/#/Task/${naRiTask.id}/show`);
    await page.getByRole('region', { name: 'Lịch sử thay đổi' }).waitFor();
    await page.getByRole('link', { name: 'Sửa' }).waitFor();
    await page.getByRole('button', { name: 'Báo cáo tiến độ' }).waitFor();
    await page.goto(`${server.url}/#/Task/${coordinatedTask.id}/show`);
    await page.getByText(coordinatedTask.title, { exact: true }).first().waitFor();
    await page.getByRole('region', { name: 'Lịch sử thay đổi' }).waitFor();
    await expect(page.getByRole('link', { name: 'Sửa' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Báo cáo tiến độ' }).count()).resolves.toBe(0);
    await shot('06-head-coordinated-task');
  });

  it('opens "Đơn vị của tôi" on the commune’s tasks', async () => {
    await mainMenu(page).getByRole('menuitem', { name: 'Đơn vị của tôi' }).click();
    await page.getByRole('cell', { name: naRiTask.title }).waitFor();
    await expect(page.getByRole('cell', { name: coordinatedTask.title }).count()).resolves.toBe(0);
  });

  it('offers a head only their commune as the lead unit of a new task', async () => {
    await page.getByRole('link', { name: 'Tạo mới' }).click();
    await page.getByRole('combobox', { name: 'Đơn vị chủ trì' }).click();
    await page.getByRole('option', { name: 'Xã Na Rì' }).waitFor();
    await expect(page.getByRole('option').allInnerTexts()).resolves.toEqual(['Xã Na Rì']);
    await page.keyboard.press('Escape');
    await signOut(page);
  });

  it('shows an official their own tasks, and lets them report only on those', async () => {
    await signIn(page, server.url, 'canbo');
    await mainMenu(page).getByRole('menuitem', { name: 'Nhiệm vụ của tôi' }).click();
    await page.getByRole('tab', { name: 'Tôi chịu trách nhiệm' }).waitFor();
    for (const t of answersFor) await page.getByRole('cell', { name: t.title }).waitFor();
    await expect.poll(() => page.getByRole('row').count()).toBe(answersFor.length + 1);
    await shot('07-official-my-tasks');
    await page.getByRole('tab', { name: 'Tôi thực hiện' }).click();
    for (const t of carriesOut) await page.getByRole('cell', { name: t.title }).waitFor();
    await expect.poll(() => page.getByRole('row').count()).toBe(carriesOut.length + 1);
    await page.getByRole('cell', { name: ownOpenTask.title }).click();
    await page.getByRole('region', { name: 'Lịch sử thay đổi' }).waitFor();
    await page.getByRole('button', { name: 'Báo cáo tiến độ' }).waitFor();
    await expect(page.getByRole('link', { name: 'Sửa' }).count()).resolves.toBe(0);
    // A task of the commune the official neither answers for nor carries out: readable, nothing to report.
    await page.goto(`${server.url}/#/Task/${othersOpenTask.id}/show`);
    await page.getByText(othersOpenTask.title, { exact: true }).first().waitFor();
    await page.getByRole('region', { name: 'Lịch sử thay đổi' }).waitFor();
    await expect(page.getByRole('button', { name: 'Báo cáo tiến độ' }).count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: 'Sửa' }).count()).resolves.toBe(0);
    await shot('08-official-not-their-task');
  });

  it('changes the password from the user menu, refusing a wrong current password', async () => {
    await page.getByRole('button', { name: 'Tài khoản của tôi' }).click();
    await page.getByRole('menuitem', { name: 'Đổi mật khẩu' }).click();
    await page.getByRole('heading', { name: 'Đổi mật khẩu' }).waitFor();
    await page.getByLabel('Mật khẩu hiện tại').fill('khong-dung-1');
    await page.getByLabel(/^Mật khẩu mới/).fill('CanBo@NaRi2026');
    await page.getByLabel('Nhập lại mật khẩu mới').fill('CanBo@NaRi2026');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.getByText('Mật khẩu hiện tại không đúng.').first().waitFor();
    await shot('09-change-password-refused');
    await page.getByLabel('Mật khẩu hiện tại').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.getByText('Đã đổi mật khẩu.').waitFor();
    await page.getByRole('heading', { name: 'Việc của tôi hôm nay' }).waitFor();
    await signOut(page);
    await submitLogin(page, 'canbo', DEMO_PASSWORD);
    await expect.poll(() => page.getByRole('alert').innerText()).toBe(BAD_LOGIN);
    await submitLogin(page, 'canbo', 'CanBo@NaRi2026');
    await page.getByRole('button', { name: 'Tài khoản của tôi' }).waitFor();
    await signOut(page);
  });

  it('lets the administrator open an account with a temporary password and grant it a role', async () => {
    await signIn(page, server.url, 'quantri');
    await mainMenu(page).getByRole('menuitem', { name: 'Tài khoản' }).click();
    await page.getByRole('row').filter({ hasText: 'truongxa' }).filter({ hasText: 'Trưởng đơn vị — Xã Na Rì' }).waitFor();
    await shot('10-accounts');
    await page.getByRole('link', { name: 'Tạo mới' }).click();
    await page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill('locthig');
    await page.getByLabel('Mật khẩu tạm thời').fill('TamThoi@2026');
    await page.getByRole('combobox', { name: 'Cán bộ, công chức' }).fill('Lộc Thị G');
    await page.getByRole('option', { name: 'Lộc Thị G' }).click();
    await page.getByRole('button', { name: 'Lưu' }).click();
    // On the account's page, to give it its roles.
    await page.getByRole('region', { name: 'Vai trò' }).getByText('Chưa có vai trò nào.').waitFor();
    await page.getByRole('button', { name: 'Giao vai trò' }).click();
    const dialog = page.getByRole('dialog', { name: 'Giao vai trò' });
    await dialog.getByRole('combobox', { name: 'Vai trò' }).click();
    await page.getByRole('option', { name: 'Cán bộ, công chức' }).click();
    await dialog.getByRole('combobox', { name: 'Trên đơn vị (gồm các đơn vị trực thuộc)' }).fill('Xã Na Rì');
    await page.getByRole('option', { name: 'Xã Na Rì' }).click();
    await shot('11-grant-role');
    await dialog.getByRole('button', { name: 'Giao vai trò' }).click();
    await page.getByText('Đã giao vai trò.').waitFor();
    await page.getByRole('region', { name: 'Vai trò' }).getByRole('row').filter({ hasText: 'Xã Na Rì' }).filter({ hasText: 'Cán bộ, công chức' }).waitFor();
    // Accounts are disabled, never deleted.
    await expect(page.getByRole('button', { name: 'Xóa' }).count()).resolves.toBe(0);
    await shot('12-account-edit');
    await signOut(page);
  });

  it('sends a person with a temporary password to change it, with an explanation, before anything else', async () => {
    await signIn(page, server.url, 'locthig', 'TamThoi@2026');
    await expect.poll(() => page.url()).toMatch(/#\/change-password$/);
    await page.getByText('Mật khẩu bạn đang dùng do quản trị viên đặt tạm thời.', { exact: false }).waitFor();
    await shot('13-temporary-password');
    // The rest of the panel waits until the password is changed.
    await mainMenu(page).getByRole('menuitem', { name: 'Nhiệm vụ của tôi' }).click();
    await expect.poll(() => page.url()).toMatch(/#\/change-password$/);
    await page.getByLabel('Mật khẩu hiện tại').fill('TamThoi@2026');
    await page.getByLabel(/^Mật khẩu mới/).fill('locthig');
    await page.getByLabel('Nhập lại mật khẩu mới').fill('locthig');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.getByText('Mật khẩu mới phải có ít nhất 8 ký tự.').waitFor();
    await page.getByLabel(/^Mật khẩu mới/).fill('RiengToi@2026');
    await page.getByLabel('Nhập lại mật khẩu mới').fill('RiengToi@2026');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.getByText('Đã đổi mật khẩu.').waitFor();
    await page.getByRole('heading', { name: 'Việc của tôi hôm nay' }).waitFor();
    await mainMenu(page).getByRole('menuitem', { name: 'Nhiệm vụ của tôi' }).click();
    await page.getByRole('tab', { name: 'Tôi chịu trách nhiệm' }).waitFor();
    await signOut(page);
  });

  it('lets the administrator reset a forgotten password to a temporary one', async () => {
    await signIn(page, server.url, 'quantri');
    await mainMenu(page).getByRole('menuitem', { name: 'Tài khoản' }).click();
    await page.getByRole('cell', { name: 'locthig' }).click();
    await page.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
    const dialog = page.getByRole('dialog', { name: 'Đặt lại mật khẩu cho tài khoản locthig' });
    await dialog.getByLabel('Mật khẩu tạm thời mới').fill('MoiTamThoi@2026');
    await dialog.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
    await page.getByText('Đã đặt lại mật khẩu.', { exact: false }).waitFor();
    await signOut(page);
    await signIn(page, server.url, 'locthig', 'MoiTamThoi@2026');
    await expect.poll(() => page.url()).toMatch(/#\/change-password$/);
    await page.getByText('Mật khẩu bạn đang dùng do quản trị viên đặt tạm thời.', { exact: false }).waitFor();
    await signOut(page);
  });

  it('lets the administrator unlock an account that wrong passwords locked', async () => {
    const admin = await server.login('quantri', DEMO_PASSWORD);
    const made = await server.gql('mutation { createAccount(username: "khoathu", password: "DungRoi@2026") { id } }', {}, { token: admin });
    expect(made.errors).toBeUndefined();
    for (let i = 0; i < 5; i += 1) await server.gql('mutation { login(username: "khoathu", password: "SaiRoi@2026") { token } }', {}, { token: null });
    const locked = await server.gql('mutation { login(username: "khoathu", password: "DungRoi@2026") { token } }', {}, { token: null });
    expect(locked.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    await signIn(page, server.url, 'quantri');
    await mainMenu(page).getByRole('menuitem', { name: 'Tài khoản' }).click();
    await page.getByRole('cell', { name: 'khoathu' }).click();
    await page.getByText('Tài khoản bị khóa sau 5 lần nhập sai mật khẩu liên tiếp', { exact: false }).waitFor();
    // the lock is the server's clock plus 15 minutes: 26/11/2026 10:00 in Vietnam
    await page.getByText('26/11/2026 10:15', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Mở khóa' }).click();
    await page.getByText('Đã mở khóa tài khoản', { exact: false }).waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Mở khóa' }).count()).toBe(0);
    expect((await server.gql('mutation { login(username: "khoathu", password: "DungRoi@2026") { token } }', {}, { token: null })).errors).toBeUndefined();
    await signOut(page);
  });

  it('goes back to the login page, saying why, when the session was ended elsewhere', async () => {
    await signIn(page, server.url, 'truongxavl');
    await page.getByRole('heading', { name: 'Tình hình thực hiện nhiệm vụ' }).waitFor();
    // The same person logs out on another device: every session of the account ends.
    const elsewhere = await server.login('truongxavl', DEMO_PASSWORD);
    expect((await server.gql('mutation { logout }', {}, { token: elsewhere })).data).toEqual({ logout: true });
    await mainMenu(page).getByRole('menuitem', { name: 'Nhiệm vụ', exact: true }).click();
    await page.getByRole('textbox', { name: 'Tên đăng nhập' }).waitFor();
    await page.getByText('Bạn chưa đăng nhập hoặc phiên làm việc đã hết hạn: hãy đăng nhập lại.').waitFor();
    await shot('14-session-ended');
  });

  it('renews the session every 30 minutes while the panel is open', async () => {
    // A fake clock from the page's first script on, so that half an hour passes at once.
    await page.clock.install();
    await signIn(page, server.url, 'truongxa');
    await page.getByRole('heading', { name: 'Tình hình thực hiện nhiệm vụ' }).waitFor();
    const renewal = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('renewToken'));
    await page.clock.fastForward('30:01');
    const response = await renewal;
    expect(((await response.json()) as { data?: { renewToken?: { expiresAt?: string } } }).data?.renewToken?.expiresAt).toBeTruthy();
    // The renewed cookie carries on the session.
    await mainMenu(page).getByRole('menuitem', { name: 'Đơn vị của tôi' }).click();
    await page.getByPlaceholder('Tìm kiếm').waitFor();
    await page.getByRole('columnheader', { name: 'Tên nhiệm vụ' }).waitFor();
    await signOut(page);
    expect(pageErrors).toEqual([]);
  });
});
