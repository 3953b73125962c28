// The engine end to end on the bundled demo corpus (written for Parallax; answer key in resources/demo/EXPECTED.md)
// and, where ../shared is present, on the real seed captures scored by the shared development gold.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Alignment, Claim, Comparison, CleanDocument } from '../../../src/core/model';
import { readAllSources } from '../../../src/node/ingest';
import { analyzeDocuments } from '../../../src/node/engine';
import { splitBySlotFacts } from '../../../src/core/engine/analyze';

const root = resolve(__dirname, '../../..');
const demo = join(root, 'resources/demo');
const shared = resolve(root, '../shared');
const hasShared = existsSync(join(shared, 'seeds')) && existsSync(join(shared, 'eval/score.mjs'));

const fixed = () => new Date('2026-01-01T00:00:00Z');
const byPath = (c: Comparison, prefix: string) => c.sources.find((s) => s.path.startsWith(prefix))!.id;
const claimsOf = (c: Comparison) => new Map(c.claims.map((x) => [x.id, x]));
/** the alignments holding a statement of each given source that contains the given words */
function groupsWith(c: Comparison, members: [string, string][]): Alignment[] {
  const cl = claimsOf(c);
  return c.alignments.filter((a) =>
    members.every(([src, words]) => a.claimIds.some((id) => cl.get(id)!.sourceId === byPath(c, src) && cl.get(id)!.text.includes(words))),
  );
}

describe('engine on the demo corpus', () => {
  let docs: CleanDocument[];
  let c: Comparison;
  beforeAll(async () => {
    docs = await readAllSources([demo]);
    c = analyzeDocuments(docs, { now: fixed });
  });

  it('keeps the 2024 look-alike talks apart from the 2025 Geneva talks', () => {
    const vienna = byPath(c, 'beian');
    expect(c.events.length).toBe(2);
    const geneva = c.events.find((e) => e.sourceIds.length === 5)!;
    expect(geneva.date).toBe('2025-10-14');
    expect(geneva.sourceIds).not.toContain(vienna);
    const cl = claimsOf(c);
    for (const a of c.alignments) {
      const sources = new Set(a.claimIds.map((id) => cl.get(id)!.sourceId));
      if (sources.has(vienna)) expect(sources.size).toBe(1);
    }
  });

  it('flags the duration as a conflict: about six and a half hours against an expected five to six', () => {
    const [g] = groupsWith(c, [
      ['haiwan', '六個半小時'],
      ['yuanzhou', '5至6小时'],
    ]);
    expect(g.status).toBe('conflict');
    const d = g.discrepancies.find((x) => x.kind === 'duration')!;
    expect(d.relation).toBe('conflict');
    expect(d.note).toMatch(/forecast/);
  });

  it("flags the Belmoran leader's department (North Atlantic vs North America) as a conflict in three scripts", () => {
    const groups = groupsWith(c, [
      ['yuanzhou', '北大西洋司'],
      ['haiwan', '北美司'],
      ['thoi-su', 'Bắc Đại Tây Dương'],
    ]);
    expect(groups.length).toBeGreaterThan(0);
    expect(groups[0].status).toBe('conflict');
    expect(groups[0].discrepancies.map((d) => d.kind)).toEqual(expect.arrayContaining(['role', 'organization']));
  });

  it("agrees on the Ardovian leader's title across English, both Chinese scripts and Vietnamese", () => {
    const [g] = groupsWith(c, [
      ['continental', 'Ilse Marov'],
      ['yuanzhou', '马罗夫'],
      ['haiwan', '馬羅夫'],
      ['thoi-su', 'Ilse Marov'],
    ]);
    expect(g.status).toBe('agreement');
  });

  it('flags the dissenting date (15/10 against 14 October) as a date conflict', () => {
    const [g] = groupsWith(c, [
      ['thoi-su', '15/10'],
      ['haiwan', '10月14日'],
    ]);
    expect(g.status).toBe('conflict');
    expect(g.discrepancies[0].kind).toBe('date');
  });

  it('maps every statement back to its place in the decoded file', () => {
    const docById = new Map(docs.map((d) => [d.id, d]));
    let exact = 0;
    for (const x of c.claims) {
      const d = docById.get(x.sourceId)!;
      expect(x.origin.end).toBeGreaterThan(x.origin.start);
      expect(x.origin.end).toBeLessThanOrEqual(d.original.length);
      if (d.original.slice(x.origin.start, x.origin.end) === x.text) exact++;
    }
    // cleaning only drops markup around statements here, so nearly all map verbatim
    expect(exact / c.claims.length).toBeGreaterThan(0.8);
  });

  it('gives the same ids to unchanged text, even when another report changes', () => {
    const again = analyzeDocuments(docs, { now: fixed });
    expect(again).toEqual(c);
    const edited = docs.map((d) => (d.path.startsWith('continental') ? { ...d, text: d.text.replace('Ilse Marov', 'Ilse Marova') } : d));
    const c2 = analyzeDocuments(edited, { now: fixed });
    const keep = (x: Comparison) => new Set(x.claims.filter((k: Claim) => !k.sourceId.includes(byPath(c, 'continental'))).map((k) => k.id));
    expect(keep(c2)).toEqual(keep(c));
  });
});

