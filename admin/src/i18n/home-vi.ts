import type { Catalogue } from './deep-merge.js';

/** The home page by role, deadline chips, alerts (Vietnamese). */
export const homeVietnamese: Catalogue = {
  app: {
    deadline: {
      left: 'còn %{smart_count} ngày',
      today: 'hạn hôm nay',
      overdue: 'quá %{smart_count} ngày',
    },
    home: {
      actions: 'Thao tác',
      mine: 'Việc của tôi hôm nay',
      myOverdue: 'Nhiệm vụ của tôi đã quá hạn',
      mySoon: 'Nhiệm vụ của tôi đến hạn trong %{days} ngày tới',
      myReturned: 'Nhiệm vụ bị trả lại, cần làm tiếp',
      myOther: 'Các nhiệm vụ khác đang thực hiện',
      allMine: 'Tất cả nhiệm vụ của tôi',
      noneOverdue: 'Không có nhiệm vụ quá hạn.',
      noneSoon: 'Không có nhiệm vụ nào đến hạn trong tuần tới.',
      noneReturned: 'Không có nhiệm vụ bị trả lại.',
      noneOther: 'Không có nhiệm vụ nào khác.',
      myEvaluation: 'Đánh giá, xếp loại của tôi',
      evaluationStep: 'Năm %{year}: %{state}.',
      evaluationSelfAssess: 'Đồng chí cần tự đánh giá.',
      openEvaluation: 'Mở phiếu đánh giá',
      noEvaluation: 'Chưa có kỳ đánh giá nào.',
      headTitle: 'Việc cần xử lý của %{unit}',
      toAccept: 'Báo cáo hoàn thành chờ nghiệm thu',
      noneToAccept: 'Không có báo cáo nào chờ nghiệm thu.',
      unitSoon: 'Nhiệm vụ đến hạn trong %{days} ngày tới',
      proposalsWaiting: 'Phiếu đánh giá chờ đề xuất hoặc quyết định',
      noneWaiting: 'Không có phiếu nào đang chờ.',
      hrTitle: 'Đánh giá, xếp loại: tiến độ kỳ đánh giá',
      noOpenCycle: 'Không có kỳ đánh giá nào đang mở.',
      cycleProgress: 'Kỳ đánh giá năm %{year}: đã quyết định %{done}/%{all} phiếu',
      openCycle: 'Mở bảng đánh giá',
      toReview: 'Đề xuất chờ thẩm định',
    },
  },
};
