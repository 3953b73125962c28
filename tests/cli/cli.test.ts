import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main';
import { collectingIo } from './io';
import { parseArgs, UsageError } from '../../src/cli/args';
import { writeProjectAtomic } from '../../src/node/project-store';
import { emptyProject } from '../../src/core/workspace';
import { makeTagRecord } from '../../src/core/workspace-apply';
import { runAnalysis } from '../../src/node/service/analysis';
import { readDocuments } from '../../src/node/service/sources';
import { findChromium } from '../../src/node/pdf';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const demoFolder = path.join(repoRoot, 'resources/demo');
let tmp: string;

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'parallax-cli-'));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

const io = () => collectingIo(repoRoot);

describe('parallax compare', () => {
  it('writes the JSON export of the demo corpus', async () => {
    const out = path.join(tmp, 'demo.json');
    const t = io();
    const code = await main(['compare', 'resources/demo', '--format', 'json', '--out', out], t);
    expect(t.err).toBe(''); // no progress when stderr is not a terminal
    expect(code).toBe(0);
    const json = JSON.parse(await fs.readFile(out, 'utf8'));
    expect(json.format).toBe('parallax.comparison');
    expect(json.version).toBe(1);
    expect(typeof json.generatedAt).toBe('string');
    const paths = (json.sources as { path: string }[]).map((s) => s.path);
    for (const f of ['lakeside-wire-geneva-talks.html', 'continental-dispatch-wire.txt', 'yuanzhou-daily-gb18030.txt', 'haiwan-news-big5.txt', 'thoi-su-phuong-nam.md', 'beian-observer-2024-vienna.md'])
      expect(paths).toContain(f);
    for (const s of json.sources) expect(Array.isArray(s.diagnostics)).toBe(true);
    expect(Array.isArray(json.claims)).toBe(true);
    expect(Array.isArray(json.alignments)).toBe(true);
    // valid against the published schema of the export
    const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false });
    ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/);
    const validate = ajv.compile(JSON.parse(readFileSync(path.join(repoRoot, 'resources/schema/comparison.schema.json'), 'utf8')));
    expect(validate(json) ? [] : validate.errors).toEqual([]);
  }, 120_000);

  it('writes markdown to standard output when --out is absent, and infers the format from --out', async () => {
    const t = io();
    expect(await main(['compare', demoFolder, '--format', 'md', '--lang', 'vi'], t)).toBe(0);
    expect(t.out.length).toBeGreaterThan(100);
    const csv = path.join(tmp, 'r.csv');
    expect(await main(['compare', demoFolder, '--out', csv, '--scope', 'conflicts'], io())).toBe(0);
    expect((await fs.readFile(csv, 'utf8')).length).toBeGreaterThan(0);
  }, 120_000);

  it.skipIf(!findChromium())('writes a PDF through a local Chromium (skipped when no Chromium is installed)', async () => {
    const out = path.join(tmp, 'demo.pdf');
    const t = io();
    expect(await main(['compare', demoFolder, '--out', out], t)).toBe(0);
    const head = (await fs.readFile(out)).subarray(0, 5).toString('latin1');
    expect(head).toBe('%PDF-');
  }, 120_000);

  it('exits 2 on bad usage, with the reason and the help on stderr', async () => {
    for (const argv of [[], ['compare'], ['frobnicate'], ['compare', 'x', '--format', 'rtf'], ['compare', 'x', '--lang', 'fr'], ['compare', 'x', '--scope', 'some'], ['compare', 'x', '--out'], ['compare', 'x', '--bogus'], ['compare', 'x', '--format', 'pdf']]) {
      const t = io();
      expect(await main(argv, t)).toBe(2);
      expect(t.err).toMatch(/^parallax: .+\n\n.*Usage:/s);
    }
    const h = io();
    expect(await main(['--help'], h)).toBe(0);
    expect(h.out).toContain('parallax compare <folder-or-file>...');
  });

  it('exits 1 when some inputs cannot be read, still comparing and listing the rest', async () => {
    const dir = path.join(tmp, 'mixed');
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(path.join(dir, 'good.txt'), 'Ministers met in Lindmoor on Tuesday.\n\nThe talks lasted three hours, officials said.\n');
    // a PDF that is not one: garbage bytes after the magic number
    await fs.writeFile(path.join(dir, 'broken.pdf'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0xff, 0xfe, 0x00, 0x9c, 0x13, 0xff, 0x00, 0x01]));
    const out = path.join(tmp, 'mixed.json');
    const t = io();
    const code = await main(['compare', dir, path.join(tmp, 'does-not-exist'), '--out', out], t);
    expect(code).toBe(1);
    expect(t.err).toMatch(/does-not-exist/);
    expect(t.err).toMatch(/broken\.pdf/);
    const json = JSON.parse(await fs.readFile(out, 'utf8'));
    const paths = (json.sources as { path: string }[]).map((s) => s.path);
    expect(paths).toContain('good.txt');
    const broken = (json.sources as { path: string; diagnostics: { level: string }[] }[]).find((s) => s.path === 'broken.pdf');
    if (broken) expect(broken.diagnostics.some((d) => d.level === 'error')).toBe(true);
  });

  it('applies a project file: analyst outlet names appear in the export', async () => {
    const pfile = path.join(tmp, 'p.json');
    await writeProjectAtomic(pfile, { ...emptyProject([demoFolder]), outlets: { 'continental-dispatch-wire.txt': 'Renamed Wire' } });
    const out = path.join(tmp, 'proj.json');
    expect(await main(['compare', demoFolder, '--project', pfile, '--out', out], io())).toBe(0);
    const json = JSON.parse(await fs.readFile(out, 'utf8'));
    expect(json.sources.find((s: { path: string }) => s.path === 'continental-dispatch-wire.txt').outlet).toBe('Renamed Wire');
    expect(await main(['compare', demoFolder, '--project', path.join(tmp, 'none.json')], io())).toBe(2);
  }, 120_000);

  it('--project with --scope tagged exports the analyst\'s tagged groups with their notes', async () => {
    const c = await runAnalysis(await readDocuments([demoFolder]));
    expect(c.alignments.length).toBeGreaterThan(1);
    const target = c.alignments[c.alignments.length - 1];
    const pfile = path.join(tmp, 'tagged.json');
    await writeProjectAtomic(pfile, { ...emptyProject([demoFolder]), tags: [makeTagRecord(c, target.id, 'not-same', 'different meetings', new Date())] });
    const out = path.join(tmp, 'tagged-out.json');
    const t = io();
    expect(await main(['compare', demoFolder, '--project', pfile, '--scope', 'tagged', '--out', out], t)).toBe(0);
    expect(t.err).toBe('');
    const json = JSON.parse(await fs.readFile(out, 'utf8'));
    expect(json.alignments).toHaveLength(1);
    expect(json.alignments[0].tag).toMatchObject({ status: 'not-same', note: 'different meetings' });
    expect(json.alignments[0].claimIds).toEqual(target.claimIds);
  }, 120_000);

  it('parses options in both spellings', () => {
    expect(parseArgs(['compare', 'a', 'b', '--format=html', '-o', 'r.html', '--lang=zh-Hant'])).toEqual({
      command: 'compare',
      inputs: ['a', 'b'],
      format: 'html',
      out: 'r.html',
      lang: 'zh-Hant',
      scope: 'all',
      project: null,
      quiet: false,
      settings: null,
      explain: false,
    });
    expect(parseArgs(['compare', '--', '--odd-name'])).toMatchObject({ inputs: ['--odd-name'] });
    expect(() => parseArgs(['compare', 'a', '--lang', 'en', '--lang', 'vi'])).toThrow(UsageError);
    expect(parseArgs(['match', '--x'])).toEqual({ command: 'match', argv: ['--x'] });
  });

  it('routes `parallax match` to the matcher', async () => {
    const a = path.join(tmp, 'a.txt');
    const b = path.join(tmp, 'b.txt');
    await fs.writeFile(a, 'The talks lasted three hours.\n');
    await fs.writeFile(b, 'The meeting went on for three hours.\n');
    const t = io();
    const code = await main(['match', a, b], t);
    expect(t.err).not.toMatch(/not available/);
    expect(code).toBe(0);
  }, 120_000);

  it('runs as the package bin and through the npm script entry', () => {
    const bin = spawnSync(process.execPath, [path.join(repoRoot, 'bin/parallax.mjs'), '--help'], { encoding: 'utf8', timeout: 60_000 });
    expect(bin.status).toBe(0);
    expect(bin.stdout).toContain('Usage:');
    const out = path.join(tmp, 'script.json');
    const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');
    const run = spawnSync(tsx, ['src/cli/main.ts', 'compare', 'resources/demo', '--format', 'json', '--out', out], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const bad = spawnSync(tsx, ['src/cli/main.ts', 'compare'], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
    expect(bad.status).toBe(2);
  }, 120_000);
});
