import { describe, expect, it } from 'vitest';
import type { Claim, Fact } from '../../../src/core/model';
import { judge, relateDates, relateIntervals, toInterval, type Member } from '../../../src/core/engine/judge';

const claim = (id: string): Claim => ({ id, sourceId: 's-' + id, eventId: 'e', text: id, origin: { start: 0, end: 1 }, facts: [], index: 0 });
const m = (id: string, ...facts: Fact[]): Member => ({ claim: claim(id), facts });
const hours = (text: string, min: number | null, max: number | null, qualifier?: Fact['qualifier']): Fact => ({
  kind: 'duration',
  text,
  value: { min, max, unit: 'hour' },
  ...(qualifier ? { qualifier } : {}),
});

describe('intervals', () => {
  it('reads qualifiers as ranges', () => {
    expect(toInterval(4, null, 'at-least')).toEqual({ lo: 4, hi: Infinity, point: false });
    expect(toInterval(5, 6, 'expected')).toEqual({ lo: 5, hi: 6, point: false });
    const approx = toInterval(6.5, 6.5, 'approximate')!;
    expect(approx.lo).toBeGreaterThan(6);
    expect(approx.hi).toBeLessThan(7);
  });
  it('relates points, ranges and open ranges', () => {
    expect(relateIntervals(toInterval(4.5, 4.5, 'exact')!, toInterval(4.5, 4.5, undefined)!)).toBe('same');
    expect(relateIntervals(toInterval(4.5, 4.5, 'exact')!, toInterval(4, null, 'at-least')!)).toBe('compatible');
    expect(relateIntervals(toInterval(6.5, 6.5, 'approximate')!, toInterval(5, 6, 'expected')!)).toBe('conflict');
  });
  it('compares dates at their common precision, a missing year matching any', () => {
    expect(relateDates('2025-02-27', '2025-02-27')).toBe('same');
    expect(relateDates('2025-02', '2025-02-27')).toBe('compatible');
    expect(relateDates('--02-18', '2025-02-18')).toBe('compatible');
    expect(relateDates('2025-02-18', '2025-02-27')).toBe('conflict');
    expect(relateDates('2024-10-08', '2025-10-08')).toBe('conflict');
  });
});