describe('clause-level statements', () => {
  it('splits a sentence naming two titled people at the clause between them', () => {
    const text = 'A方代表团由副外长甲率领，B方代表团由北美司司长乙率领。';
    const facts = [
      { kind: 'person' as const, text: '甲', start: 9, end: 10, value: { key: 'a', role: 'deputy-foreign-minister' } },
      { kind: 'organization' as const, text: '北美司', start: 19, end: 22, value: { key: 'north-america-department' } },
      { kind: 'role' as const, text: '司长', start: 22, end: 24, value: { key: 'department-director' } },
      { kind: 'person' as const, text: '乙', start: 24, end: 25, value: { key: 'b', role: 'department-director', organization: 'north-america-department' } },
    ];
    for (const f of facts) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(splitBySlotFacts(text, facts)).toEqual([
      [0, 13],
      [13, 28],
    ]);
    expect(splitBySlotFacts(text, facts.slice(0, 1))).toBeNull();
  });

  const person = (text: string, start: number, key: string) => ({
    kind: 'person' as const,
    text,
    start,
    end: start + text.length,
    value: { key, role: 'spokesperson' },
  });
  it('never separates a speaker from what they said, nor cuts inside a quotation', () => {
    const said = '发言人甲周四称，“我们看到的是，乙总统本人准备听取他人的意见。”';
    expect(splitBySlotFacts(said, [person('甲', 3, 'a'), person('乙', 16, 'b')])).toBeNull();
  });
  it('does not cut before a phrase that continues the clause', () => {
    const text = '国务卿甲和顾问乙周二在首都的宫殿里，与外长丙和助理丁举行了四个半小时会谈。';
    expect(splitBySlotFacts(text, [person('甲', 3, 'a'), person('丙', 22, 'c')])).toBeNull();
  });
});

describe.skipIf(!hasShared)('engine on the shared seed captures (skipped: needs ../shared/seeds and ../shared/eval)', () => {
  it('passes the development gold: groups, verdicts, isolation, noise, content and languages', async () => {
    const docs = await readAllSources([join(shared, 'seeds')]);
    const c = analyzeDocuments(docs, { now: fixed });
    const dir = mkdtempSync(join(tmpdir(), 'parallax-seeds-'));
    writeFileSync(join(dir, 'seeds.json'), JSON.stringify(c));
    const r = spawnSync(process.execPath, [join(shared, 'eval/score.mjs'), join(dir, 'seeds.json')], { encoding: 'utf8' });
    expect(r.stdout).toMatch(/isolation leaks 0; noise 0/);
    expect(r.status, r.stdout).toBe(0);
    // three events: Istanbul (27 Feb 2025), Riyadh (18 Feb 2025) and the 2022 story on its own
    expect(c.events.map((e) => e.date).filter(Boolean).sort()).toEqual(['2025-02-18', '2025-02-27']);
    const netease = c.sources.find((s) => s.path.startsWith('002'))!.id;
    const own = c.events.filter((e) => e.sourceIds.includes(netease));
    expect(own).toHaveLength(1);
    expect(own[0].sourceIds).toEqual([netease]);
  });
});
