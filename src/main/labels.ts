// Application menu and native dialog strings in the four UI languages.
import type { UiLanguage } from '../api/contract';

export interface MenuLabels {
  file: string;
  openFolder: string;
  openRecent: string;
  noRecent: string;
  export: string;
  scopeAll: string;
  scopeTagged: string;
  scopeConflicts: string;
  quit: string;
  edit: string;
  view: string;
  language: string;
  reload: string;
  toggleFullScreen: string;
  help: string;
  about: string;
  aboutDetail: string;
  pickFoldersTitle: string;
  exportTitle: string;
  exported: string;
  exportFailed: string;
  openFailed: string;
}

export const LANGUAGE_NAMES: Record<UiLanguage, string> = { en: 'English', 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文', vi: 'Tiếng Việt' };

export const MENU_LABELS: Record<UiLanguage, MenuLabels> = {
  en: {
    file: '&File',
    openFolder: 'Open Folder…',
    openRecent: 'Open Recent',
    noRecent: 'No recent folders',
    export: 'Export',
    scopeAll: 'Everything',
    scopeTagged: 'Only tagged groups',
    scopeConflicts: 'Only conflicts',
    quit: 'Quit',
    edit: '&Edit',
    view: '&View',
    language: 'Language',
    reload: 'Reload',
    toggleFullScreen: 'Toggle Full Screen',
    help: '&Help',
    about: 'About Parallax',
    aboutDetail: 'Compare how outlets in different languages and scripts report the same event.',
    pickFoldersTitle: 'Open folders of articles',
    exportTitle: 'Export comparison',
    exported: 'Exported to {path}',
    exportFailed: 'Export failed',
    openFailed: 'Could not open the folder',
  },
  'zh-Hans': {
    file: '文件(&F)',
    openFolder: '打开文件夹…',
    openRecent: '最近打开',
    noRecent: '没有最近的文件夹',
    export: '导出',
    scopeAll: '全部内容',
    scopeTagged: '仅已标注的组',
    scopeConflicts: '仅矛盾',
    quit: '退出',
    edit: '编辑(&E)',
    view: '视图(&V)',
    language: '语言',
    reload: '重新加载',
    toggleFullScreen: '切换全屏',
    help: '帮助(&H)',
    about: '关于 Parallax',
    aboutDetail: '比较不同语言和文字的媒体如何报道同一事件。',
    pickFoldersTitle: '打开文章文件夹',
    exportTitle: '导出对比结果',
    exported: '已导出到 {path}',
    exportFailed: '导出失败',
    openFailed: '无法打开文件夹',
  },
  'zh-Hant': {
    file: '檔案(&F)',
    openFolder: '開啟資料夾…',
    openRecent: '最近開啟',
    noRecent: '沒有最近的資料夾',
    export: '匯出',
    scopeAll: '全部內容',
    scopeTagged: '僅已標註的組',
    scopeConflicts: '僅矛盾',
    quit: '結束',
    edit: '編輯(&E)',
    view: '檢視(&V)',
    language: '語言',
    reload: '重新載入',
    toggleFullScreen: '切換全螢幕',
    help: '說明(&H)',
    about: '關於 Parallax',
    aboutDetail: '比較不同語言與文字的媒體如何報導同一事件。',
    pickFoldersTitle: '開啟文章資料夾',
    exportTitle: '匯出對比結果',
    exported: '已匯出至 {path}',
    exportFailed: '匯出失敗',
    openFailed: '無法開啟資料夾',
  },
  vi: {
    file: '&Tệp',
    openFolder: 'Mở thư mục…',
    openRecent: 'Mở gần đây',
    noRecent: 'Chưa có thư mục nào',
    export: 'Xuất',
    scopeAll: 'Toàn bộ',
    scopeTagged: 'Chỉ các nhóm đã gắn nhãn',
    scopeConflicts: 'Chỉ các mâu thuẫn',
    quit: 'Thoát',
    edit: '&Sửa',
    view: '&Xem',
    language: 'Ngôn ngữ',
    reload: 'Tải lại',
    toggleFullScreen: 'Bật/tắt toàn màn hình',
    help: 'Trợ &giúp',
    about: 'Giới thiệu Parallax',
    aboutDetail: 'So sánh cách các cơ quan báo chí bằng nhiều ngôn ngữ và chữ viết đưa tin về cùng một sự kiện.',
    pickFoldersTitle: 'Mở thư mục bài báo',
    exportTitle: 'Xuất kết quả so sánh',
    exported: 'Đã xuất ra {path}',
    exportFailed: 'Xuất thất bại',
    openFailed: 'Không mở được thư mục',
  },
};
