// The engine end to end on three invented reports of one meeting (zh-Hans, vi, en): leads aligned, every verdict
// explained, different speakers kept apart, settings read from their sections. Names, places and outlets are invented.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Comparison } from '../../../src/core/model';
import { readAllSources } from '../../../src/node/ingest';
import { analyzeDocuments } from '../../../src/node/engine';

const REPORTS: Record<string, string> = {
  'talvia-daily.txt': [
    '塔尔维亚与洛林达举行首轮会谈',
    '本报科尔瓦纳5月16日电 塔尔维亚与洛林达代表团5月15日在科尔瓦纳举行首轮会谈，讨论恢复两国使馆运作。',
    '会谈持续约五个小时。',
    '塔尔维亚代表团由副外长米拉·韦斯娜率领。',
    '政治学者伊万·索罗金认为，会谈主要是技术性的，双方尚需时间做出决定。',
  ].join('\n\n'),
  'bao-korvana.txt': [
    'Talvia và Lorinda hội đàm tại Korvana',
    'Các phái đoàn Talvia và Lorinda đã gặp nhau tại Korvana ngày 15/5 để thảo luận về việc khôi phục các đại sứ quán.',
    'Cuộc hội đàm kéo dài khoảng 5 giờ.',
    'Phái đoàn Talvia do Thứ trưởng Ngoại giao Mira Vesna dẫn đầu.',
  ].join('\n\n'),
  'lorinda-wire.txt': [
    'Talvia and Lorinda hold first round of talks',
    'Talvian and Lorindan diplomats held talks in Korvana on May 15 to restore the work of their embassies.',
    'The talks lasted about five hours.',
    'The Talvian delegation was led by Deputy Foreign Minister Mira Vesna.',
    'Lorindan spokesman Pavel Dorn said the talks were only technical and that both sides still needed time to decide.',
  ].join('\n\n'),
};

const fixed = () => new Date('2031-06-01T00:00:00Z');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-judge-'));
  for (const [name, text] of Object.entries(REPORTS)) writeFileSync(join(dir, name), text);
});

const texts = (c: Comparison, ids: string[]) => ids.map((id) => c.claims.find((x) => x.id === id)!.text);

describe('three invented reports of one meeting', () => {
  let c: Comparison;
  beforeAll(async () => {
    c = analyzeDocuments(await readAllSources([dir]), { now: fixed });
  });

  it('aligns the lead of each report, formed by the lead rule', () => {
    const lead = c.alignments.find((a) => a.explain?.rules.some((r) => r.code === 'lead:first-report'));
    expect(lead).toBeDefined();
    expect(lead!.explain!.formedBy).toBe('lead');
    const t = texts(c, lead!.claimIds);
    expect(t).toHaveLength(3);
    expect(t.some((x) => x.includes('5月15日在科尔瓦纳'))).toBe(true);
    expect(t.some((x) => x.includes('ngày 15/5'))).toBe(true);
    expect(t.some((x) => x.includes('on May 15'))).toBe(true);
    expect(lead!.status).toBe('agreement');
  });

  it("never puts the political scientist's opinion and the spokesman's statement in one group", async () => {
    const both = (x: Comparison) =>
      x.alignments.some((a) => {
        const t = texts(x, a.claimIds).join(' | ');
        return t.includes('索罗金') && t.includes('Pavel Dorn');
      });
    expect(both(c)).toBe(false);
    // they are similar enough to align if the speakers were not read (speaker window 0): the rule is what keeps them apart
    const blind = analyzeDocuments(await readAllSources([dir]), { now: fixed, settings: { align: { speakerWindow: 0 } } });
    expect(both(blind)).toBe(true);
  });

  it('explains every verdict with stable codes and the pair scores with their signals', () => {
    expect(c.alignments.length).toBeGreaterThan(0);
    for (const a of c.alignments) {
      expect(a.explain).toBeDefined();
      expect(['slot', 'similarity', 'lead', 'manual']).toContain(a.explain!.formedBy);
      expect(a.explain!.rules.length).toBeGreaterThan(0);
      for (const r of a.explain!.rules) expect(r.code).toMatch(/^(slot|similarity|lead|merge|verdict):[a-z-]+$/);
      expect(a.explain!.pairs.length).toBeGreaterThan(0);
      for (const p of a.explain!.pairs) {
        expect(a.claimIds).toEqual(expect.arrayContaining([p.a, p.b]));
        expect(p.signals && Object.keys(p.signals).length).toBeTruthy();
      }
    }
  });

  it('never lists the same statements, or a subset of them, as two groups', () => {
    const sets = c.alignments.map((a) => new Set(a.claimIds));
    for (let i = 0; i < sets.length; i++)
      for (let j = 0; j < sets.length; j++) if (i !== j) expect([...sets[i]].every((x) => sets[j].has(x))).toBe(false);
  });

  it('gives each fact-table row the verdict of the same judge as its group', () => {
    for (const r of c.factTable) {
      if (r.status === 'single') continue;
      const ids = Object.values(r.cells).flatMap((cells) => cells.map((x) => x.claimId));
      const g = c.alignments.find((a) => a.explain?.slot === r.key && ids.every((id) => a.claimIds.includes(id)));
      if (g && g.claimIds.length === ids.length) expect(g.status).toBe(r.status);
    }
  });

  it('reads its thresholds from the settings sections (no lead group when the lead window is 0)', async () => {
    const off = analyzeDocuments(await readAllSources([dir]), { now: fixed, settings: { align: { leadWindow: 0 } } });
    expect(off.alignments.some((a) => a.explain?.rules.some((r) => r.code === 'lead:first-report'))).toBe(false);
  });
});

describe('one resolved settings object reaches every part of a run', () => {
  it('facts read settings.facts, the similarity model settings.similarity, and the export records them', async () => {
    const docs = await readAllSources([dir]);
    const plain = analyzeDocuments(docs, { now: fixed });
    const duration = (c: Comparison) =>
      c.claims.flatMap((x) => x.facts).find((f) => f.kind === 'duration' && f.text.includes('five hours'));
    expect(duration(plain)?.qualifier).toBe('approximate');
    // no room for a hedge before the number: "about five hours" is read as exactly five
    const noHedge = analyzeDocuments(docs, { now: fixed, settings: { facts: { hedgeWindow: 0 } } });
    expect(duration(noHedge)?.qualifier).not.toBe('approximate');
    expect((noHedge.engine.settings as { facts: { hedgeWindow: number } }).facts.hedgeWindow).toBe(0);
    // names weigh nothing in the similarity: pair scores of the same groups change
    const noNames = analyzeDocuments(docs, { now: fixed, settings: { similarity: { nameWeight: 0 } } });
    expect((noNames.engine.settings as { similarity: { nameWeight: number } }).similarity.nameWeight).toBe(0);
    const scores = (c: Comparison) => c.alignments.flatMap((a) => a.explain?.pairs.map((p) => p.score) ?? []);
    expect(scores(noNames)).not.toEqual(scores(plain));
  });
});
