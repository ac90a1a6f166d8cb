import { describe, expect, it } from 'vitest';
import { buildDemoData } from '../../server/src/demo/demo-data.js';
import { deadlineIn, splitDirectives, unitsNamedIn } from '../../server/src/modules/conclusion/split.js';

/** The splitter proposes directives from a pasted conclusion; the user corrects them before creating. */
const seed = buildDemoData('2026-11-26').documents.find((d) => d.number === '245/TB-UBND')!;

describe('splitting a conclusion into directives', () => {
  it('finds the seven directives of the seed’s conclusion pasted as one paragraph, after its lead-in', () => {
    const paragraph = `${seed.summary} ${seed.directives.map((d) => d.text).join(' ')}`;
    const directives = splitDirectives(paragraph);
    expect(directives).toHaveLength(7);
    expect(directives).toEqual(seed.directives.map((d) => d.text));
    // the fifth keeps its own semicolon: it is one sentence, not a list
    expect(directives[4]).toBe('Bảo đảm 100% hồ sơ được tiếp nhận, giải quyết đúng hạn trên phần mềm một cửa; không để phát sinh hồ sơ quá hạn.');
  });

  it('splits a chairman’s list on its "; "', () => {
    const text = 'Chủ tịch UBND huyện kết luận và giao: Phòng Nội vụ rà soát biên chế trước ngày 15/12/2023; Phòng Tài chính – Kế hoạch bố trí kinh phí số hóa; UBND xã Văn Lang hoàn thành hồ sơ đất đai trong tháng 12.';
    expect(splitDirectives(text)).toEqual([
      'Phòng Nội vụ rà soát biên chế trước ngày 15/12/2023.',
      'Phòng Tài chính – Kế hoạch bố trí kinh phí số hóa.',
      'UBND xã Văn Lang hoàn thành hồ sơ đất đai trong tháng 12.',
    ]);
  });

  it('takes numbered items one each, over several lines, after a preamble', () => {
    const text = `Sau khi nghe báo cáo, Chủ tịch UBND xã kết luận như sau:
1. Công chức Văn phòng – Thống kê hướng dẫn người dân nộp hồ sơ trực tuyến;
   tuyên truyền đến từng thôn.
2) Công chức Địa chính số hóa hồ sơ đất đai trước ngày 31/12/2023.
3. Trung tâm Phục vụ hành chính công xã báo cáo kết quả hằng tháng`;
    expect(splitDirectives(text)).toEqual([
      'Công chức Văn phòng – Thống kê hướng dẫn người dân nộp hồ sơ trực tuyến; tuyên truyền đến từng thôn.',
      'Công chức Địa chính số hóa hồ sơ đất đai trước ngày 31/12/2023.',
      'Trung tâm Phục vụ hành chính công xã báo cáo kết quả hằng tháng.',
    ]);
  });
});

describe('what a directive names', () => {
  const units = [
    { id: 1, name: 'Xã Văn Lang' }, { id: 2, name: 'Phòng Nội vụ' }, { id: 3, name: 'Phòng Nội vụ huyện Na Rì' }, { id: 4, name: 'Xã Na Rì' },
  ];
  it('the units named, diacritics ignored, in order of appearance, the longer name winning', () => {
    expect(unitsNamedIn('Phong Noi vu huyen Na Ri phối hợp với UBND xã Văn Lang', units).map((u) => u.id)).toEqual([3, 1]);
    expect(unitsNamedIn('UBND xã Na Rì và Phòng Nội vụ', units).map((u) => u.id)).toEqual([4, 2]);
    expect(unitsNamedIn('Các xã, thị trấn', units)).toEqual([]);
  });
  it('a deadline written as "trước ngày dd/MM/yyyy"', () => {
    expect(deadlineIn('Rà soát biên chế trước ngày 15/12/2023.')).toBe('2023-12-15');
    expect(deadlineIn('Hoàn thành chậm nhất 5/1/2024')).toBe('2024-01-05');
    expect(deadlineIn('Trong tháng 12')).toBeNull();
    expect(deadlineIn('trước ngày 31/02/2024')).toBeNull();
  });
});
