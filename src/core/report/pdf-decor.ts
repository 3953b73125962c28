// Running header and page numbers for the PDF of a report, as the header/footer templates that Chromium's
// page.pdf and Electron's printToPDF take (they fill the `pageNumber` and `totalPages` spans).
import { t, type ReportLanguage } from './locales';
import { escapeHtml as h } from './text';

export interface PdfPageDecor {
  headerTemplate: string;
  footerTemplate: string;
  /** margins that leave room for them, in CSS units */
  margin: { top: string; bottom: string; left: string; right: string };
}

const STYLE = 'font: 8px system-ui, "Noto Sans", "Noto Sans CJK SC", sans-serif; color: #57606a; width: 100%; padding: 0 14mm;';

export function pdfPageDecor(L: ReportLanguage, runningTitle: string): PdfPageDecor {
  const page = h(t(L, 'pdf.page', { page: '\u0000', pages: '\u0001' }))
    .replace('\u0000', '<span class="pageNumber"></span>')
    .replace('\u0001', '<span class="totalPages"></span>');
  return {
    headerTemplate: `<div lang="${L}" style='${STYLE} text-align: right;'>${h(runningTitle)}</div>`,
    footerTemplate: `<div lang="${L}" style='${STYLE} text-align: center;'>${page}</div>`,
    margin: { top: '18mm', bottom: '16mm', left: '14mm', right: '14mm' },
  };
}
