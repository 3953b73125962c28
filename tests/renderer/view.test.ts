import { describe, expect, it } from 'vitest';
import type { FactRow } from '../../src/core/model';
import { charDiff, similarity } from '../../src/renderer/lib/diff';
import { toSimplified } from '../../src/renderer/lib/normalize';
import { emptyStack, record, redo, undo } from '../../src/renderer/lib/undo';
import {
  buildIndex,
  emptyFilters,
  factCellStatus,
  filterFactRows,
  filterRows,
  highlightClaim,
  timeline,
} from '../../src/renderer/lib/view';
import { largeComparison, sampleComparison } from './fixture';

describe('side-by-side rows', () => {
  const ix = buildIndex(sampleComparison());

  it('has one row per group plus one per unaligned statement, in story order', () => {
    expect(ix.rows.map((r) => r.id)).toEqual(['a-open', 'a-dur', 'a-count', 'claim:en-3']);
    expect(ix.rows[1].bySource.get('hant')?.map((c) => c.id)).toEqual(['hant-1']);
    expect(ix.rows[3].status).toBe('unaligned');
    expect(ix.rowIdByClaim.get('vi-0')).toBe('a-dur');
  });

  it('filters by status, fact kind, source, event and tag', () => {
    const ids = (f: Partial<ReturnType<typeof emptyFilters>>) => filterRows(ix, { ...emptyFilters(), ...f }).map((r) => r.id);
    expect(ids({ statuses: ['conflict'] })).toEqual(['a-dur']);
    expect(ids({ statuses: ['unaligned', 'agreement'] })).toEqual(['a-open', 'a-count', 'claim:en-3']);
    expect(ids({ kind: 'number' })).toEqual(['a-count']);
    expect(ids({ sourceId: 'vi' })).toEqual(['a-dur']);
    expect(ids({ tagged: 'tagged' })).toEqual(['a-dur']);
    expect(ids({ tagged: 'untagged' })).toEqual(['a-open', 'a-count', 'claim:en-3']);
    expect(ids({ eventId: 'ev1' })).toEqual(['a-open', 'a-dur', 'a-count']);
  });

  it('searches across scripts: a Simplified query finds Traditional text', () => {
    const q = (query: string) => filterRows(ix, { ...emptyFilters(), query }).map((r) => r.id);
    expect(q('两个小时')).toEqual(['a-dur']);
    expect(q('兩個小時')).toEqual(['a-dur']);
    expect(q('FISHING')).toEqual(['claim:en-3']);
    expect(q('haiwan says')).toEqual(['a-dur']); // the analyst's note
    expect(q('nothing like this')).toEqual([]);
  });

  it('highlights the discrepant fact text in every cell of a conflicting group', () => {
    const a = ix.rowById.get('a-dur')!.alignment!;
    const segs = highlightClaim(ix.claimById.get('hant-1')!, a);
    expect(segs.map((s) => s.text).join('')).toBe('會談持續了兩個小時。');
    expect(segs.filter((s) => s.mark).map((s) => [s.text, s.mark, s.kind])).toEqual([['兩個小時', 'conflict', 'duration']]);
    const vi = highlightClaim(ix.claimById.get('vi-0')!, a);
    expect(vi.find((s) => s.mark)?.text).toBe('khoảng ba giờ');
    // agreement: nothing highlighted
    expect(highlightClaim(ix.claimById.get('en-0')!, ix.rowById.get('a-open')!.alignment)).toEqual([
      { text: 'The harbour talks opened in Tallinn on Monday.', mark: null },
    ]);
  });
});

