// Where the shipped data is found (src/node/resources.ts) in each layout, and the electron-builder configuration
// that produces the packaged layout.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, promises as fs, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtRendererDir, findResourceDir, resourceCandidates, resourceDir } from '../../src/node/resources';
import { defaultLangDataDir, langDataDirs } from '../../src/node/lang-data';
import { defaultDemoFolder } from '../../src/node/paths';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let tmp: string;

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'parallax-resources-'));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

function touch(file: string, text = 'x'): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

describe('resourceDir', () => {
  it('finds the checkout resources from the sources (no Electron resources path)', () => {
    expect(resourceDir('lang', { resourcesPath: null })).toBe(path.join(repoRoot, 'resources', 'lang'));
    expect(resourceDir('demo', { resourcesPath: null })).toBe(path.join(repoRoot, 'resources', 'demo'));
    expect(resourceDir('schema', { resourcesPath: null })).toBe(path.join(repoRoot, 'resources', 'schema'));
    // the defaults used by the engine and the hosts go through it
    expect(defaultDemoFolder()).toBe(path.join(repoRoot, 'resources', 'demo'));
    if (!process.env.PARALLAX_LANG_DIR) expect(defaultLangDataDir()).toBe(path.join(repoRoot, 'resources', 'lang'));
  });

  it('finds the packaged layout: extra resources beside app.asar, code inside it', () => {
    // electron-builder: <install>/resources/app.asar/out/main/index.cjs, <install>/resources/{lang,demo,schema}
    const install = path.join(tmp, 'packaged', 'Parallax');
    const resources = path.join(install, 'resources');
    touch(path.join(resources, 'lang', 'hanviet.tsv'));
    touch(path.join(resources, 'demo', 'EXPECTED.md'));
    touch(path.join(resources, 'schema', 'comparison.schema.json'));
    const from = path.join(resources, 'app.asar', 'out', 'main');
    for (const name of ['lang', 'demo', 'schema'] as const)
      expect(resourceDir(name, { resourcesPath: resources, from })).toBe(path.join(resources, name));
    expect(resourceCandidates('lang', { resourcesPath: resources, from })[0]).toBe(path.join(resources, 'lang'));
  });

  it('skips an unpackaged Electron resources path that holds none of them, and finds the npm package layout', () => {
    const electronOwn = path.join(tmp, 'electron-dist', 'resources'); // node_modules/electron/dist/resources
    mkdirSync(electronOwn, { recursive: true });
    // the installed npm package: <prefix>/lib/node_modules/parallax/{out/cli,resources,out/renderer}
    const pkg = path.join(tmp, 'prefix', 'lib', 'node_modules', 'parallax');
    touch(path.join(pkg, 'resources', 'lang', 'hanviet.tsv'));
    touch(path.join(pkg, 'resources', 'demo', 'EXPECTED.md'));
    touch(path.join(pkg, 'out', 'renderer', 'index.html'), '<!doctype html>');
    const from = path.join(pkg, 'out', 'cli', 'chunks');
    expect(resourceDir('lang', { resourcesPath: electronOwn, from })).toBe(path.join(pkg, 'resources', 'lang'));
    expect(resourceDir('demo', { resourcesPath: electronOwn, from })).toBe(path.join(pkg, 'resources', 'demo'));
    expect(builtRendererDir(from)).toBe(path.join(pkg, 'out', 'renderer'));
  });

  it('says where it looked when a resource is missing, and a folder without its marker file does not count', () => {
    const bare = path.join(tmp, 'bare', 'resources');
    mkdirSync(path.join(bare, 'lang'), { recursive: true }); // an empty lang folder
    const from = path.join(tmp, 'bare', 'app');
    expect(findResourceDir('lang', { resourcesPath: bare, from })).toBeNull();
    expect(() => resourceDir('schema', { resourcesPath: bare, from })).toThrow(/schema resources were not found \(looked in .*bare/);
  });

  it('puts the PARALLAX_LANG_DIR override first', () => {
    const before = process.env.PARALLAX_LANG_DIR;
    process.env.PARALLAX_LANG_DIR = path.join(tmp, 'override');
    try {
      expect(langDataDirs()[0]).toBe(path.join(tmp, 'override'));
    } finally {
      if (before === undefined) delete process.env.PARALLAX_LANG_DIR;
      else process.env.PARALLAX_LANG_DIR = before;
    }
  });
});

interface BuilderConfig {
  appId?: string;
  productName?: string;
  asar?: boolean;
  publish?: unknown;
  directories?: { output?: string; buildResources?: string };
  files: string[];
  extraResources: Array<{ from: string; to: string; filter?: string[] }>;
  fileAssociations: Array<{ ext: string; name: string }>;
  linux: { target: string[]; icon: string };
  win: { target: Array<{ target: string }>; icon: string };
  mac: { target: Array<{ target: string; arch: string[] }>; icon: string };
}

describe('electron-builder.json', () => {
  const config = JSON.parse(readFileSync(path.join(repoRoot, 'electron-builder.json'), 'utf8')) as BuilderConfig;
  const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    main: string;
    scripts: Record<string, string>;
    devDependencies: Record<string, string>;
    dependencies: Record<string, string>;
  };

  it('names the app, packs it into asar and publishes nowhere (no auto-update)', () => {
    expect(config.appId).toMatch(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*){2,}$/);
    expect(config.productName).toBe('Parallax');
    expect(config.asar).toBe(true);
    expect(config.publish).toBeNull();
    expect(Object.keys(pkg.dependencies)).not.toContain('electron-updater');
    expect(pkg.devDependencies['electron-builder']).toMatch(/^\d+\.\d+\.\d+$/); // pinned
  });

  it('ships every extra resource the helper looks for, from folders that exist, under the names it uses', () => {
    const byTo = new Map(config.extraResources.map((r) => [r.to, r]));
    for (const name of ['lang', 'demo', 'schema'] as const) {
      const entry = byTo.get(name);
      expect(entry, name).toBeDefined();
      expect(existsSync(path.join(repoRoot, entry!.from)), entry!.from).toBe(true);
      // the helper's marker file is among what the filter copies
      expect(findResourceDir(name, { resourcesPath: null, from: repoRoot })).toBe(path.join(repoRoot, entry!.from));
    }
    const lang = byTo.get('lang')!;
    // every table the engine loads is a .tsv the filter keeps, and the licence notice travels with them
    expect(readdirSync(path.join(repoRoot, lang.from)).filter((f) => f.endsWith('.tsv'))).toEqual(
      expect.arrayContaining(['hanviet.tsv', 'gloss.tsv', 'bridge.tsv', 'lexicon.tsv', 'pinyin.tsv', 'regional.tsv']),
    );
    expect(lang.filter).toEqual(expect.arrayContaining(['*.tsv', 'NOTICE.md']));
  });

  it('packs the app files electron-vite builds (the package main among them)', () => {
    const included = config.files.filter((f) => !f.startsWith('!'));
    expect(included).toContain('package.json');
    for (const dir of ['out/main', 'out/preload', 'out/renderer']) expect(included).toContain(`${dir}/**`);
    expect(pkg.main.startsWith('out/main/')).toBe(true);
    const ev = readFileSync(path.join(repoRoot, 'electron.vite.config.ts'), 'utf8');
    expect(ev).toMatch(/entryFileNames: '\[name\]\.cjs'/);
  });

  it('targets AppImage and deb, NSIS, and a universal dmg, with icons that exist', () => {
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.win.target.map((t) => t.target)).toContain('nsis');
    expect(config.mac.target).toContainEqual({ target: 'dmg', arch: ['universal'] });
    for (const icon of [config.win.icon, config.mac.icon]) expect(pngSize(path.join(repoRoot, icon))).toBeGreaterThanOrEqual(512);
    for (const n of [16, 32, 48, 64, 128, 256, 512]) expect(pngSize(path.join(repoRoot, config.linux.icon, `${n}x${n}.png`))).toBe(n);
  });

  it('associates project files with the app', () => {
    expect(config.fileAssociations).toContainEqual(expect.objectContaining({ ext: 'parallax-project.json', name: 'Parallax project' }));
    const store = readFileSync(path.join(repoRoot, 'src/node/project-store.ts'), 'utf8');
    expect(store).toContain("PROJECT_FILE_NAME = '.parallax-project.json'");
  });

  it('has npm run dist and the CLI build wired', () => {
    expect(pkg.scripts.dist).toBe('node scripts/dist.mjs');
    expect(pkg.scripts.prepack).toContain('build:cli');
    expect(Object.keys(pkg.dependencies)).not.toContain('tsx');
  });
});

/** Width of a PNG file (from its IHDR), after checking it is square. */
function pngSize(file: string): number {
  const b = readFileSync(file);
  expect(b.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  const w = b.readUInt32BE(16);
  expect(b.readUInt32BE(20)).toBe(w);
  return w;
}
