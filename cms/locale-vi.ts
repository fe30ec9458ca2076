/**
 * The CMS in Vietnamese: Decap's own Vietnamese strings, completed and corrected. Decap's `vi` lacks about
 * eighty of its English keys (toolbar tooltips, "Add %{item}", link and image prompts, notes, media card
 * actions), which it then shows in English. tests/cms-locale.test.ts fails when Decap's English locale has a
 * key this one lacks, or a value left in English.
 *
 * Only characters every common font has: Decap's `vi` starts the create button with a full-width plus (U+FF0B),
 * which many Windows fonts draw as an empty box.
 */
import decapVi from 'decap-cms-locales/dist/esm/vi/index.js';

type Strings = { [key: string]: string | Strings };

const OVERRIDES: Strings = {
  auth: {
    loginWithAzure: 'Đăng nhập bằng Azure',
    loginWithForgejo: 'Đăng nhập bằng Forgejo',
    errors: {
      identitySettings:
        'Không đọc được cấu hình tài khoản. Khi dùng git-gateway, hãy bật dịch vụ Identity và Git Gateway.',
    },
  },
  app: {
    app: {
      checkConfigYml: 'Kiểm tra lại cấu hình CMS (cms/config.ts).',
      waitingBackend: 'Đang chờ máy chủ nội dung...',
    },
  },
  collection: {
    sidebar: { collections: 'Mục nội dung', allCollections: 'Tất cả mục nội dung' },
    collectionTop: {
      viewAs: 'Xem dạng',
      viewAsList: 'Xem dạng danh sách',
      viewAsGrid: 'Xem dạng lưới',
      newButton: '+ Tạo %{collectionLabel} mới',
      newButtonAriaLabel: 'Tạo %{collectionLabel} mới',
      groupBy: 'Nhóm theo',
    },
    entries: { unpublishedHeader: 'Mục chưa công bố' },
    groups: { other: 'Khác', negateLabel: 'Không phải %{label}' },
  },
  editor: {
    // Decap fills %{widgetLabel} with the widget's internal name ("object", "optional-object"): read aloud as English.
    editorControl: { field: { optional: 'không bắt buộc', widgetLabel: 'nhóm trường' } },
    // "Tiêu đề: Tối đa 160 ký tự." rather than "… không khớp với mẫu: …": every pattern here carries its own message.
    editorControlPane: {
      widget: { regexPattern: '%{fieldLabel}: %{pattern}.' },
      i18n: {
        writingInLocale: 'Đang viết bằng %{locale}',
        copyFromLocale: 'Lấy nội dung từ ngôn ngữ khác',
        copyFromLocaleConfirm: 'Lấy nội dung từ ngôn ngữ %{locale}?\nMọi nội dung hiện có sẽ bị ghi đè.',
      },
    },
    editorInterface: {
      toggleI18n: 'Bật/tắt đa ngôn ngữ',
      togglePreview: 'Bật/tắt xem trước',
      toggleScrollSync: 'Cuộn đồng thời hai khung',
      toggleNotes: 'Bật/tắt ghi chú',
    },
    editorNotesPane: {
      title: 'Ghi chú',
      emptyState: 'Chưa có ghi chú. Thêm ghi chú đầu tiên ở dưới để trao đổi với người duyệt.',
      addNote: 'Thêm ghi chú',
      addPlaceholder: 'Viết ghi chú...',
      editPlaceholder: 'Sửa ghi chú...',
      save: 'Lưu',
      cancel: 'Hủy',
      edit: 'Sửa',
      delete: 'Xóa',
      resolve: 'Đánh dấu đã xử lý',
      unresolve: 'Mở lại',
      confirmDelete: 'Xóa ghi chú này?',
      shortcut: 'Mẹo: nhấn Ctrl+Enter để thêm ghi chú nhanh',
    },
    editorToolbar: {
      status: 'Trạng thái: %{status}',
      backCollection: ' Đang viết trong mục %{collectionLabel}',
      statusInfoTooltipDraft:
        'Mục đang là bản nháp. Khi viết xong, chuyển trạng thái sang "Đang xét duyệt" để gửi duyệt.',
      statusInfoTooltipInReview:
        'Mục đang được xét duyệt, không cần làm gì thêm. Bạn vẫn có thể sửa trong lúc chờ duyệt.',
      deployPreviewPendingButtonLabel: 'Kiểm tra bản xem trước',
    },
    editorWidgets: {
      markdown: {
        bold: 'In đậm',
        italic: 'In nghiêng',
        strikethrough: 'Gạch ngang',
        code: 'Mã',
        link: 'Liên kết',
        linkPrompt: 'Nhập địa chỉ của liên kết (https://…)',
        headings: 'Tiêu đề mục',
        quote: 'Trích dẫn',
        bulletedList: 'Danh sách gạch đầu dòng',
        numberedList: 'Danh sách đánh số',
        addComponent: 'Thêm khối',
        richText: 'Soạn thảo',
        markdown: 'Mã Markdown',
        toggleMode: { rich: 'Chuyển sang chế độ soạn thảo', markdown: 'Chuyển sang chế độ mã Markdown' },
      },
      image: {
        chooseMultiple: 'Chọn các hình',
        chooseUrl: 'Chèn từ địa chỉ web',
        replaceUrl: 'Thay bằng địa chỉ web',
        promptUrl: 'Nhập địa chỉ web của hình',
        addMore: 'Thêm hình',
        removeAll: 'Gỡ bỏ mọi hình',
      },
      // The only file field is a bulletin's recording (src/schemas/bulletin.ts): its buttons say what it takes.
      file: {
        choose: 'Chọn tệp âm thanh',
        chooseDifferent: 'Chọn tệp âm thanh khác',
        remove: 'Gỡ bỏ tệp âm thanh',
        chooseUrl: 'Chèn từ địa chỉ web',
        chooseMultiple: 'Chọn các tệp âm thanh',
        replaceUrl: 'Thay bằng địa chỉ web',
        promptUrl: 'Nhập địa chỉ web của tệp âm thanh',
        addMore: 'Thêm tệp âm thanh',
        removeAll: 'Gỡ bỏ mọi tệp âm thanh',
      },
      unknownControl: { noControl: "Không có ô nhập cho kiểu '%{widget}'." },
      unknownPreview: { noPreview: "Không có bản xem trước cho kiểu '%{widget}'." },
      datetime: { setToNow: 'Đặt %{fieldLabel} là hôm nay' },
      list: { add: 'Thêm %{item}', addType: 'Thêm %{item}' },
      object: { expand: 'Mở rộng', collapse: 'Thu gọn' },
    },
  },
  mediaLibrary: {
    mediaLibraryCard: {
      copy: 'Sao chép',
      copyUrl: 'Sao chép địa chỉ',
      copyPath: 'Sao chép đường dẫn',
      copyName: 'Sao chép tên',
      copied: 'Đã sao chép',
    },
    mediaLibrary: {
      onDelete: 'Xóa hẳn tệp này khỏi thư viện?',
      fileTooLarge: 'Tệp quá lớn: tối đa %{size} kB.',
    },
    // Written for images; cms/media-library.ts says "tệp âm thanh" instead in a bulletin's library.
    mediaLibraryModal: {
      close: 'Đóng',
      images: 'Ảnh',
      mediaAssets: 'Tệp',
      noAssetsFound: 'Chưa có tệp nào.',
      noImagesFound: 'Chưa có ảnh nào.',
      deleteSelected: 'Xóa ảnh đã chọn',
      chooseSelected: 'Dùng ảnh đã chọn',
      private: 'Riêng tư',
    },
  },
  ui: {
    errorBoundary: { reportIt: 'báo cho bộ phận kỹ thuật.' },
    settingsDropdown: { account: 'Tài khoản' },
    toast: {
      // Shown for any field marked in red: an empty required field, or a rule the build would refuse.
      missingRequiredField: 'Chưa lưu: có ô còn trống hoặc chưa đúng, xem dòng chữ đỏ ở từng ô.',
      onFailToPersist: 'Không lưu được: %{details}',
      onFailToDelete: 'Không xóa được: %{details}',
      onFailToPublishEntry: 'Không công bố được: %{details}',
      noteAdded: 'Đã thêm ghi chú',
      onFailToAddNote: 'Không thêm được ghi chú: %{details}',
      noteUpdated: 'Đã sửa ghi chú',
      onFailToUpdateNote: 'Không sửa được ghi chú: %{details}',
      noteDeleted: 'Đã xóa ghi chú',
      onFailToDeleteNote: 'Không xóa được ghi chú: %{details}',
      noteResolved: 'Ghi chú đã xử lý',
      noteReopened: 'Đã mở lại ghi chú',
      onFailToToggleNote: 'Không đổi được trạng thái ghi chú: %{details}',
      onFailToAuth: 'Không đăng nhập được: %{details}',
      onBackendDown: 'Máy chủ nội dung đang gặp trục trặc. Xem %{details} để biết thêm.',
    },
  },
  workflow: {
    workflow: { dateFormat: 'DD/MM' },
    workflowCard: { lastChangeNoAuthor: 'Sửa lần cuối %{date}' },
  },
};

function merge(base: Strings, over: Strings): Strings {
  const out: Strings = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = out[key];
    out[key] = typeof value === 'object' && typeof current === 'object' ? merge(current, value) : value;
  }
  return out;
}

export const viLocale: Strings = merge(decapVi as unknown as Strings, OVERRIDES);

/** Placeholders left out on purpose: their value is an internal name, not text for editors. */
export const DROPPED_PLACEHOLDERS: Record<string, string[]> = {
  'editor.editorControl.field.widgetLabel': ['widgetLabel'],
};

/** Texts react-select shows that no Decap locale covers: relation and select pickers. */
export const PICKER_TEXTS = {
  noOptions: 'Không có lựa chọn nào',
  loading: 'Đang tìm...',
} as const;

/** An optional group that another field makes required (consent on a profile of an individual). */
export const REQUIRED_GROUP_TEXTS = {
  /** Replaces Decap's "(không bắt buộc)" after the group's label while the group is required. */
  labelSuffix: ' (bắt buộc)',
  required: 'Bắt buộc với lựa chọn hiện tại: điền nhóm này thì mới lưu được.',
  notRequired: 'Không bắt buộc với lựa chọn hiện tại.',
} as const;
