// Alignment an analyst can trust (issue 9): speakers, no duplicate groups, one judge for groups and the fact matrix,
// explanations with stable codes. Hand-built statements and scores; all names, places and outlets are invented.
import { describe, expect, it } from 'vitest';
import type { Claim, Fact } from '../../../src/core/model';
import {
  leadGroups,
  sameSpeakers,
  similarityGroups,
  slotGroups,
  statementSpeakers,
  topicGroups,
  type AlignClaim,
  type AlignOptions,
  type Group,
  type PairScorer,
} from '../../../src/core/engine/align';
import { buildAlignments, judgeGroup, type GroupContext } from '../../../src/core/engine/judge';
import { buildFactTable } from '../../../src/core/engine/fact-table';
import { DEFAULT_ALIGN_SETTINGS } from '../../../src/core/engine/settings';

interface Spec {
  source: string;
  text: string;
  facts?: Fact[];
  index?: number;
  eventWord?: boolean;
  lasting?: boolean;
  primary?: boolean;
}
function build(specs: Spec[]) {
  const align: AlignClaim[] = specs.map((s, i) => ({
    id: 'c' + i,
    sourceId: s.source,
    index: s.index ?? i,
    eventId: 'ev',
    explicit: false,
    docEventDate: '2031-05-15',
    facts: s.facts ?? [],
    eventWord: s.eventWord ?? false,
    lasting: s.lasting ?? false,
    text: s.text,
    primary: s.primary ?? true,
  }));
  const claims: Claim[] = specs.map((s, i) => ({ id: 'c' + i, sourceId: s.source, eventId: 'ev', text: s.text, origin: { start: 0, end: s.text.length }, facts: s.facts ?? [], index: s.index ?? i }));
  return { align, claims };
}
/** a scorer from a table of pair scores (default `base`), with anchors given per statement */
function scorerOf(n: number, pairs: [number, number, number][], base = 0, anchors: (string | number)[][] = []): PairScorer {
  const table = new Map<string, number>();
  for (const [i, j, s] of pairs) table.set(Math.min(i, j) + ',' + Math.max(i, j), s);
  return {
    score: (i, j) => (i === j ? 1 : (table.get(Math.min(i, j) + ',' + Math.max(i, j)) ?? base)),
    anchors: (i) => anchors[i] ?? [],
    explain: (i, j) => ({ char: table.get(Math.min(i, j) + ',' + Math.max(i, j)) ?? base }),
  };
}
const opts = (allowed: AlignOptions['allowed'] = (a, b) => a.sourceId !== b.sourceId): AlignOptions => ({
  threshold: 0.13,
  crossEventThreshold: 0.16,
  maxCandidatesPerStatement: 40,
  maxAnchorFrequency: 300,
  anchorsPerStatement: 16,
  fullScanLimit: 400,
  allowed,
});
const person = (text: string, key: string, start: number, role?: string): Fact => ({ kind: 'person', text, start, end: start + text.length, value: { key, ...(role ? { role } : {}) } });
const ctxOf = (claims: Claim[], scorer: PairScorer, factsOf: GroupContext['factsOf'] = (_g, i) => claims[i].facts): GroupContext => ({
  claims,
  factsOf,
  scorer,
  allowed: (i, j) => claims[i].sourceId !== claims[j].sourceId,
});

