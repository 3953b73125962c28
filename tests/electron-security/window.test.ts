// Static and mocked checks of the Electron shell (no Electron binary needed): window options, CSP,
// navigation / popup / permission lock-down, the preload's exact surface, IPC validation and sender checks,
// the menu, window state, and that only src/main and src/preload import 'electron'.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, EVENT_NAMES, type Channel } from '../../src/api/contract';
import type { Handlers } from '../../src/api/handlers';
import {
  CONTENT_SECURITY_POLICY,
  RENDERER_ENTRY,
  isTrustedRendererUrl,
  printWebPreferences,
  resolveRendererFile,
  secureWebPreferences,
} from '../../src/main/security';
import { fitToDisplays, loadWindowState, saveWindowState } from '../../src/main/window-state';
import { menuTemplate, type MenuActions } from '../../src/main/menu';
import type { MenuItemConstructorOptions } from 'electron';

const repoRoot = path.resolve(__dirname, '../..');
const read = (p: string) => readFileSync(path.join(repoRoot, p), 'utf8');

// ---------------------------------------------------------------- electron mock (hoisted)
const electronMock = vi.hoisted(() => {
  const handles = new Map<string, (event: unknown, arg: unknown) => Promise<unknown>>();
  const exposed: Record<string, unknown> = {};
  const invoke = vi.fn(async (channel: string, req: unknown) => ({ channel, req }));
  const listeners = new Map<string, Set<(...a: unknown[]) => void>>();
  return {
    handles,
    exposed,
    invoke,
    listeners,
    module: {
      ipcMain: {
        handle: (channel: string, fn: (event: unknown, arg: unknown) => Promise<unknown>) => handles.set(channel, fn),
        removeHandler: (channel: string) => handles.delete(channel),
      },
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
      ipcRenderer: {
        invoke,
        on: (ch: string, l: (...a: unknown[]) => void) => {
          if (!listeners.has(ch)) listeners.set(ch, new Set());
          listeners.get(ch)!.add(l);
        },
        removeListener: (ch: string, l: (...a: unknown[]) => void) => listeners.get(ch)?.delete(l),
      },
      webUtils: { getPathForFile: () => '/dropped/folder' },
    },
  };
});
vi.mock('electron', () => electronMock.module);

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(name)) out.push(p);
  }
  return out;
}

