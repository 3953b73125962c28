// Verdicts an analyst can trust (issue 9): dates as intervals, values only one side states, places that matter and
// places that do not, and the reason every verdict carries. All names, places and outlets are invented.
import { describe, expect, it } from 'vitest';
import type { Claim, DateValue, Fact } from '../../../src/core/model';
import { judge, relateDateValues, type Member } from '../../../src/core/engine/judge';

const claim = (id: string, text: string): Claim => ({ id, sourceId: 's-' + id, eventId: 'e', text, origin: { start: 0, end: text.length }, facts: [], index: 0 });
const m = (id: string, text: string, ...facts: Fact[]): Member => ({ claim: claim(id, text), facts });
const date = (text: string, value: DateValue): Fact => ({ kind: 'date', text, value });
const place = (text: string, key: string, venue = false): Fact => ({ kind: 'place', text, value: { key, ...(venue ? { venue: true } : {}) } });
const codes = (j: { rules: { code: string }[] }) => j.rules.map((r) => r.code);

describe('dates are intervals', () => {
  // the week of Monday 12 May 2031 .. Sunday 18 May 2031
  const thisWeek: DateValue = { date: '2031-05-12', end: '2031-05-18', relative: true };
  const lastWeek: DateValue = { date: '2031-05-05', end: '2031-05-11', relative: true };

  it('reads a day inside a span as compatible, disjoint spans as a conflict, equal spans as the same', () => {
    expect(relateDateValues({ date: '2031-05-15' }, thisWeek)).toBe('compatible');
    expect(relateDateValues({ date: '2031-05-15' }, lastWeek)).toBe('conflict');
    expect(relateDateValues(thisWeek, { ...thisWeek, relative: false })).toBe('same');
    expect(relateDateValues(thisWeek, lastWeek)).toBe('conflict');
    // a week that runs into the next month still holds its last day
    expect(relateDateValues({ date: '2031-06-01' }, { date: '2031-05-26', end: '2031-06-01' })).toBe('compatible');
  });

  it('reads a year-less day as compatible with the same month and day of a full date or a span', () => {
    expect(relateDateValues({ date: '--05-15' }, { date: '2031-05-15' })).toBe('compatible');
    expect(relateDateValues({ date: '--05-15' }, thisWeek)).toBe('compatible');
    expect(relateDateValues({ date: '--05-20' }, thisWeek)).toBe('conflict');
  });

  it('calls "the 15th" against "this week" partial (one side less precise), not a date conflict', () => {
    // zh-Hans: 总理纳兰15日出席… ; zh-Hant: 納蘭總理這個星期表示…
    const j = judge([
      m('a', '总理纳兰15日出席科尔瓦纳论坛时表示，双方正在接触。', date('15日', { date: '2031-05-15' })),
      m('b', '納蘭總理這個星期降低了對迅速達成協議的期望。', date('這個星期', thisWeek)),
    ]);
    expect(j.status).toBe('partial');
    expect(j.discrepancies).toHaveLength(1);
    expect(j.discrepancies[0]).toMatchObject({ kind: 'date', relation: 'partial' });
    expect(j.rules).toContainEqual({ code: 'verdict:less-precise', detail: { kind: 'date' } });
  });

  it('calls "the 15th" against "last week" a conflict of disjoint intervals', () => {
    const j = judge([
      m('a', 'Ngày 15/5, Thủ tướng Naran phát biểu tại diễn đàn Korvana.', date('15/5', { date: '2031-05-15' })),
      m('b', 'Naran said last week that the talks would take time.', date('last week', lastWeek)),
    ]);
    expect(j.status).toBe('conflict');
    expect(codes(j)).toContain('verdict:interval-disjoint');
  });

  it('reads a week given only by its first day and a granularity (older producers) as the same span', () => {
    const legacy = { date: '2031-05-12', relative: true, granularity: 'week' } as DateValue;
    expect(relateDateValues({ date: '2031-05-15' }, legacy)).toBe('compatible');
  });

  it('records an extra date one side states (a dateline) as not stated, not as a difference', () => {
    const j = judge([
      m('a', '本报科尔瓦纳5月16日电 两国代表团15日在科尔瓦纳举行会谈。', date('5月16日', { date: '2031-05-16' }), date('15日', { date: '2031-05-15' })),
      m('b', 'Đoàn đại biểu hai nước hội đàm tại Korvana ngày 15/5.', date('15/5', { date: '2031-05-15' })),
    ]);
    expect(j.status).toBe('agreement');
    expect(j.discrepancies).toEqual([]);
    expect(codes(j)).toContain('verdict:not-stated');
  });
});