describe('speakers', () => {
  it('finds the person before a verb of saying, in several languages, and quote speakers', () => {
    const zh = '政治学者索罗金认为，此次会谈主要是技术性的。';
    const vi = 'Người phát ngôn Dorn cho biết các bên sẽ gặp lại.';
    const ru = 'Политолог Сорокин считает, что переговоры были техническими.';
    const en = 'The talks were useful, Dorn told reporters on Thursday.';
    const at = (t: string, name: string) => t.indexOf(name);
    const sp = (text: string, facts: Fact[]) => statementSpeakers({ ...build([{ source: 'x', text, facts }]).align[0] });
    expect(sp(zh, [person('索罗金', 'sorokin-test', at(zh, '索罗金'))])).toEqual(['person:sorokin-test']);
    expect(sp(vi, [person('Dorn', 'dorn-test', at(vi, 'Dorn'))])).toEqual(['person:dorn-test']);
    expect(sp(ru, [person('Сорокин', 'sorokin-test', at(ru, 'Сорокин'))])).toEqual(['person:sorokin-test']);
    expect(sp(en, [person('Dorn', 'dorn-test', at(en, 'Dorn'))])).toEqual(['person:dorn-test']);
    // a person who is only mentioned is no speaker
    const met = 'Đoàn đại biểu đã gặp ông Dorn tại Korvana.';
    expect(sp(met, [person('Dorn', 'dorn-test', at(met, 'Dorn'))])).toEqual([]);
    // quote speakers: an institution's spokesperson speaks for the institution; a bare role names nobody
    const quote = (speaker: string): Fact => ({ kind: 'quote', text: '“我们会很快知道结果。”', value: { speaker } });
    expect(sp('塔尔维亚外交部发言人说：“我们会很快知道结果。”', [quote('talvia-mfa/spokesperson')])).toEqual(['org:talvia-mfa']);
    expect(sp('发言人说：“我们会很快知道结果。”', [quote('spokesperson'), { kind: 'role', text: '发言人', value: { key: 'spokesperson' } }])).toEqual([]);
  });

  it('keeps apart two people, or two institutions, speaking; not a person and an institution', () => {
    expect(sameSpeakers(['person:sorokin-test'], ['person:dorn-test'])).toBe(false);
    expect(sameSpeakers(['person:dorn-test'], ['person:dorn-test', 'org:lorinda-palace'])).toBe(true);
    expect(sameSpeakers(['org:talvia-mfa'], ['org:lorinda-palace'])).toBe(false);
    expect(sameSpeakers(['org:lorinda-palace'], ['person:dorn-test'])).toBe(true);
    expect(sameSpeakers([], ['person:dorn-test'])).toBe(true);
  });

  it("never aligns an analyst's opinion with a spokesman's statement, however similar", () => {
    const analyst = '俄政治学者伊万·索罗金说，此次会谈不涉及具体方案，而是解决领事问题。';
    const spokesman = 'Kremlin spokesman Pavel Dorn said the talks were not about a settlement but about consular work.';
    const same = 'Political scientist Ivan Sorokin said the talks were about consular work, not a settlement.';
    const { align } = build([
      { source: 'a', text: analyst, facts: [person('伊万·索罗金', 'sorokin-test', analyst.indexOf('伊万'))] },
      { source: 'b', text: spokesman, facts: [person('Pavel Dorn', 'dorn-test', spokesman.indexOf('Pavel'))] },
      { source: 'c', text: same, facts: [person('Ivan Sorokin', 'sorokin-test', same.indexOf('Ivan'))] },
    ]);
    const scorer = scorerOf(3, [
      [0, 1, 0.5],
      [0, 2, 0.4],
      [1, 2, 0.45],
    ]);
    const groups = similarityGroups(align, scorer, opts());
    expect(groups.map((g) => g.claimIdx)).toEqual([[0, 2]]);
  });
});

