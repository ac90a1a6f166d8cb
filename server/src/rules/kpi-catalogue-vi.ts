/**
 * Vietnamese names of the Decision 766 indicators (the shared catalogue names them in English
 * only). Data, not logic: the catalogue loader joins it by code, and administrators may edit
 * names afterwards.
 */
export const INDICATOR_NAMES_VI: Record<string, string> = {
  'CKMB.1': 'Công bố thủ tục hành chính đúng hạn',
  'CKMB.2': 'Cập nhật, công khai thủ tục hành chính đúng hạn',
  'CKMB.3': 'Công khai đầy đủ nội dung thủ tục hành chính',
  'CKMB.4': 'Đồng bộ hồ sơ lên Cổng Dịch vụ công quốc gia',
  'TDGQ.1': 'Hồ sơ giải quyết trước hạn, đúng hạn',
  'CLGQ.1': 'Thủ tục cung cấp dịch vụ công trực tuyến',
  'CLGQ.3': 'Hồ sơ nộp trực tuyến',
  'TTTT.A': 'Hồ sơ có phí, lệ phí được thanh toán trực tuyến',
  'TTTT.B': 'Thủ tục có phí, lệ phí triển khai thanh toán trực tuyến',
  'TTTT.C': 'Thủ tục có phí, lệ phí phát sinh hồ sơ',
  'MDHL.1': 'Phản ánh, kiến nghị được xử lý đúng hạn',
  'MDHL.2': 'Mức độ hài lòng về xử lý phản ánh, kiến nghị',
  'MDHL.3': 'Mức độ hài lòng trong tiếp nhận, giải quyết thủ tục hành chính',
  'MDSH.1': 'Cấp kết quả giải quyết thủ tục hành chính điện tử',
  'MDSH.2': 'Số hóa hồ sơ',
  'MDSH.3': 'Chứng thực bản sao điện tử',
  'MDSH.4': 'Tái sử dụng dữ liệu đã số hóa',
  'MDSH.5': 'Hồ sơ kết nối kho dữ liệu của công dân',
  'MDSH.6': 'Hồ sơ khai thác Cơ sở dữ liệu quốc gia về dân cư',
  'MDSH.7': 'Thủ tục kết nối Cơ sở dữ liệu quốc gia về dân cư',
};
