// Runs the BUILT main bundle (out/.../main/index.cjs) against a recording stand-in for the 'electron'
// module, so the real shell code (window options, session lock-down, scheme handler, IPC, menu, services)
// can be exercised where no Electron binary exists. Usage: node fake-electron.mjs <main.cjs> <appPath> <userData> <exportDir>
// Prints one JSON object with what it observed.
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const [mainFile, appPath, userData, exportDir] = process.argv.slice(2);
const rec = {
  schemes: [],
  windows: [],
  loads: [],
  sends: [],
  ipc: new Map(),
  menus: [],
  beforeRequest: null,
  headersReceived: null,
  protocolHandler: null,
  permission: null,
  permissionCheck: null,
  contentsCreated: [],
  sandboxEnabled: false,
  errors: [],
};

class FakeWebContents {
  constructor() {
    this.handlers = {};
    this.url = '';
    this.openHandler = null;
  }
  on(ev, fn) {
    (this.handlers[ev] ??= []).push(fn);
    return this;
  }
  send(channel, payload) {
    rec.sends.push({ channel, payload });
  }
  getURL() {
    return this.url;
  }
  setWindowOpenHandler(fn) {
    this.openHandler = fn;
  }
}

class FakeBrowserWindow {
  static all = [];
  static getAllWindows() {
    return FakeBrowserWindow.all;
  }
  constructor(opts) {
    this.opts = opts;
    this.webContents = new FakeWebContents();
    this.handlers = {};
    rec.windows.push(opts);
    FakeBrowserWindow.all.push(this);
    for (const fn of appHandlers['web-contents-created'] ?? []) fn({}, this.webContents);
  }
  once(ev, fn) {
    return this.on(ev, fn);
  }
  on(ev, fn) {
    (this.handlers[ev] ??= []).push(fn);
    return this;
  }
  async loadURL(url) {
    rec.loads.push(url);
    this.webContents.url = url;
    for (const fn of this.handlers['ready-to-show'] ?? []) fn();
  }
  show() {}
  maximize() {}
  isDestroyed() {
    return false;
  }
  isMaximized() {
    return false;
  }
  isMinimized() {
    return false;
  }
  getNormalBounds() {
    return { x: 10, y: 20, width: 1111, height: 777 };
  }
  destroy() {}
}

const appHandlers = {};
const fakeSession = {
  setPermissionRequestHandler: (fn) => (rec.permission = fn),
  setPermissionCheckHandler: (fn) => (rec.permissionCheck = fn),
  setDevicePermissionHandler: () => {},
  webRequest: { onBeforeRequest: (fn) => (rec.beforeRequest = fn), onHeadersReceived: (fn) => (rec.headersReceived = fn) },
};
let saveCounter = 0;
const electron = {
  app: {
    isPackaged: false,
    setPath: () => {},
    getPath: (name) => (name === 'userData' ? userData : os.tmpdir()),
    getAppPath: () => appPath,
    getVersion: () => '9.9.9-test',
    getLocale: () => 'vi-VN',
    enableSandbox: () => (rec.sandboxEnabled = true),
    requestSingleInstanceLock: () => true,
    on: (ev, fn) => (appHandlers[ev] ??= []).push(fn),
    whenReady: () => Promise.resolve(),
    quit: () => {},
    exit: (code) => rec.errors.push(`app.exit(${code})`),
  },
  BrowserWindow: FakeBrowserWindow,
  Menu: { buildFromTemplate: (t) => t, setApplicationMenu: (m) => rec.menus.push(m) },
  dialog: {
    showOpenDialog: async () => ({ canceled: false, filePaths: [path.join(appPath, 'resources/demo')] }),
    showSaveDialog: async (_w, o) => ({
      canceled: false,
      filePath: path.join(exportDir, `menu-${++saveCounter}-${path.basename((o ?? _w).defaultPath)}`),
    }),
    showMessageBox: async () => ({ response: 0 }),
    showErrorBox: (title, msg) => rec.errors.push(`${title}: ${msg}`),
  },
  ipcMain: { handle: (ch, fn) => rec.ipc.set(ch, fn), removeHandler: (ch) => rec.ipc.delete(ch) },
  protocol: { registerSchemesAsPrivileged: (s) => rec.schemes.push(...s), handle: (scheme, fn) => (rec.protocolHandler = { scheme, fn }) },
  screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  session: { defaultSession: fakeSession, fromPartition: () => fakeSession },
  shell: { openExternal: async () => {} },
};

