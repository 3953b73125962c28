// HTML report → PDF with a locally installed Chromium (Debian's /usr/bin/chromium or CHROME_PATH), driven by
// playwright-core. Used by the CLI and the HTTP host; the Electron app uses webContents.printToPDF instead.
// The page runs with JavaScript disabled and every network request aborted.
import { existsSync } from 'node:fs';
import type { PdfPageDecor } from '../core/report/pdf-decor';

export class ChromiumUnavailableError extends Error {
  constructor(detail: string) {
    super(
      `PDF export needs Chromium: ${detail}. Install it (e.g. \`apt-get install chromium\`) or set CHROME_PATH to a Chrome/Chromium executable; the HTML export (--format html) needs nothing.`,
    );
    this.name = 'ChromiumUnavailableError';
  }
}

/** Flags for a headless Chromium that talks to nobody. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** Path of a Chromium executable, or null. CHROME_PATH wins when set. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.CHROME_PATH) return existsSync(env.CHROME_PATH) ? env.CHROME_PATH : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export interface PdfOptions {
  executablePath?: string;
  /** milliseconds for launch + render */
  timeoutMs?: number;
}

export async function renderPdfWithChromium(html: string, opts: PdfOptions = {}, decor?: PdfPageDecor): Promise<Uint8Array> {
  const executablePath = opts.executablePath ?? findChromium();
  if (!executablePath)
    throw new ChromiumUnavailableError(
      process.env.CHROME_PATH ? `CHROME_PATH (${process.env.CHROME_PATH}) does not exist` : 'no Chromium or Chrome executable found',
    );
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch (e) {
    throw new ChromiumUnavailableError(`playwright-core is not installed (${(e as Error).message})`);
  }
  const timeout = opts.timeoutMs ?? 60_000;
  let browser;
  try {
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, timeout });
  } catch (e) {
    throw new ChromiumUnavailableError(`could not start ${executablePath} (${(e as Error).message.split('\n')[0]})`);
  }
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    page.setDefaultTimeout(timeout);
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      ...(decor ? { displayHeaderFooter: true, headerTemplate: decor.headerTemplate, footerTemplate: decor.footerTemplate } : {}),
    });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}
