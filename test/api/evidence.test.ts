import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, CREATE_TASK, HISTORY, REPORT, vietnamTime, type World } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/server.js';

/** Evidence files on a progress report: kept in the database, hashed into history, readable by whoever reads the task. */
let server: TestServer;
let w: World;
let taskId: string;
let updateId: string;

const ATTACH = `mutation($u: ID!, $n: String!, $b: String!) { attachEvidenceFile(taskUpdateId: $u, fileName: $n, base64: $b) { id fileName mimeType size sha256 } }`;
// a scanned report: a PDF header and 150 KB of content, more than one storage chunk
const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(150 * 1024)]);

beforeAll(async () => {
  server = await startTestServer();
  server.clock.set(vietnamTime('2026-11-20'));
  w = await buildWorld(server);
  taskId = (await server.gql(CREATE_TASK, { title: 'Số hóa hồ sơ', leadUnitId: w.communeA, deadline: '2026-12-31', responsibleOfficialId: w.officialA })).data.createTask.id;
  updateId = (await server.gql(REPORT, { taskId, state: 'IN_PROGRESS', percentDone: 50, note: 'Đã số hóa một nửa' }, { actor: w.officialA })).data.createTaskUpdate.id;
});
afterAll(() => server?.stop());

describe('evidence files', () => {
  it('the official attaches a signed scan; its hash goes into the task’s history; the head downloads the same bytes', async () => {
    const res = await server.gql(ATTACH, { u: updateId, n: 'bien-ban-nghiem-thu.pdf', b: pdf.toString('base64') }, { actor: w.officialA });
    expect(res.errors).toBeUndefined();
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    expect(res.data.attachEvidenceFile).toMatchObject({ fileName: 'bien-ban-nghiem-thu.pdf', mimeType: 'application/pdf', size: 9 + 150 * 1024, sha256 });
    const history = (await server.gql(HISTORY, { taskId })).data.allTaskEvents.filter((e: any) => e.field === 'evidenceFile');
    expect(history.map((e: any) => JSON.parse(e.after))).toEqual([{ fileId: Number(res.data.attachEvidenceFile.id), taskUpdateId: Number(updateId), fileName: 'bien-ban-nghiem-thu.pdf', size: 9 + 150 * 1024, sha256 }]);
    const list = await server.gql(`query($t: ID!) { evidenceFiles(taskId: $t) { id fileName } }`, { t: taskId }, { actor: w.headA });
    expect(list.data.evidenceFiles.map((f: any) => f.fileName)).toEqual(['bien-ban-nghiem-thu.pdf']);
    const got = await server.gql(`query($id: ID!) { evidenceFileContent(id: $id) { fileName mimeType base64 } }`, { id: res.data.attachEvidenceFile.id }, { actor: w.headA });
    expect(Buffer.from(got.data.evidenceFileContent.base64, 'base64').equals(pdf)).toBe(true);
    // an official of another commune cannot read the task: the file does not exist for them
    const other = await server.gql(`query($id: ID!) { evidenceFileContent(id: $id) { fileName } }`, { id: res.data.attachEvidenceFile.id }, { actor: w.officialB });
    expect(other.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('refuses other types, content that is not what its name says, and files above 3 MB, saving nothing', async () => {
    const exe = await server.gql(ATTACH, { u: updateId, n: 'tool.exe', b: Buffer.from('MZ....').toString('base64') }, { actor: w.officialA });
    expect([exe.errors?.[0].extensions.code, exe.errors?.[0].message]).toEqual(['BAD_USER_INPUT', 'Tệp "tool.exe" không thuộc loại được nhận; hãy gửi một trong: pdf, png, jpg, jpeg, docx, xlsx, pptx, doc, xls, odt, ods.']);
    const fake = await server.gql(ATTACH, { u: updateId, n: 'anh-chup.png', b: pdf.toString('base64') }, { actor: w.officialA });
    expect(fake.errors?.[0].message).toBe('Nội dung tệp "anh-chup.png" không đúng với phần mở rộng của nó.');
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(3 * 1024 * 1024)]);
    const large = await server.gql(ATTACH, { u: updateId, n: 'lon.pdf', b: big.toString('base64') }, { actor: w.officialA });
    expect(large.errors?.[0].message).toBe('Tệp minh chứng lớn quá 3 MB: hãy quét với độ phân giải thấp hơn hoặc chia nhỏ.');
    const stranger = await server.gql(ATTACH, { u: updateId, n: 'x.pdf', b: pdf.toString('base64') }, { actor: w.officialB });
    expect(stranger.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect((await server.gql(`query($t: ID!) { evidenceFiles(taskId: $t) { id } }`, { t: taskId })).data.evidenceFiles).toHaveLength(1);
  });
});
