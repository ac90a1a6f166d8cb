import ExcelJS from 'exceljs';
import type { Lang } from '../../i18n/lang.js';
import { stateLabels } from '../../i18n/messages.js';
import { levelLabel } from '../../i18n/rating.js';
import type { Evaluation, EvaluationCycle } from './evaluation.entity.js';

interface Row { evaluation: Evaluation; fullName: string; unitName: string; explanation: string }

const HEAD: Record<Lang, string[]> = {
  vi: ['Họ và tên', 'Chức vụ', 'Đơn vị', 'Số nhiệm vụ', 'Hoàn thành', 'Đúng hạn', 'Trễ hạn', 'Quá hạn chưa xong', 'Bị trả lại', 'Vượt yêu cầu', 'Đề xuất (hệ thống)', 'Đề xuất của thủ trưởng', 'Quyết định', 'Lý do', 'Trạng thái', 'Điểm (Nghị định 335)', 'Chưa đến hạn (chưa tính)'],
  en: ['Full name', 'Position', 'Unit', 'Tasks', 'Done', 'On time', 'Late', 'Overdue, open', 'Returned', 'Exceeded', 'Proposed (system)', 'Head\u2019s proposal', 'Decided', 'Reason', 'State', 'Points (Decree 335)', 'Not due yet (not counted)'],
};

/** The steps of an evaluation, as the form names them. */
const STEPS: Record<string, Record<Lang, string>> = {
  OPENED: { vi: 'Mở phiếu', en: 'Opened' },
  SELF_ASSESS: { vi: 'Tự đánh giá', en: 'Self-assessment' },
  PROPOSE: { vi: 'Đề xuất', en: 'Proposal' },
  REVIEW: { vi: 'Thẩm định', en: 'Review' },
  DECIDE: { vi: 'Quyết định', en: 'Decision' },
  REOPEN: { vi: 'Mở lại', en: 'Reopened' },
  PUBLISH: { vi: 'Công bố', en: 'Published' },
  FACTS: { vi: 'Cập nhật thông tin', en: 'Facts updated' },
  REGROUP: { vi: 'Đổi nhóm tính tỷ lệ', en: 'Quota group changed' },
  REFRESH: { vi: 'Tính lại đề xuất', en: 'Proposal recomputed' },
};

export interface FormStep { at: Date; action: string; actorName: string | null; level: string | null; reason: string | null }

/** The header row of the list (row 5: the agency, title and period come first, in the fixed report layout). */
export const LIST_HEADER_ROW = 5;

/**
 * The evaluation list of a unit, as HR files it, in the fixed report layout: the agency, the
 * title, the unit and period, then STT and the figures, proposals, decisions and reasons, then the
 * place and date and the signature lines.
 */
