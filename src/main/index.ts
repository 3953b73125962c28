// Electron main process: a thin shell around the shared services (src/node/service.ts).
//  - one BrowserWindow: contextIsolation, sandbox, no Node, webSecurity, strict CSP (header + meta tag),
//    renderer served from the privileged parallax:// scheme, navigation / window.open / permissions denied,
//    every network request outside our scheme cancelled;
//  - IPC: one ipcMain.handle per contract channel through `dispatch` (validation) + sender-frame check;
//  - native Open Folder dialog, application menu, window bounds and UI language remembered in userData;
//  - PDF export through webContents.printToPDF of a hidden, script-less window.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, Menu, protocol, screen, session, shell, type WebContents } from 'electron';
import { UI_LANGUAGES, type EventName, type Events, type ExportFormat, type MenuCommand, type UiLanguage } from '../api/contract';
import { dispatch, type Handlers } from '../api/handlers';
import { formatSpec } from '../core/report/formats';
import { foldersOfProjectFile, projectFileArgument } from '../node/open-project-file';
import { findResourceDir, resourceCandidates } from '../node/resources';
import { createServices, type Services } from '../node/service';
import { setIngestWorkerEntry } from '../node/ingest/pool';
import { registerIpc } from './ipc';
import { MENU_LABELS } from './labels';
import { menuTemplate } from './menu';
import { printHtmlToPdf } from './print';
import {
  CONTENT_SECURITY_POLICY,
  RENDERER_ENTRY,
  RENDERER_SCHEME,
  isTrustedRendererUrl,
  mimeType,
  resolveRendererFile,
  secureWebPreferences,
} from './security';
import { fitToDisplays, loadWindowState, saveWindowState, type WindowState } from './window-state';

// standard + secure: a real origin (parallax://app) that CSP 'self' matches; corsEnabled: module scripts load from it
protocol.registerSchemesAsPrivileged([
  { scheme: RENDERER_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } },
]);

// tests and portable use: PARALLAX_USER_DATA points userData somewhere else
if (process.env.PARALLAX_USER_DATA) app.setPath('userData', path.resolve(process.env.PARALLAX_USER_DATA));
app.enableSandbox();

const devUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const rendererRoot = path.join(__dirname, '../renderer');
const preloadPath = path.join(__dirname, '../preload/index.cjs');
const analysisWorker = path.join(__dirname, 'analysis-worker.cjs');
setIngestWorkerEntry(path.join(__dirname, 'ingest-worker.cjs')); // files are read off the main thread

let win: BrowserWindow | null = null;
let services: Services | null = null;
let windowState: WindowState;
let language: UiLanguage = 'en';
let exportScope: 'all' | 'tagged' | 'conflicts' = 'all';
let recent: string[] = [];

const log = (m: string) => console.error(`[parallax] ${m}`);
const trusted = (url: string | undefined) => isTrustedRendererUrl(url, devUrl);

function systemLanguage(): UiLanguage {
  const loc = app.getLocale();
  if (/^zh-(TW|HK|MO|Hant)/i.test(loc)) return 'zh-Hant';
  if (/^zh/i.test(loc)) return 'zh-Hans';
  if (/^vi/i.test(loc)) return 'vi';
  return 'en';
}

// shipped data (src/node/resources.ts): <resourcesPath>/<name> when packaged, <app>/resources/<name> from a checkout
const resourceLayout = { resourcesPath: app.isPackaged ? process.resourcesPath : null, from: app.getAppPath() };

// an installation without its demo starts without it (the service skips a demo folder that does not exist)
function demoFolder(): string {
  return findResourceDir('demo', resourceLayout) ?? resourceCandidates('demo', resourceLayout)[0];
}

// the engine's language tables (resources/lang), also for the analysis worker (it inherits the environment)
const langDir = process.env.PARALLAX_LANG_DIR ? null : findResourceDir('lang', resourceLayout);
if (langDir) process.env.PARALLAX_LANG_DIR = langDir;

function send<E extends EventName>(event: E, payload: Events[E]): void {
  if (win && !win.isDestroyed() && trusted(win.webContents.getURL())) win.webContents.send(event, payload);
}

async function refreshRecent(): Promise<void> {
  if (!services) return;
  recent = await services['app:get-recent']().catch(() => recent);
  buildMenu();
}