describe('no duplicate groups', () => {
  it('folds a subset group into the larger one and keeps each slot rule in its explanation', () => {
    const dur = (text: string, h: number): Fact => ({ kind: 'duration', text, value: { min: h, max: h, unit: 'hour' } });
    const day: Fact = { kind: 'date', text: '15/5', value: { date: '2031-05-15' } };
    const { claims } = build([
      { source: 'a', text: 'Hai bên hội đàm ngày 15/5 tại Korvana trong 3 giờ.', facts: [day, dur('3 giờ', 3)] },
      { source: 'b', text: '双方15日在科尔瓦纳会谈三小时。', facts: [{ ...day, text: '15日' }, dur('三小时', 3)] },
      { source: 'c', text: 'The two sides met in Korvana on May 15.', facts: [{ ...day, text: 'May 15' }] },
    ]);
    const scorer = scorerOf(3, [], 0.3);
    const dateSlot: Group = { claimIdx: [0, 1, 2], score: 0.7, eventId: 'ev', slot: { key: 'date', kind: 'date' }, origin: 'slot' };
    const durSlot: Group = { claimIdx: [0, 1], score: 0.7, eventId: 'ev', slot: { key: 'duration', kind: 'duration' }, origin: 'slot' };
    const sim: Group = { claimIdx: [0, 1], score: 0.3, eventId: 'ev', origin: 'similarity', edges: [{ i: 0, j: 1, s: 0.3 }] };
    const factsOf: GroupContext['factsOf'] = (g, i) => (g.slot ? claims[i].facts.filter((f) => f.kind === g.slot!.kind) : claims[i].facts);
    const out = buildAlignments([sim, durSlot, dateSlot], ctxOf(claims, scorer, factsOf));
    expect(out).toHaveLength(1);
    expect([...out[0].claimIds].sort()).toEqual(['c0', 'c1', 'c2']);
    expect(out[0].status).toBe('agreement');
    const rules = out[0].explain!.rules.map((r) => r.code);
    expect(rules).toEqual(expect.arrayContaining(['slot:date', 'slot:duration', 'similarity:mutual-best', 'merge:subset', 'verdict:not-stated']));
    expect(out[0].explain!.formedBy).toBe('slot');
    expect(out[0].explain!.pairs[0]).toMatchObject({ a: 'c0', b: 'c1', score: 0.3, signals: { char: 0.3 } });
  });

  it('never lists the same pair twice: a similarity group sharing two statements with a slot group gives them up', () => {
    const { claims } = build([
      { source: 'a', text: 'A1' },
      { source: 'b', text: 'B1' },
      { source: 'c', text: 'C1' },
      { source: 'c', text: 'C2' },
      { source: 'd', text: 'D1' },
    ]);
    const scorer = scorerOf(5, [], 0.3);
    const slot: Group = { claimIdx: [0, 1, 2], score: 0.7, eventId: 'ev', slot: { key: 'venue', kind: 'place' }, origin: 'slot' };
    const simDropped: Group = { claimIdx: [0, 1, 3], score: 0.3, eventId: 'ev', origin: 'similarity' };
    const simReduced: Group = { claimIdx: [0, 1, 3, 4], score: 0.25, eventId: 'ev', origin: 'similarity' };
    const out = buildAlignments([simDropped, slot], ctxOf(claims, scorer));
    expect(out.map((a) => a.claimIds)).toEqual([['c0', 'c1', 'c2']]);
    expect(out[0].explain!.rules.map((r) => r.code)).toContain('merge:overlap-dropped');
    const out2 = buildAlignments([simReduced, slot], ctxOf(claims, scorer));
    expect(out2.map((a) => a.claimIds)).toEqual([
      ['c0', 'c1', 'c2'],
      ['c3', 'c4'],
    ]);
    // no alignment's statements are a subset of another's, and no pair appears twice
    const pairs = out2.flatMap((a) => a.claimIds.flatMap((x, i) => a.claimIds.slice(i + 1).map((y) => x + y)));
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('keeps two slots stated by the same statements (a date and a count) as two groups', () => {
    const { claims } = build([
      { source: 'a', text: 'A1' },
      { source: 'b', text: 'B1' },
      { source: 'c', text: 'C1' },
      { source: 'c', text: 'C2' },
    ]);
    const scorer = scorerOf(4, [], 0.3);
    const date: Group = { claimIdx: [0, 1, 2], score: 0.7, eventId: 'ev', slot: { key: 'date', kind: 'date' }, origin: 'slot' };
    const count: Group = { claimIdx: [0, 1, 3], score: 0.7, eventId: 'ev', slot: { key: 'count:agreement', kind: 'number' }, origin: 'slot' };
    expect(buildAlignments([date, count], ctxOf(claims, scorer))).toHaveLength(2);
  });
});

describe('the fact matrix and the groups share one judge', () => {
  it("gives each row the verdict of its slot group, so no cell can read 'agreement' on a conflict row", () => {
    const dur = (text: string, min: number, max: number, qualifier?: Fact['qualifier']): Fact => ({ kind: 'duration', text, value: { min, max, unit: 'hour' }, ...(qualifier ? { qualifier } : {}) });
    const specs: Spec[] = [
      { source: 'a', text: '会谈历时约六个半小时。', facts: [dur('约六个半小时', 6.5, 6.5, 'approximate')], eventWord: true, lasting: true },
      { source: 'b', text: 'Cuộc hội đàm dự kiến kéo dài 5 đến 6 giờ.', facts: [dur('5 đến 6 giờ', 5, 6, 'expected')], eventWord: true, lasting: true },
      { source: 'c', text: 'The talks lasted about six and a half hours.', facts: [dur('about six and a half hours', 6.5, 6.5, 'approximate')], eventWord: true, lasting: true },
    ];
    const { align, claims } = build(specs);
    const scorer = scorerOf(3, [], 0.3);
    const slots = slotGroups(align, scorer, (a, b) => a.sourceId !== b.sourceId);
    const ctx = ctxOf(claims, scorer, (g, i) => (g.slot ? claims[i].facts.filter((f) => f.kind === g.slot!.kind) : claims[i].facts));
    const rows = buildFactTable(slots, ctx);
    const alignments = buildAlignments(slots, ctx);
    expect(rows).toHaveLength(1);
    expect(rows[0].status).toBe('conflict');
    expect(alignments[0].status).toBe(rows[0].status);
    expect(judgeGroup(slots[0], ctx).status).toBe(rows[0].status);
    expect(Object.keys(rows[0].cells).sort()).toEqual(['a', 'b', 'c']);
  });

  it('needs a duration on two sides for a duration group', () => {
    const { align } = build([
      { source: 'a', text: 'Cuộc hội đàm kéo dài 3 giờ.', facts: [{ kind: 'duration', text: '3 giờ', value: { min: 3, max: 3, unit: 'hour' } }], eventWord: true, lasting: true },
      { source: 'b', text: '两国代表团在科尔瓦纳举行会谈。', eventWord: true },
    ]);
    const slots = slotGroups(align, scorerOf(2, [], 0.5), (a, b) => a.sourceId !== b.sourceId);
    expect(slots.filter((g) => g.slot?.kind === 'duration' && g.claimIdx.length >= 2)).toEqual([]);
  });
});

describe('leads and topic lines', () => {
  const korvana: Fact = { kind: 'place', text: 'Korvana', value: { key: 'korvana' } };
  const may15: Fact = { kind: 'date', text: '15/5', value: { date: '2031-05-15' } };
  it("aligns the first reporting sentence of each report on one event, whatever their similarity", () => {
    const { align } = build([
      { source: 'a', index: 0, text: '塔尔维亚与洛林达在科尔瓦纳会谈' },
      { source: 'a', index: 1, text: '塔尔维亚与洛林达代表团15日在科尔瓦纳举行首轮会谈。', facts: [may15, korvana], eventWord: true },
      { source: 'b', index: 0, text: 'Các phái đoàn Talvia và Lorinda gặp nhau tại Korvana ngày 15/5.', facts: [may15, korvana], eventWord: true },
      { source: 'c', index: 0, text: 'Photo: journalists wait outside.' },
      { source: 'c', index: 1, text: 'Talvian and Lorindan diplomats held talks in Korvana on Thursday.', facts: [may15, korvana], eventWord: true },
      { source: 'c', index: 2, text: 'The talks in Korvana were the first since 2029.', facts: [korvana], eventWord: true },
    ]);
    align[0].headline = true;
    const leads = leadGroups(align, scorerOf(6, [], 0.05), (a, b) => a.sourceId !== b.sourceId);
    expect(leads).toHaveLength(1);
    expect(leads[0]).toMatchObject({ claimIdx: [1, 2, 4], origin: 'lead', eventId: 'ev' });
    // a report that is not about this event (its statements are background) gives no lead
    align[2].primary = false;
    expect(leadGroups(align, scorerOf(6, [], 0.05), (a, b) => a.sourceId !== b.sourceId)[0].claimIdx).toEqual([1, 4]);
    // the window is a setting
    expect(leadGroups(align, scorerOf(6, [], 0.05), (a, b) => a.sourceId !== b.sourceId, { ...DEFAULT_ALIGN_SETTINGS, leadWindow: 0 })).toEqual([]);
  });

  it('aligns topic lines that share rare anchors below the ordinary threshold, and not other statements', () => {
    const { align } = build([
      { source: 'a', text: '会谈主要讨论使馆运作问题，涉及人员配置、签证等。', eventWord: true },
      { source: 'b', text: 'Cuộc hội đàm sẽ bàn về nhân sự, thị thực và ngân hàng ngoại giao.', eventWord: true },
      { source: 'a', text: '外交官索罗金表示，双方将再次会面。', eventWord: true, facts: [person('索罗金', 'sorokin-test', 3)] },
      { source: 'b', text: 'Ông Sorokin cho biết hai bên sẽ gặp lại.', eventWord: true, facts: [person('Sorokin', 'sorokin-test', 4)] },
    ]);
    const anchors = [['staff', 'visa', 'embassy'], ['staff', 'visa', 'bank'], ['meet', 'again'], ['meet', 'again']];
    const scorer = scorerOf(4, [
      [0, 1, 0.09],
      [2, 3, 0.07],
    ], 0.01, anchors);
    expect(similarityGroups(align, scorer, opts())).toEqual([]);
    const topics = topicGroups(align, scorer, opts());
    expect(topics.map((g) => [g.claimIdx, g.origin])).toEqual([[[0, 1], 'topic']]);
    // below the named threshold they stay apart
    expect(topicGroups(align, scorer, opts(), { ...DEFAULT_ALIGN_SETTINGS, topicThreshold: 0.1 })).toEqual([]);
  });
});
