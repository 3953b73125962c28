// `parallax compare --explain [groupId]` and `--settings <file.json>` on the demo corpus (fictional reports of
// invented talks, written for Parallax).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main';
import { collectingIo } from './io';
import { parseArgs } from '../../src/cli/args';
import { DEFAULT_SETTINGS } from '../../src/core/engine/settings';
import type { Comparison } from '../../src/core/model';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let tmp: string;
let plain: Comparison;

const io = () => collectingIo(repoRoot);

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'parallax-explain-'));
  const t = io();
  expect(await main(['compare', 'resources/demo', '--format', 'json'], t)).toBe(0);
  plain = JSON.parse(t.out) as Comparison;
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('parallax compare --explain', () => {
  it('parses the optional group id', () => {
    const p = (...a: string[]) => parseArgs(['compare', ...a]);
    expect(p('resources/demo', '--explain')).toMatchObject({ explain: true, inputs: ['resources/demo'] });
    expect(p('--explain', 'a2wp2ldbffo', 'resources/demo')).toMatchObject({ explain: 'a2wp2ldbffo', inputs: ['resources/demo'] });
    expect(p('--explain=a2wp2ldbffo', 'x')).toMatchObject({ explain: 'a2wp2ldbffo' });
    expect(p('--explain', 'resources/demo')).toMatchObject({ explain: true, inputs: ['resources/demo'] });
    expect(p('x')).toMatchObject({ explain: false, settings: null });
  });

  it('prints every group with how it was formed, its pair scores and the rules of its verdict', async () => {
    const t = io();
    expect(await main(['compare', 'resources/demo', '--explain'], t)).toBe(0);
    const blocks = t.out.trim().split('\n\n');
    expect(blocks).toHaveLength(plain.alignments.length);
    const conflict = plain.alignments.find((a) => a.status === 'conflict' && a.explain?.formedBy === 'slot')!;
    const block = blocks.find((b) => b.startsWith(`Group ${conflict.id} · Conflict`))!;
    expect(block).toContain('Formed by: the same fact slot');
    expect(block).toContain(`Fact slot: ${conflict.explain!.slot}`);
    expect(block).toMatch(/Pair scores:\n {4}- .+ ↔ .+: \d/);
    expect(block).toMatch(/Rules, in the order applied:\n {4}1\. Same fact slot/);
    expect(block).toContain('The values’ ranges do not overlap');
    expect(block).toContain('Event: Geneva · 2025-10-14');
  });

  it('prints one group in the --lang language, and exits 2 for an unknown id', async () => {
    const a = plain.alignments.find((x) => x.explain?.formedBy === 'similarity')!;
    const t = io();
    expect(await main(['compare', 'resources/demo', '--explain', a.id, '--lang', 'zh-Hant'], t)).toBe(0);
    expect(t.out.startsWith(`組 ${a.id} · `)).toBe(true);
    expect(t.out).toContain('成組依據: 跨語言相似度');
    expect(t.out).toContain('互為最佳匹配且相似度高於門檻');
    expect(t.out).toContain('事件: 日內瓦 · 2025-10-14');
    expect(t.out.split('\n\n')).toHaveLength(1);
    const vi = io();
    expect(await main(['compare', 'resources/demo', '--explain=azzzzzzzzzz', '--lang', 'vi'], vi)).toBe(2);
    expect(vi.out).toContain('Không có nhóm nào có mã azzzzzzzzzz.');
  });

  it('says so when a group has no recorded explanation', async () => {
    const { explainComparison } = await import('../../src/cli/explain');
    const a = { ...plain.alignments[0], explain: undefined };
    const text = explainComparison({ ...plain, alignments: [a] }, 'zh-Hans').text;
    expect(text).toContain('此组没有记录说明。');
  });

  it('still writes the report with --out', async () => {
    const out = path.join(tmp, 'with-explain.json');
    const t = io();
    expect(await main(['compare', 'resources/demo', '--explain', '--out', out], t)).toBe(0);
    expect(t.out).toContain('Group ');
    expect(JSON.parse(await fs.readFile(out, 'utf8')).format).toBe('parallax.comparison');
  });
});

describe('event labels in the report language', () => {
  it('writes the place as the reports in that language write it', async () => {
    const t = io();
    expect(await main(['compare', 'resources/demo', '--format', 'md', '--lang', 'zh-Hant'], t)).toBe(0);
    expect(t.out).toContain('## 事件: 日內瓦 · 2025年10月14日');
    const en = io();
    expect(await main(['compare', 'resources/demo', '--format', 'md'], en)).toBe(0);
    expect(en.out).toContain('## Event: Geneva · October 14, 2025');
  });
});

describe('parallax compare --settings', () => {
  it('records the full resolved settings in every JSON export', () => {
    expect(plain.engine.settings).toEqual(JSON.parse(JSON.stringify(DEFAULT_SETTINGS)));
    expect((plain.engine as { run?: unknown }).run).toEqual({ similarity: 'cross-language', nameVariants: 0 });
  });

  it('overrides a threshold: fewer similarity groups, and the export says which settings it ran with', async () => {
    const file = path.join(tmp, 'strict.json');
    await fs.writeFile(file, JSON.stringify({ align: { threshold: 0.6 }, events: { sameEventDays: 0 } }));
    const t = io();
    expect(await main(['compare', 'resources/demo', '--format', 'json', '--settings', file], t)).toBe(0);
    const c = JSON.parse(t.out) as Comparison;
    const s = c.engine.settings as unknown as typeof DEFAULT_SETTINGS;
    expect(s.align.threshold).toBe(0.6);
    expect(s.events.sameEventDays).toBe(0);
    expect(s.events.leadStatements).toBe(DEFAULT_SETTINGS.events.leadStatements);
    const sim = (x: Comparison) => x.alignments.filter((a) => a.explain?.formedBy === 'similarity').length;
    expect(sim(c)).toBeLessThan(sim(plain));
    // the export's settings can be given back to repeat the run
    const again = path.join(tmp, 'again.json');
    await fs.writeFile(again, JSON.stringify(c.engine.settings));
    const t2 = io();
    expect(await main(['compare', 'resources/demo', '--format', 'json', '--settings', again], t2)).toBe(0);
    expect(JSON.parse(t2.out).alignments.map((a: { id: string }) => a.id)).toEqual(c.alignments.map((a) => a.id));
  });

  it('refuses an unknown setting or a wrong type with exit status 2', async () => {
    for (const [body, why] of [
      [{ events: { leadStatementz: 3 } }, 'unknown setting "events.leadStatementz"'],
      [{ eventz: {} }, 'unknown settings section "eventz"'],
      [{ align: { threshold: "high" } }, 'setting "align.threshold" must be a number'],
    ] as const) {
      const file = path.join(tmp, 'bad.json');
      await fs.writeFile(file, JSON.stringify(body));
      const t = io();
      expect(await main(['compare', 'resources/demo', '--settings', file], t)).toBe(2);
      expect(t.err).toContain(why);
    }
  });
});