function buildMenu(): void {
  const template = menuTemplate(
    { language, scope: exportScope, recent, pdfAvailable: true, isMac: process.platform === 'darwin', devTools: !app.isPackaged },
    {
      openFolders: () => void pickAndOpen(),
      openRecent: (folder) => void openFolders([folder]),
      exportAs: (format) => void exportFromMenu(format),
      setLanguage: (lang) => {
        language = lang;
        windowState.language = lang;
        void saveWindowState(app.getPath('userData'), windowState).catch((e) => log(`window state: ${(e as Error).message}`));
        buildMenu();
        send('app:menu', { action: 'set-language', language: lang } satisfies MenuCommand);
      },
      setScope: (scope) => {
        exportScope = scope;
        buildMenu();
      },
      about: () => {
        const L = MENU_LABELS[language];
        const box = {
          type: 'info' as const,
          title: L.about,
          message: `Parallax ${app.getVersion()}`,
          detail: `${L.aboutDetail}\n\nElectron ${process.versions.electron} · Chromium ${process.versions.chrome} · Node ${process.versions.node}`,
        };
        void (win ? dialog.showMessageBox(win, box) : dialog.showMessageBox(box));
      },
    },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function pickFolders(): Promise<string[] | null> {
  const opts = {
    title: MENU_LABELS[language].pickFoldersTitle,
    properties: ['openDirectory', 'multiSelections'] as Array<'openDirectory' | 'multiSelections'>,
  };
  const res = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
  return res.canceled || !res.filePaths.length ? null : res.filePaths;
}

async function openFolders(paths: string[]): Promise<void> {
  if (!services) return;
  try {
    await dispatch(services, 'project:open-folders', { paths });
    send('app:menu', { action: 'opened', paths });
    await refreshRecent();
  } catch (e) {
    dialog.showErrorBox(MENU_LABELS[language].openFailed, (e as Error).message);
  }
}

// a project file opened from the desktop (file association): its folders, in this window
async function openProjectFile(file: string): Promise<void> {
  try {
    await openFolders(await foldersOfProjectFile(file));
  } catch (e) {
    dialog.showErrorBox(MENU_LABELS[language].openFailed, (e as Error).message);
  }
}

async function pickAndOpen(): Promise<void> {
  const paths = await pickFolders();
  if (paths) await openFolders(paths);
}

async function exportFromMenu(format: ExportFormat): Promise<void> {
  if (!services || !win) return;
  const L = MENU_LABELS[language];
  const res = await dialog.showSaveDialog(win, {
    title: L.exportTitle,
    defaultPath: services.suggestExportName(format, exportScope),
    filters: [{ name: formatSpec(format).label, extensions: [...formatSpec(format).exts] }],
  });
  if (res.canceled || !res.filePath) return;
  try {
    const out = await dispatch(services, 'export:write', { format, scope: exportScope, language, outPath: res.filePath });
    send('app:menu', { action: 'exported', format, path: out.path ?? res.filePath });
    await dialog.showMessageBox(win, { type: 'info', message: L.exported.replace('{path}', out.path ?? res.filePath) });
  } catch (e) {
    dialog.showErrorBox(L.exportFailed, (e as Error).message);
  }
}

/**
 * The handlers the renderer reaches over IPC. They are the shared services, except that the page can never
 * write a file by itself: an `export:write` with a path asks the user where to save (native dialog, the
 * requested path pre-filled), and a cancelled dialog fails with `cancelled`.
 */
function ipcHandlers(s: Services): Handlers {
  return {
    ...s,
    'export:write': async (req) => {
      if (!req.outPath) return s['export:write'](req);
      const L = MENU_LABELS[language];
      const opts = {
        title: L.exportTitle,
        defaultPath: req.outPath,
        filters: [{ name: formatSpec(req.format).label, extensions: [...formatSpec(req.format).exts] }],
      };
      const res = win ? await dialog.showSaveDialog(win, opts) : await dialog.showSaveDialog(opts);
      if (res.canceled || !res.filePath) throw Object.assign(new Error('export cancelled'), { code: 'cancelled' });
      return s['export:write']({ ...req, outPath: res.filePath });
    },
  };
}

/** Locks down every web contents: no navigation, no popups, no webviews. */
function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (e, url) => {
    if (url !== contents.getURL()) {
      e.preventDefault();
      log(`blocked navigation to ${url}`);
    }
  });
  contents.on('will-redirect', (e, url) => {
    if (!trusted(url)) e.preventDefault();
  });
  contents.on('will-attach-webview', (e) => e.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // links to web pages (e.g. a source's URL) open in the user's browser, never inside the app
    if (/^https?:\/\//i.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

function lockDownSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, _permission, cb) => cb(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler?.(() => false);
  const devOrigin = devUrl ? new URL(devUrl) : null;
  ses.webRequest.onBeforeRequest((details, cb) => {
    const u = details.url;
    const ok =
      u.startsWith(`${RENDERER_SCHEME}://`) ||
      u.startsWith('devtools://') ||
      u.startsWith('data:') ||
      u.startsWith('blob:') ||
      (devOrigin !== null &&
        (() => {
          try {
            const x = new URL(u);
            return x.hostname === devOrigin.hostname && x.port === devOrigin.port;
          } catch {
            return false;
          }
        })());
    if (!ok) log(`blocked request to ${u}`);
    cb({ cancel: !ok });
  });
  ses.webRequest.onHeadersReceived((details, cb) => {
    const headers = { ...details.responseHeaders };
    for (const k of Object.keys(headers)) if (k.toLowerCase() === 'content-security-policy') delete headers[k];
    headers['Content-Security-Policy'] = [
      devUrl
        ? CONTENT_SECURITY_POLICY.replace("connect-src 'self'", `connect-src 'self' ${devUrl.replace(/^http/, 'ws')}`)
        : CONTENT_SECURITY_POLICY,
    ];
    headers['X-Content-Type-Options'] = ['nosniff'];
    cb({ responseHeaders: headers });
  });
  protocol.handle(RENDERER_SCHEME, async (request) => {
    let file = resolveRendererFile(rendererRoot, request.url);
    if (!file) return new Response('not found', { status: 404 });
    if (!path.extname(file)) file = path.join(rendererRoot, 'index.html');
    try {
      const body = await readFile(file);
      return new Response(body, {
        status: 200,
        headers: {
          'Content-Type': mimeType(file),
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-store',
        },
      });
    } catch {
      return new Response('not found', { status: 404 });
    }
  });
}

async function createWindow(): Promise<void> {
  const userData = app.getPath('userData');
  windowState = fitToDisplays(
    await loadWindowState(userData),
    screen.getAllDisplays().map((d) => d.workArea),
  );
  language = (UI_LANGUAGES as readonly string[]).includes(windowState.language ?? '')
    ? (windowState.language as UiLanguage)
    : systemLanguage();
  win = new BrowserWindow({
    x: windowState.x,
    y: windowState.y,
    width: windowState.width,
    height: windowState.height,
    minWidth: 760,
    minHeight: 480,
    show: false,
    title: 'Parallax',
    backgroundColor: '#ffffff',
    // the protective flags spelled out here too, so a static audit (Electronegativity) sees them at the call
    webPreferences: { ...secureWebPreferences(preloadPath), contextIsolation: true, sandbox: true, nodeIntegration: false },
  });
  win.once('ready-to-show', () => {
    if (windowState.maximized) win?.maximize();
    win?.show();
  });
  win.on('close', () => {
    if (!win) return;
    const b = win.getNormalBounds();
    windowState = { ...windowState, x: b.x, y: b.y, width: b.width, height: b.height, maximized: win.isMaximized() };
    void saveWindowState(userData, windowState).catch((e) => log(`window state: ${(e as Error).message}`));
  });
  win.on('closed', () => {
    win = null;
  });
  buildMenu();
  await win.loadURL(devUrl ?? RENDERER_ENTRY);
}

async function main(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  // macOS hands opened files over in an event (also before ready); elsewhere they come as arguments
  let pendingFile: string | null = projectFileArgument(process.argv.slice(1));
  app.on('open-file', (e, file) => {
    e.preventDefault();
    if (services) void openProjectFile(file);
    else pendingFile = file;
  });
  app.on('second-instance', (_e, argv, cwd) => {
    const file = projectFileArgument(argv.slice(1), cwd);
    if (file) void openProjectFile(file);
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.on('web-contents-created', (_e, contents) => hardenContents(contents));
  await app.whenReady();
  lockDownSession();
  services = createServices({
    userDataDir: app.getPath('userData'),
    demoFolder: demoFolder(),
    transport: 'ipc',
    version: app.getVersion(),
    emit: (event, payload) => {
      send(event, payload);
      if (event === 'project:changed') void refreshRecent();
    },
    pickFolders,
    renderPdf: printHtmlToPdf,
    // the bundled engine worker keeps analysis off the main thread (falls back to inline when missing)
    analysis: existsSync(analysisWorker) ? { workerEntry: analysisWorker } : undefined,
  });
  registerIpc({ handlers: ipcHandlers(services), isTrustedSender: trusted, log });
  await refreshRecent();
  if (pendingFile) await openProjectFile(pendingFile);
  await createWindow();
  app.on('activate', () => {
    if (!win) void createWindow();
  });
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

let closing = false;
app.on('before-quit', (e) => {
  if (closing || !services) return;
  closing = true;
  e.preventDefault();
  void services
    .close()
    .catch((err) => log(`closing services: ${(err as Error).message}`))
    .finally(() => app.quit());
});

main().catch((e) => {
  log(`failed to start: ${(e as Error).stack ?? e}`);
  app.exit(1);
});
