import raVietnamesePack from 'ra-language-vietnamese';
import { deepMerge, type Catalogue } from './deep-merge.js';

/**
 * react-admin's own texts in Vietnamese. `ra-language-vietnamese` 3 was written for react-admin 3:
 * it lacks the keys added since (saved queries, column selector, sorting, ...) and uses the
 * old `%{id}` page titles. This completes and corrects it so that no English shows in the
 * Vietnamese interface; the catalogue test checks that every English key has a Vietnamese text.
 */
function packWithoutObsoleteKeys(): Catalogue {
  const pack = structuredClone(raVietnamesePack) as { ra: { navigation: Record<string, string> } };
  // react-admin 5 says `previous`; the pack's `prev` is no longer read.
  delete pack.ra.navigation.prev;
  return pack as unknown as Catalogue;
}

const completions: Catalogue = {
  ra: {
    action: {
      bulk_actions: 'Đã chọn %{smart_count} mục',
      clear_array_input: 'Xóa cả danh sách',
      create_item: 'Tạo %{item}',
      remove_filter: 'Bỏ bộ lọc này',
      remove_all_filters: 'Bỏ tất cả bộ lọc',
      reset: 'Đặt lại',
      search_columns: 'Tìm cột',
      select_all: 'Chọn tất cả',
      select_all_button: 'Chọn tất cả',
      select_row: 'Chọn dòng này',
      show: 'Xem',
      unselect: 'Bỏ chọn',
      update: 'Cập nhật',
      move_up: 'Chuyển lên',
      move_down: 'Chuyển xuống',
      open: 'Mở',
      toggle_theme: 'Chuyển giao diện sáng/tối',
      select_columns: 'Cột',
      update_application: 'Tải lại ứng dụng',
    },
    boolean: { null: ' ' },
    page: {
      dashboard: 'Tổng quan',
      edit: '%{name} %{recordRepresentation}',
      show: '%{name} %{recordRepresentation}',
      list: '%{name}',
      access_denied: 'Không có quyền truy cập',
      authentication_error: 'Lỗi xác thực',
    },
    message: {
      access_denied: 'Bạn không có quyền truy cập trang này',
      authentication_error: 'Máy chủ xác thực báo lỗi, không kiểm tra được thông tin đăng nhập của bạn.',
      auth_error: 'Đã xảy ra lỗi khi kiểm tra mã xác thực.',
      bulk_delete_content: 'Bạn có chắc chắn muốn xóa %{name} này? |||| Bạn có chắc chắn muốn xóa %{smart_count} mục này?',
      bulk_delete_title: 'Xóa %{name} |||| Xóa %{smart_count} %{name}',
      bulk_update_content:
        'Bạn có chắc chắn muốn cập nhật %{name} %{recordRepresentation}? |||| Bạn có chắc chắn muốn cập nhật %{smart_count} mục này?',
      bulk_update_title: 'Cập nhật %{name} %{recordRepresentation} |||| Cập nhật %{smart_count} %{name}',
      clear_array_input: 'Bạn có chắc chắn muốn xóa cả danh sách?',
      delete_content: 'Bạn có chắc chắn muốn xóa %{name} này?',
      delete_title: 'Xóa %{name} %{recordRepresentation}',
      error: 'Đã xảy ra lỗi ở trình duyệt, yêu cầu của bạn không thực hiện được.',
      loading: 'Vui lòng đợi',
      select_all_limit_reached: 'Có quá nhiều mục để chọn hết. Chỉ %{max} mục đầu tiên được chọn.',
      placeholder_data_warning: 'Lỗi mạng: không làm mới được dữ liệu.',
    },
    navigation: {
      clear_filters: 'Bỏ bộ lọc',
      no_filtered_results: 'Không có %{name} nào khớp với bộ lọc hiện tại.',
      no_results: 'Không có %{name} nào',
      no_more_results: 'Trang số %{page} vượt quá số trang. Hãy thử trang trước.',
      page_range_info: '%{offsetBegin}–%{offsetEnd} trên %{total}',
      partial_page_range_info: '%{offsetBegin}–%{offsetEnd} trên hơn %{offsetEnd}',
      current_page: 'Trang %{page}',
      page: 'Đến trang %{page}',
      first: 'Đến trang đầu',
      last: 'Đến trang cuối',
      next: 'Đến trang sau',
      previous: 'Đến trang trước',
      page_rows_per_page: 'Số dòng mỗi trang:',
      skip_nav: 'Bỏ qua đến nội dung',
    },
    sort: {
      sort_by: 'Sắp xếp theo %{field_lower_first} %{order}',
      ASC: 'tăng dần',
      DESC: 'giảm dần',
    },
    auth: {
      user_menu: 'Tài khoản của tôi',
      email: 'Thư điện tử',
    },
    notification: {
      updated: 'Đã cập nhật |||| Đã cập nhật %{smart_count} mục',
      created: 'Đã tạo',
      deleted: 'Đã xóa |||| Đã xóa %{smart_count} mục',
      bad_item: 'Mục không hợp lệ',
      item_doesnt_exist: 'Mục không tồn tại',
      data_provider_error: 'Lỗi khi gọi máy chủ. Xem chi tiết trong console của trình duyệt.',
      canceled: 'Đã hủy thao tác',
      not_authorized: 'Bạn không có quyền truy cập tài nguyên này.',
      application_update_available: 'Đã có phiên bản mới.',
      offline: 'Mất kết nối mạng. Không tải được dữ liệu.',
    },
    validation: {
      unique: 'Giá trị này đã được dùng',
    },
    saved_queries: {
      label: 'Bộ lọc đã lưu',
      query_name: 'Tên bộ lọc',
      new_label: 'Lưu bộ lọc hiện tại...',
      new_dialog_title: 'Lưu bộ lọc hiện tại với tên',
      remove_label: 'Xóa bộ lọc đã lưu',
      remove_label_with_name: 'Xóa bộ lọc "%{name}"',
      remove_dialog_title: 'Xóa bộ lọc đã lưu?',
      remove_message: 'Bạn có chắc chắn muốn xóa bộ lọc này khỏi danh sách bộ lọc đã lưu?',
      help: 'Lọc danh sách rồi lưu bộ lọc để dùng lại',
    },
    guesser: {
      empty: {
        title: 'Không có dữ liệu để hiển thị',
        message: 'Hãy kiểm tra nguồn dữ liệu (data provider)',
      },
    },
    configurable: {
      customize: 'Tùy chỉnh',
      configureMode: 'Tùy chỉnh trang này',
      inspector: {
        title: 'Trình kiểm tra',
        content: 'Rê chuột lên các thành phần giao diện để tùy chỉnh',
        reset: 'Đặt lại thiết lập',
        hideAll: 'Ẩn tất cả',
        showAll: 'Hiện tất cả',
      },
      Datagrid: {
        title: 'Bảng dữ liệu',
        unlabeled: 'Cột không tên #%{column}',
      },
      SimpleForm: {
        title: 'Biểu mẫu',
        unlabeled: 'Ô nhập không tên #%{input}',
      },
      SimpleList: {
        title: 'Danh sách',
        primaryText: 'Dòng chính',
        secondaryText: 'Dòng phụ',
        tertiaryText: 'Dòng thứ ba',
      },
    },
  },
};

/** react-admin's texts in Vietnamese, complete for react-admin 5. */
export const raVietnamese: Catalogue = deepMerge(packWithoutObsoleteKeys(), completions);
