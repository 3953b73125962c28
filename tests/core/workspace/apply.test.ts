import { describe, expect, it } from 'vitest';
import type { Alignment, Claim, Comparison, SourceInfo } from '../../../src/core/model';
import { emptyProject, type Project } from '../../../src/core/workspace';
import { anchorsFor, applyProject, makeLinkRecord, makeTagRecord, quoteSimilarity } from '../../../src/core/workspace-apply';

const NOW = new Date('2026-03-01T10:00:00Z');

function source(id: string, path: string, language: string): SourceInfo {
  return { id, path, outlet: null, language, title: null, published: null, url: null, format: 'text', encoding: 'utf-8', diagnostics: [] };
}
function claim(id: string, sourceId: string, text: string, start: number, index: number): Claim {
  return { id, sourceId, eventId: 'e1', text, origin: { start, end: start + text.length }, facts: [], index };
}
function group(id: string, claimIds: string[]): Alignment {
  return { id, eventId: 'e1', claimIds, score: 0.8, status: 'conflict', discrepancies: [], tag: null };
}

/** Two outlets report a ministers' meeting in a lakeside town; the talks lasted 3 or 4 hours. */
function base(): Comparison {
  return {
    format: 'parallax.comparison',
    version: 1,
    generatedAt: NOW.toISOString(),
    engine: { name: 'parallax', version: 't', settings: {} },
    sources: [source('s1', 'en/harbor-times.txt', 'en'), source('s2', 'zh/dongfang.txt', 'zh-Hans')],
    events: [{ id: 'e1', label: 'Lakeside talks', date: '2031-05-02', place: 'Lindmoor', sourceIds: ['s1', 's2'] }],
    claims: [
      claim('c1', 's1', 'The ministers met for three hours in Lindmoor.', 40, 0),
      claim('c2', 's1', 'A joint statement is expected on Friday.', 90, 1),
      claim('c3', 's2', '两国外长在林德莫尔会谈了四个小时。', 12, 0),
      claim('c4', 's2', '联合声明预计周五发表。', 40, 1),
    ],
    alignments: [group('a1', ['c1', 'c3']), group('a2', ['c2', 'c4'])],
    factTable: [],
  };
}

function projectWith(p: Partial<Project>): Project {
  return { ...emptyProject(['/x']), ...p };
}