const load = Module._load;
const workers = [];
let threads = null;
Module._load = function (request, parent, isMain) {
  if (request === 'electron') return electron;
  if (request === 'node:worker_threads' || request === 'worker_threads') {
    // record which worker files the services start
    if (!threads) {
      const real = load.call(this, request, parent, isMain);
      class RecordingWorker extends real.Worker {
        constructor(file, opts) {
          super(file, opts);
          workers.push(String(file));
        }
      }
      threads = { ...real, Worker: RecordingWorker };
    }
    return threads;
  }
  return load.call(this, request, parent, isMain);
};

const wait = (ms) => new Promise((r) => setTimeout(r, ms));
async function until(fn, ms = 60_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const v = fn();
    if (v) return v;
    await wait(20);
  }
  throw new Error('timed out');
}

(async () => {
  createRequire(import.meta.url)(mainFile);
  await until(() => rec.loads.length > 0);
  const out = {};
  const win = FakeBrowserWindow.all[0];
  out.schemes = rec.schemes;
  out.sandboxEnabled = rec.sandboxEnabled;
  out.windowOptions = win.opts;
  out.preloadExists = fs.existsSync(win.opts.webPreferences.preload);
  out.loaded = rec.loads;
  out.channels = [...rec.ipc.keys()].sort();

  const trusted = { senderFrame: { url: 'parallax://app/index.html' } };
  const call = (ch, arg, ev = trusted) => rec.ipc.get(ch)(ev, arg);
  out.info = await call('app:get-info', undefined);
  out.summarySources = (await call('project:get-summary', undefined)).sources.length;
  out.untrusted = await call('project:get-summary', undefined, { senderFrame: { url: 'https://example.invalid/' } }).then(
    () => 'accepted',
    (e) => e.message,
  );
  out.invalid = await call('project:open-folders', { paths: 'nope' }).then(
    () => 'accepted',
    (e) => e.message,
  );
  out.pick = await call('dialog:pick-folders', undefined);

  // analysis through IPC; progress events reach the window
  const { jobId } = await call('analysis:start', undefined);
  await until(
    () =>
      rec.sends.find((s) => s.channel === 'analysis:progress' && s.payload.jobId === jobId && ['done', 'failed'].includes(s.payload.phase)),
    240_000,
  );
  out.workers = workers.map((w) => path.basename(w));
  out.progressPhases = [...new Set(rec.sends.filter((s) => s.channel === 'analysis:progress').map((s) => s.payload.phase))];
  const comparison = await call('comparison:get', undefined);
  out.comparison = comparison && { sources: comparison.sources.length, claims: comparison.claims.length };

  // export from the page: content inline, or to a path only through the save dialog
  const inline = await call('export:write', { format: 'md', scope: 'all', language: 'zh-Hant' });
  out.inlineExport = { path: inline.path, starts: inline.content.slice(0, 20) };
  const asked = await call('export:write', { format: 'csv', scope: 'all', language: 'vi', outPath: path.join(exportDir, 'asked.csv') });
  out.pathExport = {
    path: asked.path,
    exists: fs.existsSync(asked.path),
    bom: fs.readFileSync(asked.path, 'utf8').charCodeAt(0) === 0xfeff,
  };

  // the application menu, in the system language, and its Export ▸ JSON item
  const menu = rec.menus.at(-1);
  const find = (items, id) => {
    for (const it of items) {
      if (it.id === id) return it;
      if (Array.isArray(it.submenu)) {
        const f = find(it.submenu, id);
        if (f) return f;
      }
    }
    return null;
  };
  out.menuFileLabel = find(menu, 'file').label;
  out.menuRecent = find(menu, 'open-recent').submenu.map((i) => i.label);
  find(menu, 'export-json').click();
  await until(() => rec.sends.find((s) => s.channel === 'app:menu' && s.payload.action === 'exported'), 60_000);
  const exported = rec.sends.find((s) => s.channel === 'app:menu' && s.payload.action === 'exported').payload;
  out.menuExport = { format: exported.format, valid: JSON.parse(fs.readFileSync(exported.path, 'utf8')).format };
  find(rec.menus.at(-1), 'language-zh-Hans').click();
  out.languageEvent = rec.sends.find((s) => s.channel === 'app:menu' && s.payload.action === 'set-language')?.payload;
  out.menuFileLabelAfter = find(rec.menus.at(-1), 'file').label;
  // Export ▸ Only conflicts, then Export ▸ JSON again
  find(rec.menus.at(-1), 'export-scope-conflicts').click();
  find(rec.menus.at(-1), 'export-json').click();
  await until(() => rec.sends.filter((s) => s.channel === 'app:menu' && s.payload.action === 'exported').length === 2, 60_000);
  const second = rec.sends.filter((s) => s.channel === 'app:menu' && s.payload.action === 'exported')[1].payload;
  const scoped = JSON.parse(fs.readFileSync(second.path, 'utf8'));
  out.conflictsExport = {
    alignments: scoped.alignments.length,
    allConflicts: scoped.alignments.every((a) => (a.tag ? a.tag.status : a.status) === 'conflict'),
    fullAlignments: comparison.alignments.length,
    checked: find(rec.menus.at(-1), 'export-scope-conflicts').checked,
  };

  // lock-down of web contents, session and scheme
  const wc = win.webContents;
  const nav = (url) => {
    let prevented = false;
    for (const fn of wc.handlers['will-navigate'] ?? []) fn({ preventDefault: () => (prevented = true) }, url);
    return prevented;
  };
  out.navigateAway = nav('https://example.invalid/');
  out.windowOpen = wc.openHandler({ url: 'https://example.invalid/' }).action;
  let webview = false;
  for (const fn of wc.handlers['will-attach-webview'] ?? []) fn({ preventDefault: () => (webview = true) });
  out.webviewBlocked = webview;
  out.permission = await new Promise((r) => rec.permission(wc, 'media', r));
  out.permissionCheck = rec.permissionCheck();
  const br = (url) => new Promise((r) => rec.beforeRequest({ url }, (x) => r(x.cancel)));
  out.cancel = {
    remote: await br('https://example.invalid/x.png'),
    file: await br('file:///etc/passwd'),
    ours: await br('parallax://app/assets/x.js'),
  };
  out.cspHeader = await new Promise((r) =>
    rec.headersReceived({ responseHeaders: { 'content-security-policy': ['default-src *'] } }, (x) => r(x.responseHeaders)),
  );
  const res = await rec.protocolHandler.fn(new Request('parallax://app/index.html'));
  out.scheme = {
    name: rec.protocolHandler.scheme,
    status: res.status,
    csp: res.headers.get('content-security-policy'),
    type: res.headers.get('content-type'),
    hasRoot: (await res.text()).includes('id="root"'),
  };
  const escape = await rec.protocolHandler.fn(new Request('parallax://app/..%2f..%2f..%2fpackage.json'));
  out.schemeEscape = escape.status;

  // window state is saved on close
  for (const fn of win.handlers.close ?? []) fn();
  const stateFile = path.join(userData, 'window-state.json');
  // the language change saved the state first; wait for the save made on close
  await until(() => {
    try {
      return JSON.parse(fs.readFileSync(stateFile, 'utf8')).width === 1111;
    } catch {
      return false;
    }
  }, 10_000).catch(() => null);
  out.windowState = JSON.parse(fs.readFileSync(path.join(userData, 'window-state.json'), 'utf8'));
  out.errors = rec.errors;
  process.stdout.write(JSON.stringify(out));
  process.exit(0);
})().catch((e) => {
  process.stdout.write(JSON.stringify({ fatal: String(e && e.stack ? e.stack : e), errors: rec.errors }));
  process.exit(1);
});