export async function evaluationWorkbook(lang: Lang, cycle: EvaluationCycle, rows: Row[], agency: { name: string; parentName: string | null } = { name: '', parentName: null }, dateLine = ''): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(lang === 'vi' ? `Xep loai ${cycle.year}` : `Ratings ${cycle.year}`);
  const vi = lang === 'vi';
  const width = HEAD[lang].length + 1;
  sheet.getCell(1, 1).value = agency.parentName ? `${agency.parentName.toUpperCase()} — ${agency.name.toUpperCase()}` : agency.name.toUpperCase();
  sheet.getCell(1, 1).font = { bold: true, name: 'Times New Roman' };
  sheet.mergeCells(2, 1, 2, width);
  sheet.getCell(2, 1).value = vi ? `DANH SÁCH ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG NĂM ${cycle.year}` : `RATINGS OF ${cycle.year}`;
  sheet.getCell(2, 1).font = { bold: true, size: 14, name: 'Times New Roman' };
  sheet.getCell(2, 1).alignment = { horizontal: 'center' };
  sheet.mergeCells(3, 1, 3, width);
  sheet.getCell(3, 1).value = vi ? `Đơn vị: ${agency.name}; kỳ đánh giá: năm ${cycle.year}` : `Unit: ${agency.name}; period: the year ${cycle.year}`;
  sheet.getCell(3, 1).alignment = { horizontal: 'center' };
  const header = sheet.getRow(LIST_HEADER_ROW);
  header.values = [vi ? 'STT' : 'No.', ...HEAD[lang]];
  header.font = { bold: true };
  let n = 0;
  for (const { evaluation: e, fullName, unitName, explanation } of rows) {
    const figures = (JSON.parse(e.evidence) as { official?: Record<string, number> }).official ?? {};
    n += 1;
    sheet.addRow([
      n, fullName, e.position, unitName, figures.assigned ?? 0, figures.done ?? 0, figures.doneOnTime ?? 0, figures.doneLate ?? 0, figures.openOverdue ?? 0,
      figures.returned ?? 0, figures.exceeded ?? 0, e.notRatedReason ?? explanation, e.headLevel ? levelLabel(lang, e.headLevel) : '',
      e.decidedLevel ? levelLabel(lang, e.decidedLevel) : '', e.decisionReason ?? '', stateLabels[e.state]?.[lang] ?? e.state,
      e.proposedPoints === null ? null : e.proposedPoints / 100, figures.notYetDue ?? 0,
    ]);
  }
  sheet.addRow([]);
  const place = sheet.addRow([]);
  place.getCell(width - 3).value = dateLine;
  place.getCell(width - 3).font = { italic: true };
  const signers = sheet.addRow([]);
  signers.getCell(2).value = vi ? 'NGƯỜI LẬP BIỂU' : 'PREPARED BY';
  signers.getCell(width - 3).value = vi ? 'THỦ TRƯỞNG ĐƠN VỊ' : 'HEAD OF THE UNIT';
  signers.font = { bold: true };
  const hint = sheet.addRow([]);
  hint.getCell(2).value = vi ? '(Ký, ghi rõ họ tên)' : '(Signature and full name)';
  hint.getCell(width - 3).value = vi ? '(Ký, ghi rõ họ tên, đóng dấu)' : '(Signature, full name and seal)';
  hint.font = { italic: true };
  sheet.columns.forEach((c, i) => { c.width = i === 0 ? 6 : 18; });
  return Buffer.from(await book.xlsx.writeBuffer());
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A print-ready evaluation form (Phiếu đánh giá, xếp loại) for one official. */
export function evaluationForm(lang: Lang, cycle: EvaluationCycle, row: Row, steps: FormStep[]): string {
  const e = row.evaluation;
  const vi = lang === 'vi';
  const line = (label: string, value: string) => `<tr><th>${esc(label)}</th><td>${esc(value)}</td></tr>`;
  const when = (d: Date) => new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'short' }).format(d);
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(row.fullName)} — ${cycle.year}</title>
<style>body{font-family:"Times New Roman",serif;margin:2cm;font-size:13pt}h1{text-align:center;font-size:15pt;text-transform:uppercase}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #444;padding:4px 8px;text-align:left;vertical-align:top}th{width:35%;font-weight:normal}
.sign{display:flex;justify-content:space-between;margin-top:2cm;text-align:center}@media print{body{margin:1.5cm}}</style></head><body>
<p style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br>Độc lập – Tự do – Hạnh phúc</p>
<h1>${vi ? 'Phiếu đánh giá, xếp loại chất lượng' : 'Evaluation and rating form'} ${cycle.year}</h1>
<table>
${line(vi ? 'Họ và tên' : 'Full name', row.fullName)}
${line(vi ? 'Chức vụ' : 'Position', e.position)}
${line(vi ? 'Đơn vị' : 'Unit', row.unitName)}
${line(vi ? 'Căn cứ' : 'Legal basis', e.legalBasis ?? '')}
${line(vi ? 'Kết quả thực hiện nhiệm vụ (hệ thống đề xuất)' : 'Task results (system proposal)', e.notRatedReason ?? row.explanation)}
${line(vi ? 'Tự đánh giá' : 'Self-assessment', `${e.selfAssessment ?? ''}${e.selfLevel ? ` — ${levelLabel(lang, e.selfLevel)}` : ''}`)}
${line(vi ? 'Ý kiến, đề xuất của thủ trưởng' : 'Head\u2019s proposal', `${e.headComment ?? ''}${e.headLevel ? ` — ${levelLabel(lang, e.headLevel)}` : ''}`)}
${line(vi ? 'Ý kiến thẩm định (Nội vụ)' : 'HR review', e.hrComment ?? '')}
${line(vi ? 'Kết quả xếp loại' : 'Rating decided', e.decidedLevel ? levelLabel(lang, e.decidedLevel) : '')}
${line(vi ? 'Lý do' : 'Reason', e.decisionReason ?? '')}
${e.decidedEvidenceHash ? line(vi ? 'Mã kiểm tra minh chứng khi quyết định (SHA-256)' : 'Evidence seal at decision (SHA-256)', e.decidedEvidenceHash) : ''}
</table>
<h2 style="font-size:13pt">${vi ? 'Các bước xử lý' : 'Steps'}</h2>
<table>${steps.map((s) => `<tr><td>${esc(when(s.at))}</td><td>${esc(STEPS[s.action]?.[lang] ?? s.action)}</td><td>${esc(s.actorName ?? '')}</td><td>${esc(s.level ? levelLabel(lang, s.level) : '')}</td><td>${esc(s.reason ?? '')}</td></tr>`).join('')}</table>
<div class="sign"><div>${vi ? 'Người tự đánh giá' : 'The official'}<br><br><br></div><div>${vi ? 'Thủ trưởng đơn vị' : 'Head of unit'}<br><br><br></div></div>
</body></html>`;
}