describe('judge', () => {
  it('flags about 6.5 hours against an expected 5–6 hours as a duration conflict, noting the forecast', () => {
    const j = judge([m('a', hours('約6個半小時', 6.5, 6.5, 'approximate')), m('b', hours('预计持续五到六个小时', 5, 6, 'expected'))], { focus: 'duration' });
    expect(j.status).toBe('conflict');
    expect(j.discrepancies[0].kind).toBe('duration');
    expect(j.discrepancies[0].relation).toBe('conflict');
    expect(j.discrepancies[0].note).toMatch(/forecast/);
    expect(j.discrepancies[0].values.map((v) => v.claimId)).toEqual(['a', 'b']);
  });

  it('reads 4.5 hours, 4.5 hours and more than 4 hours as a partial agreement', () => {
    const j = judge([m('a', hours('4個半小時', 4.5, 4.5)), m('b', hours('四个半小时', 4.5, 4.5)), m('c', hours('hơn 4 giờ', 4, null, 'at-least'))], { focus: 'duration' });
    expect(j.status).toBe('partial');
    expect(j.discrepancies.map((d) => d.kind)).toContain('duration');
  });

  it('agrees when every compared fact is the same', () => {
    const d: Fact = { kind: 'date', text: '27日', value: { date: '2025-02-27' } };
    const j = judge([m('a', d, hours('6.5 h', 6.5, 6.5)), m('b', { ...d, text: 'ngày 27/2' }, hours('6 giờ rưỡi', 6.5, 6.5))]);
    expect(j.status).toBe('agreement');
    expect(j.discrepancies).toEqual([]);
    expect(j.rules.filter((r) => r.code !== 'verdict:place-incidental')).toEqual([]);
  });

  it('calls a different department for the same person a conflict of role and organization', () => {
    // statement texts: "北大西洋司司長達爾奇耶夫" and "北美司司长达尔奇耶夫"
    const person = (text: string, org: string, start: number): Fact => ({
      kind: 'person',
      text,
      start,
      end: start + 5,
      value: { key: 'darchiev', role: 'department-director', organization: org },
    });
    const a = m('a', person('達爾奇耶夫', 'north-atlantic-department', 7), { kind: 'organization', text: '北大西洋司', start: 0, end: 5, value: { key: 'north-atlantic-department' } }, { kind: 'role', text: '司長', start: 5, end: 7, value: { key: 'department-director' } });
    a.claim.text = '北大西洋司司長達爾奇耶夫';
    const b = m('b', person('达尔奇耶夫', 'north-america-department', 5), { kind: 'organization', text: '北美司', start: 0, end: 3, value: { key: 'north-america-department' } }, { kind: 'role', text: '司长', start: 3, end: 5, value: { key: 'department-director' } });
    b.claim.text = '北美司司长达尔奇耶夫';
    const j = judge(
      [a, b],
      { focus: 'role', personKey: 'darchiev' },
    );
    expect(j.status).toBe('conflict');
    const kinds = j.discrepancies.map((d) => d.kind);
    expect(kinds).toContain('role');
    expect(kinds).toContain('organization');
    expect(j.discrepancies.find((d) => d.kind === 'role')!.values.map((v) => v.text)).toEqual(['北大西洋司司長', '北美司司长']);
  });

  it('calls the same title with more detail on one side partial', () => {
    const person = (text: string, portfolio?: string): Fact => ({
      kind: 'person',
      text,
      value: { key: 'coulter', role: 'deputy-assistant-secretary', ...(portfolio ? { portfolio } : {}) },
    });
    const j = judge(
      [
        m('a', person('庫爾特', 'central-europe+russia'), { kind: 'role', text: '副助理國務卿', value: { key: 'deputy-assistant-secretary' } }),
        m('b', person('库尔特'), { kind: 'role', text: '副助理国务卿', value: { key: 'deputy-assistant-secretary' } }),
      ],
      { focus: 'role', personKey: 'coulter' },
    );
    expect(j.status).toBe('partial');
  });

  it('compares counts only within the same unit', () => {
    const n = (text: string, v: number, unit: string): Fact => ({ kind: 'number', text, value: { min: v, max: v, unit } });
    expect(judge([m('a', n('three memorandums', 3, 'agreement')), m('b', n('四項協議', 4, 'agreement'))]).status).toBe('conflict');
    expect(judge([m('a', n('12 members', 12, 'person')), m('b', n('ba văn kiện', 3, 'agreement'))]).status).toBe('agreement');
  });

  // changed with issue 9: a value only one side states is "not stated" by the other — shown in the explanation, never
  // as a discrepancy, and it does not change the verdict (it used to make the group partial)
  it('records a fact stated by one side only as not stated, without a discrepancy or a verdict change', () => {
    const j = judge([m('a', { kind: 'organization', text: 'CNN', value: { key: 'cnn' } }), m('b')]);
    expect(j.status).toBe('agreement');
    expect(j.discrepancies).toEqual([]);
    expect(j.rules).toContainEqual({ code: 'verdict:not-stated', detail: { kind: 'organization', stated: 1, of: 2 } });
  });
});

describe('judge dates', () => {
  const d = (text: string, date: string): Fact => ({ kind: 'date', text, value: { date } });
  it('does not read a day and a month as contradicting dates', () => {
    expect(judge([m('a', d('Oct 14', '--10-14')), m('b', d('2023年3月', '2023-03'))]).status).toBe('partial');
  });
  it('reads two different days of the same precision as a conflict', () => {
    const j = judge([m('a', d('10月14日', '2025-10-14')), m('b', d('15/10', '--10-15'))], { focus: 'date' });
    expect(j.status).toBe('conflict');
    expect(j.discrepancies[0].kind).toBe('date');
  });
});
