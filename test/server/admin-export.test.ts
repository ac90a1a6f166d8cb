import { describe, expect, it } from 'vitest';
import type { RaRecord } from 'react-admin';
import { leafPaths } from '../../admin/src/i18n/deep-merge.js';
import { english, vietnameseOwn } from '../../admin/src/i18n/messages.js';
import { toCsv } from '../../admin/src/common/csv.js';
import { buildListCsv, COLUMNS } from '../../admin/src/common/list-exporters.js';
import { i18nProvider } from '../../admin/src/providers/i18n-provider.js';

// The list exports as an office opens them: BOM, one line per record, the reader's language.

const task: RaRecord = {
  id: '7', title: 'Số hóa hồ sơ;\nđất đai', leadUnitId: '3', responsibleOfficialId: '9', startDate: '2026-01-05', deadline: '2026-11-16',
  state: 'IN_PROGRESS', timeliness: 'OPEN_OVERDUE', percentDone: 40, completedOn: null, assigneeIds: ['9', '10'],
};
const related = async (_records: RaRecord[], field: string) =>
  (field === 'leadUnitId' ? { 3: { id: '3', name: 'Xã Na Rì' } } : { 9: { id: '9', fullName: 'Phạm Thị S' } }) as Record<string, RaRecord>;

describe('list exports', () => {
  it('labels every exported column in both languages', () => {
    const en = new Set(leafPaths(english));
    const vi = new Set(leafPaths(vietnameseOwn));
    const keys = Object.entries(COLUMNS).flatMap(([resource, columns]) => columns.map((c) => `resources.${resource}.fields.${c.source}`));
    expect(keys.filter((k) => !en.has(k))).toEqual([]);
    expect(keys.filter((k) => !vi.has(k))).toEqual([]);
  });

  it('writes a Vietnamese task list with a BOM, semicolons, words and dd/MM/yyyy, one line per task', async () => {
    await i18nProvider.changeLocale('vi');
    const { csv, fileName } = await buildListCsv([task], related, 'Task');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Tên nhiệm vụ;Đơn vị chủ trì;Người chịu trách nhiệm;Ngày bắt đầu;Thời hạn;Trạng thái;Tình trạng thời hạn;Tiến độ (%);Ngày hoàn thành',
      '"Số hóa hồ sơ; đất đai";Xã Na Rì;Phạm Thị S;05/01/2026;16/11/2026;Đang thực hiện;Quá hạn;40;',
      '',
    ]);
    expect(fileName).toMatch(/^Nhiệm vụ \d{2}-\d{2}-\d{4}\.csv$/);
  });

  it('writes the same list in English with commas', async () => {
    await i18nProvider.changeLocale('en');
    const { csv } = await buildListCsv([task], related, 'Task');
    const [header, row] = csv.slice(1).split('\r\n');
    expect(header).toBe('Title,Lead unit,Responsible official,Start date,Deadline,State,Timeliness,Progress (%),Completed on');
    expect(row).toBe('Số hóa hồ sơ; đất đai,Xã Na Rì,Phạm Thị S,05/01/2026,16/11/2026,In progress,Overdue,40,');
    await i18nProvider.changeLocale('vi');
  });

  it('quotes what would break a line or a column', () => {
    expect(toCsv(['a', 'b'], [['x "y"', ' lead'], [null, 27.5]], 'en')).toBe('\uFEFFa,b\r\n"x ""y"""," lead"\r\n,27.5\r\n');
  });
});
