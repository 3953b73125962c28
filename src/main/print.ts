// HTML report → PDF in the app: a hidden, sandboxed window with JavaScript off and every network request
// cancelled loads the report from a temporary file, then webContents.printToPDF.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session } from 'electron';
import type { PdfPageDecor } from '../core/report/pdf-decor';
import { printWebPreferences, REPORT_PRINT_CSP } from './security';

let sessionReady = false;

function prepareSession(): void {
  if (sessionReady) return;
  const ses = session.fromPartition(printWebPreferences().partition);
  // only the report file itself may load; anything else (remote or local) is cancelled
  ses.webRequest.onBeforeRequest((details, cb) =>
    cb({ cancel: !(details.url.startsWith('file:') && details.resourceType === 'mainFrame') }),
  );
  ses.webRequest.onHeadersReceived((details, cb) =>
    cb({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [REPORT_PRINT_CSP] } }),
  );
  ses.setPermissionRequestHandler((_wc, _perm, cb) => cb(false));
  sessionReady = true;
}

export async function printHtmlToPdf(html: string, decor?: PdfPageDecor): Promise<Uint8Array> {
  prepareSession();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'parallax-print-'));
  const file = path.join(dir, 'report.html');
  const win = new BrowserWindow({
    show: false,
    width: 1240,
    height: 1754,
    webPreferences: { ...printWebPreferences(), contextIsolation: true, sandbox: true, nodeIntegration: false },
  });
  try {
    await writeFile(file, html, 'utf8');
    win.webContents.on('will-navigate', (e) => e.preventDefault());
    win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    await win.loadURL(pathToFileURL(file).href);
    const pdf = await win.webContents.printToPDF({
      printBackground: true,
      pageSize: 'A4',
      preferCSSPageSize: true,
      ...(decor ? { displayHeaderFooter: true, headerTemplate: decor.headerTemplate, footerTemplate: decor.footerTemplate } : {}),
    });
    return new Uint8Array(pdf);
  } finally {
    win.destroy();
    await rm(dir, { recursive: true, force: true });
  }
}
