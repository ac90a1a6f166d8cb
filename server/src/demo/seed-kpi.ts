import { systemActor } from '../auth/actor.js';
import type { Clock } from '../clock.js';
import type { Database } from '../db/database.js';
import { KpiAccountabilityService } from '../modules/kpi/kpi-accountability.service.js';
import { KpiResultService } from '../modules/kpi/kpi-result.service.js';
import { Indicator, PeriodKind } from '../modules/kpi/kpi.entity.js';

const h = (n: number) => Math.round(n * 100);

/**
 * KPI results of the demo: the district's first ten months of 2023 exactly as the meeting
 * reported them (the four groups add up to 55,3 while the total is 46,63, so it is kept "as
 * published" and flagged), and invented 2026 quarters for today's communes so that rankings and
 * gaps have something to show. Tasks born of directives 4–6 are tied to the indicators they move.
 */
export async function seedKpi(db: Database, clock: Clock, unitIds: Map<string, string>, taskIds: Map<string, string>): Promise<void> {
  const system = systemActor();
  const results = new KpiResultService(db, clock, system);
  await results.create({
    unitId: unitIds.get('BK-NARI')!, periodKind: PeriodKind.FIRST_MONTHS, year: 2023, periodNumber: 10, total: h(46.63),
    groupScores: [{ groupCode: 'CKMB', score: h(12.3) }, { groupCode: 'TDGQ', score: h(18.5) }, { groupCode: 'MDHL', score: h(18) }, { groupCode: 'MDSH', score: h(6.5) }],
    values: [{ indicatorCode: 'TTTT.A', rate: h(29) }, { indicatorCode: 'MDSH.1', rate: h(31) }],
    asPublished: true,
    note: 'Số liệu như báo cáo tại cuộc họp ngày 08/11/2023; tỷ lệ thanh toán trực tuyến "trên 29%", số hóa kết quả tại Một cửa "trên 31%" (ghi 29%, 31%). Bốn nhóm cộng lại 55,3 điểm, khác tổng 46,63.',
  });
  const year = Number(clock.today().slice(0, 4));
  const quarters = [
    { code: 'TN-XA-NARI', q: [[58.4, 12.1, 17.2, 6.5, 4.2, 12.4, 6.0], [63.1, 13.0, 18.1, 7.0, 5.1, 13.2, 6.7]] },
    { code: 'TN-XA-VANLANG', q: [[61.2, 13.4, 18.0, 7.1, 4.8, 12.0, 5.9], [59.8, 13.2, 17.5, 6.9, 4.6, 11.9, 5.7]] },
  ];
  for (const { code, q } of quarters) {
    for (const [i, [total, ckmb, tdgq, clgq, tttt, mdhl, mdsh]] of q.entries()) {
      await results.create({
        unitId: unitIds.get(code)!, periodKind: PeriodKind.QUARTER, year, periodNumber: i + 2, total: h(total),
        groupScores: [['CKMB', ckmb], ['TDGQ', tdgq], ['CLGQ', clgq], ['TTTT', tttt], ['MDHL', mdhl], ['MDSH', mdsh]].map(([groupCode, s]) => ({ groupCode: String(groupCode), score: h(Number(s)) })),
        values: [
          { indicatorCode: 'TDGQ.1', rate: h(tdgq * 5), score: h(tdgq) },
          { indicatorCode: 'CLGQ.3', rate: h(28 + i * 6 + (code.endsWith('NARI') ? 0 : 3)) },
          { indicatorCode: 'TTTT.A', rate: h(22 + i * 5) },
          { indicatorCode: 'MDSH.2', rate: h(35 + i * 9) },
        ],
      });
    }
  }
  const links = new KpiAccountabilityService(db, clock, system);
  const indicator = async (code: string) => String((await db.manager.findOneByOrFail(Indicator, { code })).id);
  const ties: Array<[string, string, number, number | null]> = [
    ['kl23-04-nop-truc-tuyen-yen-lac', 'CLGQ.3', 100, 18],
    ['kl23-04-nop-truc-tuyen-kim-lu', 'CLGQ.3', 100, 15],
    ['kl23-05-dung-han-mot-cua-huyen', 'TDGQ.1', 100, 92.5],
    ['kl23-06-nang-cap-mot-cua-huyen', 'MDSH.1', 80, 31],
    ['now-01-ho-tro-nop-truc-tuyen', 'CLGQ.3', 100, 28],
    ['now-01-ho-tro-nop-truc-tuyen', 'TTTT.A', 60, 22],
    ['now-02-so-hoa-dat-dai', 'MDSH.2', 80, 35],
    ['now-05-thiet-bi-so-hoa', 'MDSH.2', 80, 35],
    ['now-09-dat-dai-dung-han-van-lang', 'TDGQ.1', 100, 87.5],
  ];
  for (const [taskKey, code, target, baseline] of ties) {
    const taskId = taskIds.get(taskKey);
    if (!taskId) continue; // the demo data changed: a missing tie is not worth failing the demo
    await links.createTarget({ taskId, indicatorId: await indicator(code), target: h(target), baseline: baseline === null ? null : h(baseline) });
  }
}