describe('values only one side states', () => {
  const dur: Fact = { kind: 'duration', text: 'khoảng 3 giờ', value: { min: 3, max: 3, unit: 'hour' }, qualifier: 'approximate' };
  it('shows a duration only one side gives as not stated: no discrepancy, no verdict change', () => {
    const j = judge([
      m('a', 'Cuộc hội đàm tại Korvana kéo dài khoảng 3 giờ.', dur),
      m('b', 'The Talvian delegation arrived at the lakeside residence in Korvana by car.'),
    ]);
    expect(j.status).toBe('agreement');
    expect(j.discrepancies).toEqual([]);
    expect(j.rules).toContainEqual({ code: 'verdict:not-stated', detail: { kind: 'duration', stated: 1, of: 2 } });
  });

  it('shows a title only one side gives as not stated', () => {
    const person = (text: string, role?: string): Fact => ({ kind: 'person', text, value: { key: 'orlov-test', ...(role ? { role } : {}) } });
    const j = judge([
      m('a', 'Министр Орлов назвал встречу полезной.', person('Орлов', 'foreign-minister'), { kind: 'role', text: 'Министр', value: { key: 'foreign-minister' } }),
      m('b', '奥尔洛夫评价此次会谈非常有用。', person('奥尔洛夫')),
    ]);
    expect(j.status).toBe('agreement');
    expect(j.discrepancies).toEqual([]);
    expect(j.rules).toContainEqual({ code: 'verdict:not-stated', detail: { kind: 'role', person: 'orlov-test' } });
  });
});

describe('places count only when they are what the group is about', () => {
  it('does not change the verdict for incidental places (the countries a statement happens to name)', () => {
    const j = judge([
      m('a', '塔尔维亚与洛林达的代表对乌尔曼局势交换了意见。', place('塔尔维亚', 'talvia'), place('洛林达', 'lorinda'), place('乌尔曼', 'ulman')),
      m('b', 'Talvian and Lorindan envoys exchanged views.', place('Talvian', 'talvia')),
    ]);
    expect(j.status).toBe('agreement');
    expect(j.discrepancies).toEqual([]);
    expect(codes(j)).toContain('verdict:place-incidental');
  });

  it('compares the venue strictly in a venue slot: another venue is a conflict', () => {
    const j = judge([m('a', '会谈在湖畔宾馆举行。', place('湖畔宾馆', 'hotel-test', true)), m('b', 'The talks were held at the consul general’s residence.', place('residence', 'residence-test', true))], {
      focus: 'place',
    });
    expect(j.status).toBe('conflict');
    expect(j.rules).toContainEqual({ code: 'verdict:place-differs', detail: { strict: true } });
  });

  it('reads different places of a lead (where the event took place) as partial, shared ones as the same', () => {
    const a = m('a', 'Hai đoàn đại biểu gặp nhau tại Korvana ngày 15/5.', place('Korvana', 'korvana'));
    const b = m('b', 'The delegations met in Estrel on May 15.', place('Estrel', 'estrel'));
    expect(judge([a, b], { placeMain: true }).status).toBe('partial');
    expect(judge([a, b]).status).toBe('agreement');
    const c = m('c', '两国代表团15日在塔尔维亚的科尔瓦纳举行会谈。', place('塔尔维亚', 'talvia'), place('科尔瓦纳', 'korvana'));
    const j = judge([a, c], { placeMain: true });
    expect(j.status).toBe('agreement');
    expect(codes(j)).toContain('verdict:place-incidental');
  });
});

describe('titles and departments', () => {
  const person = (text: string, role: string, organization?: string): Fact => ({ kind: 'person', text, value: { key: 'vesna-test', role, ...(organization ? { organization } : {}) } });
  it('codes a rank apart as rank-differs and another department as organization-differs', () => {
    const rank = judge([m('a', 'Deputy Director Vesna', person('Vesna', 'deputy-director')), m('b', '司长韦斯娜', person('韦斯娜', 'director'))], { focus: 'role', personKey: 'vesna-test' });
    expect(rank.status).toBe('conflict');
    expect(codes(rank)).toContain('verdict:rank-differs');
    const org = judge(
      [m('a', 'Vụ trưởng Vụ Bắc Cực Vesna', person('Vesna', 'director', 'arctic-dept')), m('b', '南极司司长韦斯娜', person('韦斯娜', 'director', 'antarctic-dept'))],
      { focus: 'role', personKey: 'vesna-test' },
    );
    expect(org.status).toBe('conflict');
    expect(codes(org)).toContain('verdict:organization-differs');
    expect(org.discrepancies.map((d) => d.kind)).toEqual(expect.arrayContaining(['role', 'organization']));
  });
});