describe('applyProject', () => {
  it('attaches a tag by alignment id and leaves the input untouched', () => {
    const c = base();
    const tag = makeTagRecord(c, 'a1', 'conflict', 'duration differs: 3 h vs 4 h', NOW);
    expect(tag.anchors.map((a) => a.path)).toEqual(['en/harbor-times.txt', 'zh/dongfang.txt']);
    const { comparison, orphans } = applyProject(c, projectWith({ tags: [tag] }));
    expect(orphans).toEqual([]);
    expect(comparison.alignments.find((a) => a.id === 'a1')?.tag).toEqual({ status: 'conflict', note: 'duration differs: 3 h vs 4 h', updatedAt: NOW.toISOString() });
    expect(comparison.alignments.find((a) => a.id === 'a2')?.tag).toBeNull();
    expect(c.alignments[0].tag).toBeNull();
  });

  it('re-anchors by quote when the engine renumbered its alignments and claims', () => {
    const tag = makeTagRecord(base(), 'a1', 'partial', 'check venue', NOW);
    const c2 = base();
    // re-analysis: new ids, groups listed in another order, statements shifted in the file
    c2.claims = c2.claims.map((cl) => ({ ...cl, id: `n${cl.id}`, origin: { start: cl.origin.start + 7, end: cl.origin.end + 7 } }));
    c2.alignments = [group('g1', ['nc2', 'nc4']), group('g2', ['nc1', 'nc3'])];
    const { comparison, orphans } = applyProject(c2, projectWith({ tags: [tag] }));
    expect(orphans).toEqual([]);
    expect(comparison.alignments.find((a) => a.id === 'g2')?.tag?.status).toBe('partial');
    expect(comparison.alignments.find((a) => a.id === 'g1')?.tag).toBeNull();
  });

  it('does not trust a reused id that now names a different group', () => {
    const tag = makeTagRecord(base(), 'a1', 'agreement', '', NOW);
    const c2 = base();
    c2.alignments = [group('a1', ['c2', 'c4']), group('a9', ['c1', 'c3'])];
    const { comparison } = applyProject(c2, projectWith({ tags: [tag] }));
    expect(comparison.alignments.find((a) => a.id === 'a9')?.tag?.status).toBe('agreement');
    expect(comparison.alignments.find((a) => a.id === 'a1')?.tag).toBeNull();
  });

  it('follows a lightly edited statement and picks the nearest of identical quotes', () => {
    const tag = makeTagRecord(base(), 'a1', 'conflict', '', NOW);
    const c2 = base();
    c2.claims[0] = { ...c2.claims[0], id: 'x1', text: 'The ministers met for three hours in Lindmoor on Friday.' };
    c2.alignments = [group('b1', ['x1', 'c3']), group('a2', ['c2', 'c4'])];
    expect(quoteSimilarity(c2.claims[0].text, tag.anchors[0].quote)).toBeGreaterThan(0.75);
    const { comparison, orphans } = applyProject(c2, projectWith({ tags: [tag] }));
    expect(orphans).toEqual([]);
    expect(comparison.alignments.find((a) => a.id === 'b1')?.tag?.status).toBe('conflict');
  });

  it('a repeated, then edited statement is re-found at its own place, not at its twin', () => {
    const c = base();
    // the page repeats a paragraph (teaser at the top, body further down); the analyst tagged the body's copy
    const said = 'The delegation took questions from the press at noon.';
    c.claims = [...c.claims, claim('t0', 's1', said, 150, 2), claim('t1', 's1', said, 900, 9), claim('m1', 's2', '代表团中午回答了记者提问。', 80, 2)];
    c.alignments = [...c.alignments, group('a3', ['t1', 'm1'])];
    const tag = makeTagRecord(c, 'a3', 'agreement', 'body copy', NOW);
    expect(tag.anchors[0].start).toBe(900);
    const c2 = structuredClone(c);
    // the outlet reworded both copies; the engine renumbered everything and grouped each copy separately
    const edited = 'The delegation took questions from reporters at noon.';
    c2.claims = c2.claims.map((cl) => ({ ...cl, id: `r${cl.id}`, text: cl.text === said ? edited : cl.text }));
    c2.alignments = [group('b0', ['rt0', 'rm1']), group('b1', ['rt1', 'rm1'])];
    const { comparison, orphans } = applyProject(c2, projectWith({ tags: [tag] }));
    expect(orphans).toEqual([]);
    expect(comparison.alignments.find((a) => a.id === 'b1')?.tag?.note).toBe('body copy');
    expect(comparison.alignments.find((a) => a.id === 'b0')?.tag).toBeNull();
  });

  it('an edited statement is not confused with an unchanged look-alike that another tag still holds', () => {
    const c = base();
    c.claims = [
      ...c.claims,
      claim('x0', 's1', 'Officials met in the north wing at nine.', 300, 2),
      claim('x1', 's1', 'Officials met in the south wing at nine.', 400, 3),
      claim('y0', 's2', '官员九点在北翼会面。', 200, 2),
      claim('y1', 's2', '官员九点在南翼会面。', 300, 3),
    ];
    c.alignments = [...c.alignments, group('n', ['x0', 'y0']), group('s', ['x1', 'y1'])];
    const north = makeTagRecord(c, 'n', 'agreement', 'north', NOW);
    const south = makeTagRecord(c, 's', 'conflict', 'south', NOW);
    const c2 = structuredClone(c);
    // a paragraph was inserted above (everything moved 500 characters) and the south statement was reworded
    c2.claims = c2.claims.map((cl) => ({
      ...cl,
      id: `r${cl.id}`,
      origin: { start: cl.origin.start + 500, end: cl.origin.end + 500 },
      text: cl.id === 'x1' ? 'Officials met in the south wing, at nine, aides said.' : cl.text,
    }));
    c2.alignments = [group('N', ['rx0', 'ry0']), group('S', ['rx1', 'ry1']), group('X', ['rx0', 'ry1'])];
    const { comparison, orphans } = applyProject(c2, projectWith({ tags: [north, south] }));
    expect(orphans).toEqual([]);
    expect(comparison.alignments.find((a) => a.id === 'N')?.tag?.note).toBe('north');
    expect(comparison.alignments.find((a) => a.id === 'S')?.tag?.note).toBe('south');
    expect(comparison.alignments.find((a) => a.id === 'X')?.tag).toBeNull();
  });

  it('reports a tag whose statements are gone as orphan, keeping it intact', () => {
    const tag = makeTagRecord(base(), 'a1', 'conflict', 'important', NOW);
    const c2 = base();
    c2.claims = c2.claims.filter((cl) => cl.id !== 'c1' && cl.id !== 'c3');
    c2.alignments = [group('a2', ['c2', 'c4'])];
    const { comparison, orphans } = applyProject(c2, projectWith({ tags: [tag] }));
    expect(orphans).toEqual([tag]);
    expect(comparison.alignments.every((a) => a.tag === null)).toBe(true);
  });

  it('keeps the newest of two tags that land on one group and reports the other', () => {
    const c = base();
    const older = makeTagRecord(c, 'a1', 'agreement', 'first look', new Date('2026-01-01T00:00:00Z'));
    const newer = { ...makeTagRecord(c, 'a1', 'conflict', 'second look', NOW), alignmentId: 'old-id' };
    const { comparison, orphans } = applyProject(c, projectWith({ tags: [older, newer] }));
    expect(comparison.alignments.find((a) => a.id === 'a1')?.tag?.note).toBe('second look');
    expect(orphans).toEqual([older]);
  });

  it('a note without a status keeps the engine verdict; a cleared tag is ignored', () => {
    const c = base();
    const noteOnly = makeTagRecord(c, 'a1', null, 'ask the desk', NOW);
    const cleared = makeTagRecord(c, 'a2', null, '  ', NOW);
    const { comparison, orphans } = applyProject(c, projectWith({ tags: [noteOnly, cleared] }));
    expect(comparison.alignments.find((a) => a.id === 'a1')?.tag).toEqual({ status: 'conflict', note: 'ask the desk', updatedAt: NOW.toISOString() });
    expect(comparison.alignments.find((a) => a.id === 'a2')?.tag).toBeNull();
    expect(orphans).toEqual([]);
  });

  it('adds manual links as manual alignments that can be tagged, and re-finds them after re-analysis', () => {
    const c = base();
    const link = makeLinkRecord(c, ['c1', 'c4'], NOW, 'manual-1');
    const linked = applyProject(c, projectWith({ links: [link] })).comparison;
    const m = linked.alignments.find((a) => a.id === 'manual-1');
    expect(m).toMatchObject({ manual: true, claimIds: ['c1', 'c4'], eventId: 'e1', score: 1 });
    const tag = makeTagRecord(linked, 'manual-1', 'not-same', 'different days', NOW);

    const c2 = base();
    c2.claims = c2.claims.map((cl) => ({ ...cl, id: `r${cl.id}` }));
    c2.alignments = [group('z1', ['rc1', 'rc3'])];
    const out = applyProject(c2, projectWith({ links: [link], tags: [tag] }), {
      judge: () => ({ status: 'conflict', discrepancies: [{ kind: 'date', values: [] }] }),
    });
    const m2 = out.comparison.alignments.find((a) => a.id === 'manual-1');
    expect(m2?.claimIds).toEqual(['rc1', 'rc4']);
    expect(m2?.status).toBe('conflict');
    expect(m2?.tag?.status).toBe('not-same');
    expect(out.orphans).toEqual([]);
    expect(out.orphanLinks).toEqual([]);
  });

  it('reports a link whose statements vanished', () => {
    const c = base();
    const link = makeLinkRecord(c, ['c1', 'c4'], NOW, 'manual-2');
    const c2 = base();
    c2.claims = c2.claims.filter((cl) => cl.id !== 'c4');
    const out = applyProject(c2, projectWith({ links: [link] }));
    expect(out.orphanLinks).toEqual([link]);
    expect(out.comparison.alignments.some((a) => a.manual)).toBe(false);
  });

  it('rejects links to unknown or too few statements', () => {
    expect(() => makeLinkRecord(base(), ['c1', 'nope'], NOW, 'm')).toThrow(/nope/);
    expect(() => makeLinkRecord(base(), ['c1', 'c1'], NOW, 'm')).toThrow(/two/);
    expect(() => makeTagRecord(base(), 'zz', 'conflict', '', NOW)).toThrow(/zz/);
    expect(anchorsFor(base(), ['c3'])).toEqual([{ path: 'zh/dongfang.txt', quote: '两国外长在林德莫尔会谈了四个小时。', start: 12 }]);
  });
});