describe('fact matrix', () => {
  const ix = buildIndex(sampleComparison());
  it('marks each source against the most common value, never "agreement" on a row that is not one', () => {
    const dur = ix.comparison.factTable[0];
    expect(dur.status).toBe('conflict');
    expect(factCellStatus(dur, 'en')).toBe('majority');
    expect(factCellStatus(dur, 'vi')).toBe('majority');
    expect(factCellStatus(dur, 'hant')).toBe('conflict');
    const del = ix.comparison.factTable[1];
    expect(factCellStatus(del, 'hant')).toBe('not-reported');
    expect(factCellStatus(del, 'hans')).toBe(del.status === 'agreement' ? 'agreement' : 'majority');
    for (const row of ix.comparison.factTable)
      for (const sid of Object.keys(row.cells)) if (row.status !== 'agreement') expect(factCellStatus(row, sid)).not.toBe('agreement');
  });
  it('counts a year-less date (10月14日) as the full date with the same month and day', () => {
    const row: FactRow = {
      eventId: 'ev1',
      key: 'date',
      kind: 'date',
      label: 'date',
      status: 'conflict',
      cells: {
        en: [{ claimId: 'en-0', text: 'Oct 14, 2025', value: { date: '2025-10-14' } }],
        vi: [{ claimId: 'vi-0', text: 'ngày 14/10/2025', value: { date: '2025-10-14' } }],
        hant: [{ claimId: 'hant-0', text: '10月14日', value: { date: '--10-14' } }],
        hans: [{ claimId: 'hans-0', text: '10月15日', value: { date: '--10-15' } }],
        ru: [{ claimId: 'ru-0', text: 'on Tuesday', value: { date: '2025-10-14', relative: true } }],
      },
    };
    expect(factCellStatus(row, 'en')).toBe('majority');
    expect(factCellStatus(row, 'vi')).toBe('majority');
    expect(factCellStatus(row, 'hant')).toBe('majority');
    // another day is still a conflict, and so is a full date of another year
    expect(factCellStatus(row, 'hans')).toBe('conflict');
    expect(factCellStatus(row, 'ru')).toBe('majority');
    const years: FactRow = {
      ...row,
      cells: {
        a: [{ claimId: 'a', text: '14 Oct 2025', value: { date: '2025-10-14' } }],
        b: [{ claimId: 'b', text: '14 Oct 2025', value: { date: '2025-10-14' } }],
        c: [{ claimId: 'c', text: '14 Oct 2024', value: { date: '2024-10-14' } }],
      },
    };
    expect(factCellStatus(years, 'c')).toBe('conflict');
    // year-less dates alone: the majority is the year-less date, and they agree with each other
    const md: FactRow = {
      ...row,
      cells: {
        a: [{ claimId: 'a', text: '10月14日', value: { date: '--10-14' } }],
        b: [{ claimId: 'b', text: '14/10', value: { date: '--10-14' } }],
        c: [{ claimId: 'c', text: '15/10', value: { date: '--10-15' } }],
      },
    };
    expect(factCellStatus(md, 'b')).toBe('majority');
    expect(factCellStatus(md, 'c')).toBe('conflict');
  });
  it('filters fact rows by kind, source and search', () => {
    expect(filterFactRows(ix, { ...emptyFilters(), kind: 'number' }).map((r) => r.key)).toEqual(['delegates']);
    expect(filterFactRows(ix, { ...emptyFilters(), sourceId: 'vi' }).map((r) => r.key)).toEqual(['duration']);
    expect(filterFactRows(ix, { ...emptyFilters(), statuses: ['conflict'] }).map((r) => r.key)).toEqual(['duration']);
    expect(filterFactRows(ix, { ...emptyFilters(), query: '两个' }).map((r) => r.key)).toEqual(['duration']);
  });
});

describe('timeline', () => {
  it('puts events on their dates', () => {
    const tl = timeline(buildIndex(sampleComparison()));
    expect(tl.map((s) => s.date)).toEqual(['2025-10-13']);
    expect(tl[0].events.map((e) => e.id)).toEqual(['ev1']);
  });
});

describe('character diff after Traditional → Simplified normalization', () => {
  it('a difference of script alone is no difference', () => {
    expect(toSimplified('會談持續了兩個小時')).toBe('会谈持续了两个小时');
    const parts = charDiff('會談持續了兩個小時。', '会谈持续了三个小时。');
    expect(parts.filter((p) => p.kind !== 'same').map((p) => [p.kind, p.text])).toEqual([
      ['removed', '两'],
      ['added', '三'],
    ]);
    expect(similarity(parts)).toBeGreaterThan(0.85);
    expect(charDiff('兩個', '两个').every((p) => p.kind === 'same')).toBe(true);
  });
});

describe('undo and redo of tag edits', () => {
  it('walks back and forth through edits', () => {
    let s = emptyStack();
    s = record(s, { alignmentId: 'a', before: { status: null, note: '' }, after: { status: 'conflict', note: '' } });
    s = record(s, { alignmentId: 'a', before: { status: 'conflict', note: '' }, after: { status: 'conflict', note: 'checked' } });
    // a no-op edit is not recorded
    s = record(s, { alignmentId: 'a', before: { status: 'conflict', note: 'checked' }, after: { status: 'conflict', note: 'checked' } });
    expect(s.done).toHaveLength(2);
    const u1 = undo(s)!;
    expect(u1.apply.state).toEqual({ status: 'conflict', note: '' });
    const u2 = undo(u1.stack)!;
    expect(u2.apply.state).toEqual({ status: null, note: '' });
    expect(undo(u2.stack)).toBeNull();
    const r1 = redo(u2.stack)!;
    expect(r1.apply.state).toEqual({ status: 'conflict', note: '' });
    // a new edit clears the redo list
    const s2 = record(r1.stack, { alignmentId: 'b', before: { status: null, note: '' }, after: { status: 'partial', note: '' } });
    expect(redo(s2)).toBeNull();
  });
});

describe('scale', () => {
  it('indexes and filters 200 sources × 5,000 groups', () => {
    const ix = buildIndex(largeComparison(200, 5000));
    expect(ix.rows).toHaveLength(5000);
    expect(ix.sources).toHaveLength(200);
    expect(filterRows(ix, { ...emptyFilters(), statuses: ['conflict'] })).toHaveLength(1667);
    expect(filterRows(ix, { ...emptyFilters(), query: '第4999条' }).map((r) => r.id)).toEqual(['g4999']);
  });
});