describe('window options', () => {
  it('the app window is sandboxed, context-isolated, without Node, with web security', () => {
    const wp = secureWebPreferences('/x/preload/index.cjs');
    expect(wp).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(wp.preload).toMatch(/\.cjs$/);
    expect(printWebPreferences()).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
    });
    expect('preload' in printWebPreferences()).toBe(false);
  });

  it('every BrowserWindow in src/main uses those options and nothing weakens them', () => {
    const mainFiles = walk(path.join(repoRoot, 'src/main'));
    let windows = 0;
    for (const f of mainFiles) {
      const src = readFileSync(f, 'utf8');
      for (const m of src.matchAll(/new BrowserWindow\(\{([\s\S]*?)\}\);/g)) {
        windows++;
        // the options object, or a copy of it with the protective flags repeated for static audits (Electronegativity)
        expect(m[1]).toMatch(/webPreferences: (\{\s*\.\.\.)?(secureWebPreferences|printWebPreferences)\(/);
      }
    }
    expect(windows).toBe(2); // the app window and the hidden print window
    for (const f of [...mainFiles, ...walk(path.join(repoRoot, 'src/preload'))]) {
      const src = readFileSync(f, 'utf8');
      expect(src, f).not.toMatch(
        /(sandbox|contextIsolation|webSecurity):\s*false|nodeIntegration(InWorker|InSubFrames)?:\s*true|allowRunningInsecureContent:\s*true|webviewTag:\s*true|enableRemoteModule|disableWebSecurity/,
      );
    }
  });

  it('navigation, window.open, webviews and permissions are denied; CSP goes out as a header', () => {
    const src = read('src/main/index.ts');
    expect(src).toMatch(/'will-navigate'[\s\S]{0,120}preventDefault\(\)/);
    expect(src).toMatch(/setWindowOpenHandler\([\s\S]{0,300}return \{ action: 'deny' \}/);
    expect(src).toMatch(/'will-attach-webview', \(e\) => e\.preventDefault\(\)/);
    expect(src).toMatch(/setPermissionRequestHandler\(\(_wc, _permission, cb\) => cb\(false\)\)/);
    expect(src).toMatch(/setPermissionCheckHandler\(\(\) => false\)/);
    expect(src).toMatch(/onHeadersReceived[\s\S]{0,400}'Content-Security-Policy'/);
    expect(src).toMatch(/onBeforeRequest[\s\S]{0,600}cancel: !ok/);
    expect(src).toContain("app.on('web-contents-created', (_e, contents) => hardenContents(contents))");
    expect(src).toContain('loadURL(devUrl ?? RENDERER_ENTRY)');
    expect(RENDERER_ENTRY).toBe('parallax://app/index.html');
  });

  it('the page cannot write files on its own: IPC exports to a path go through a native save dialog', () => {
    const src = read('src/main/index.ts');
    expect(src).toContain('registerIpc({ handlers: ipcHandlers(services), isTrustedSender: trusted, log })');
    const fn = src.slice(src.indexOf('function ipcHandlers('), src.indexOf('/** Locks down every web contents'));
    expect(fn).toMatch(/'export:write': async \(req\) => \{\s+if \(!req\.outPath\) return s\['export:write'\]\(req\);/);
    expect(fn).toMatch(/showSaveDialog[\s\S]*if \(res\.canceled \|\| !res\.filePath\) throw[\s\S]*outPath: res\.filePath/);
  });

  it('the CSP allows only our own scripts and never eval, inline script or remote hosts', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([k, ...v]) => [k, v]),
    );
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
    // the renderer's own meta tag is at least as strict for scripts
    const meta = read('src/renderer/index.html').match(/Content-Security-Policy"\s+content="([^"]+)"/)?.[1] ?? '';
    expect(meta).toMatch(/script-src 'self'(;|$)/);
  });

  it('only our renderer counts as a trusted sender, and the scheme handler cannot leave the renderer folder', () => {
    expect(isTrustedRendererUrl('parallax://app/index.html')).toBe(true);
    expect(isTrustedRendererUrl('parallax://app/')).toBe(true);
    for (const bad of [
      'parallax://evil/index.html',
      'file:///etc/passwd',
      'https://example.invalid/',
      'data:text/html,x',
      'about:blank',
      '',
      undefined,
      'not a url',
    ])
      expect(isTrustedRendererUrl(bad), String(bad)).toBe(false);
    expect(isTrustedRendererUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isTrustedRendererUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isTrustedRendererUrl('http://localhost:5173/')).toBe(false);
    const root = '/srv/out/renderer';
    expect(resolveRendererFile(root, 'parallax://app/')).toBe(path.join(root, 'index.html'));
    expect(resolveRendererFile(root, 'parallax://app/assets/a.js')).toBe(path.join(root, 'assets/a.js'));
    for (const bad of [
      'parallax://app/../../etc/passwd',
      'parallax://app/%2e%2e/%2e%2e/etc/passwd',
      'parallax://app/..%2f..%2fsecret',
      'parallax://other/x',
      'file:///etc/passwd',
      'parallax://app/a%00b',
    ])
      expect(resolveRendererFile(root, bad) ?? root + '/ok', bad).toMatch(new RegExp('^' + root + '/'));
  });
});

describe('imports of electron', () => {
  it('no file outside src/main and src/preload imports electron', () => {
    const offenders: string[] = [];
    for (const f of walk(path.join(repoRoot, 'src'))) {
      const rel = path.relative(repoRoot, f).split(path.sep).join('/');
      if (rel.startsWith('src/main/') || rel.startsWith('src/preload/')) continue;
      const src = readFileSync(f, 'utf8');
      if (/(from\s+|import\s*\(\s*|require\s*\(\s*|import\s+)['"]electron(\/[^'"]*)?['"]/.test(src)) offenders.push(rel);
    }
    expect(offenders).toEqual([]);
  });
  it('the preload imports nothing but electron and the API contract (so it bundles for the sandbox)', () => {
    const src = read('src/preload/index.ts');
    const specifiers = [...src.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]);
    expect(specifiers.sort()).toEqual(['../api/contract', 'electron']);
    expect(read('src/api/contract.ts')).not.toMatch(/^import (?!type)/m);
  });
});

describe('preload surface', () => {
  beforeEach(() => {
    vi.resetModules();
    for (const k of Object.keys(electronMock.exposed)) delete electronMock.exposed[k];
    electronMock.invoke.mockClear();
    electronMock.listeners.clear();
  });

  it('exposes exactly one function per channel, each bound to its own channel, plus on() and pathForFile()', async () => {
    await import('../../src/preload/index');
    const api = electronMock.exposed.parallax as Record<string, (...a: unknown[]) => unknown>;
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.keys(api).sort()).toEqual([...CHANNELS, 'on', 'pathForFile'].sort());
    for (const ch of CHANNELS) {
      electronMock.invoke.mockClear();
      await expect(api[ch]({ probe: ch })).resolves.toEqual({ channel: ch, req: { probe: ch } });
      expect(electronMock.invoke).toHaveBeenCalledTimes(1);
      expect(electronMock.invoke.mock.calls[0][0]).toBe(ch);
    }
    expect('invoke' in api || 'send' in api || 'ipcRenderer' in api).toBe(false);
  });

  it('on() accepts only the contract events and returns an unsubscribe function', async () => {
    await import('../../src/preload/index');
    const api = electronMock.exposed.parallax as { on: (e: string, l: (p: unknown) => void) => () => void };
    for (const bad of ['ipc:anything', 'project:open-folders', '__proto__']) expect(() => api.on(bad, () => {})).toThrow(/unknown event/);
    const got: unknown[] = [];
    const off = api.on(EVENT_NAMES[0], (p) => got.push(p));
    const [wrapped] = electronMock.listeners.get(EVENT_NAMES[0])!;
    wrapped({ sender: 'ipc-event-not-leaked' }, { done: 1 });
    expect(got).toEqual([{ done: 1 }]);
    off();
    expect(electronMock.listeners.get(EVENT_NAMES[0])!.size).toBe(0);
  });
});

describe('IPC registration', () => {
  it('registers every channel, refuses untrusted frames, validates arguments, and reaches the handler', async () => {
    const { registerIpc } = await import('../../src/main/ipc');
    const calls: [string, unknown][] = [];
    const handlers = Object.fromEntries(
      CHANNELS.map((ch) => [ch, async (req: unknown) => (calls.push([ch, req]), { ok: ch })]),
    ) as unknown as Handlers;
    const refused: string[] = [];
    const unregister = registerIpc({ handlers, isTrustedSender: (url) => isTrustedRendererUrl(url), log: (m) => refused.push(m) });
    expect([...electronMock.handles.keys()].sort()).toEqual([...CHANNELS].sort());
    const call = (ch: Channel, arg: unknown, url = 'parallax://app/index.html') =>
      electronMock.handles.get(ch)!({ senderFrame: { url } }, arg);

    await expect(call('project:open-folders', { paths: ['/data/news'] }, 'https://example.invalid/')).rejects.toThrow(/forbidden/);
    await expect(call('project:open-folders', { paths: ['/data/news'] }, 'file:///tmp/x.html')).rejects.toThrow(/forbidden/);
    expect(refused).toHaveLength(2);
    await expect(call('project:open-folders', { paths: [] })).rejects.toThrow(/^invalid: /);
    await expect(call('project:open-folders', { paths: ['/a'], extra: 1 })).rejects.toThrow(/invalid: .*not expected/);
    await expect(call('export:write', { format: 'exe', scope: 'all', language: 'en' })).rejects.toThrow(/invalid: .*format/);
    await expect(call('tag:set', { alignmentId: 'a1', status: 'conflict', note: 'x'.repeat(20_001) })).rejects.toThrow(/too long/);
    expect(calls).toEqual([]);

    await expect(call('project:open-folders', { paths: ['/data/news'] })).resolves.toEqual({ ok: 'project:open-folders' });
    await expect(call('app:get-info', undefined)).resolves.toEqual({ ok: 'app:get-info' });
    expect(calls).toEqual([
      ['project:open-folders', { paths: ['/data/news'] }],
      ['app:get-info', undefined],
    ]);
    unregister();
    expect(electronMock.handles.size).toBe(0);
  });

  it('a failing handler reaches the renderer as a coded message', async () => {
    const { registerIpc } = await import('../../src/main/ipc');
    const handlers = Object.fromEntries(
      CHANNELS.map((ch) => [
        ch,
        async () => {
          throw Object.assign(new Error('no such source'), { code: 'not-found' });
        },
      ]),
    ) as unknown as Handlers;
    const unregister = registerIpc({ handlers, isTrustedSender: () => true });
    await expect(
      electronMock.handles.get('source:get-text')!({ senderFrame: { url: 'parallax://app/' } }, { sourceId: 's1' }),
    ).rejects.toThrow('not-found: no such source');
    unregister();
  });
});

describe('application menu', () => {
  const find = (items: MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions | undefined => {
    for (const it of items) {
      if (it.id === id) return it;
      const sub = Array.isArray(it.submenu) ? find(it.submenu, id) : undefined;
      if (sub) return sub;
    }
    return undefined;
  };

  it('has File ▸ Open folder / Open recent / Export ▸ 5 formats + scope, View ▸ Language ▸ 4, Help ▸ About, all wired', () => {
    const log: string[] = [];
    const actions: MenuActions = {
      openFolders: () => log.push('open'),
      openRecent: (f) => log.push(`recent ${f}`),
      exportAs: (f) => log.push(`export ${f}`),
      setLanguage: (l) => log.push(`lang ${l}`),
      setScope: (sc) => log.push(`scope ${sc}`),
      about: () => log.push('about'),
    };
    const t = menuTemplate(
      { language: 'zh-Hant', scope: 'conflicts', recent: ['/news/a', '/news/b'], pdfAvailable: true, isMac: false, devTools: false },
      actions,
    );
    expect(find(t, 'file')!.label).toBe('檔案(&F)');
    const click = (id: string) => (find(t, id)!.click as () => void)();
    click('open-folder');
    for (const f of ['json', 'html', 'md', 'csv', 'pdf']) click(`export-${f}`);
    for (const sc of ['all', 'tagged', 'conflicts']) click(`export-scope-${sc}`);
    for (const l of ['en', 'zh-Hans', 'zh-Hant', 'vi']) click(`language-${l}`);
    click('about');
    const recent = find(t, 'open-recent')!.submenu as MenuItemConstructorOptions[];
    (recent[1].click as () => void)();
    expect(log).toEqual([
      'open',
      'export json',
      'export html',
      'export md',
      'export csv',
      'export pdf',
      'scope all',
      'scope tagged',
      'scope conflicts',
      'lang en',
      'lang zh-Hans',
      'lang zh-Hant',
      'lang vi',
      'about',
      'recent /news/b',
    ]);
    expect(find(t, 'language-zh-Hant')!.checked).toBe(true);
    expect(find(t, 'language-en')!.checked).toBe(false);
    expect(find(t, 'export-scope-conflicts')).toMatchObject({ checked: true, label: '僅矛盾' });
    expect(find(t, 'export-scope-all')!.checked).toBe(false);
    const empty = menuTemplate({ language: 'vi', scope: 'all', recent: [], pdfAvailable: false, isMac: false, devTools: false }, actions);
    expect((find(empty, 'open-recent')!.submenu as MenuItemConstructorOptions[])[0]).toMatchObject({
      label: 'Chưa có thư mục nào',
      enabled: false,
    });
    expect(find(empty, 'export-pdf')!.enabled).toBe(false);
  });
});

describe('window state', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'parallax-winstate-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('round-trips through userData and falls back on garbage', async () => {
    expect(await loadWindowState(dir)).toEqual({ width: 1280, height: 820, maximized: false });
    await saveWindowState(dir, { x: 10, y: 20, width: 1000, height: 700, maximized: true, language: 'vi' });
    expect(await loadWindowState(dir)).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: true, language: 'vi' });
    await saveWindowState(dir, { width: -5, height: 1e9, maximized: false } as never);
    expect(await loadWindowState(dir)).toMatchObject({ width: 1280, height: 820 });
  });
  it('forgets a position that is off every display', () => {
    const displays = [{ x: 0, y: 0, width: 1920, height: 1080 }];
    expect(fitToDisplays({ x: 100, y: 100, width: 800, height: 600, maximized: false }, displays)).toMatchObject({ x: 100, y: 100 });
    expect(fitToDisplays({ x: 5000, y: 100, width: 800, height: 600, maximized: false }, displays)).toMatchObject({
      x: undefined,
      y: undefined,
    });
  });
});
