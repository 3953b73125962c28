import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../src/core/model';
import { assignEvents, datesNear, type EventDocInput } from '../../../src/core/engine/events';

const date = (d: string): Fact => ({ kind: 'date', text: d, value: { date: d } });
const place = (k: string): Fact => ({ kind: 'place', text: k, value: { key: k } });
const doc = (id: string, published: string | null, ...claims: [Fact[], boolean][]): EventDocInput => ({
  id,
  published,
  dateline: null,
  claims: claims.map(([facts, eventWord], index) => ({ index, facts, eventWord })),
});

describe('datesNear', () => {
  it('compares day dates with and without years', () => {
    expect(datesNear('2025-10-14', '2025-10-15', 1)).toBe(true);
    expect(datesNear('2025-10-14', '2025-10-16', 1)).toBe(false);
    expect(datesNear('--02-18', '2025-02-18', 0)).toBe(true);
    expect(datesNear('2024-10-14', '2025-10-14', 1)).toBe(false);
  });
});

describe('assignEvents', () => {
  // Three reports of talks in Geneva on 14 Oct (one says 15 Oct), one report of talks in Oslo a week earlier that the
  // Geneva reports mention in passing, and one report of an unrelated, undated-year story.
  const docs = [
    doc('geneva-a', '2025-10-14', [[date('2025-10-14'), place('geneva')], true], [[], false], [[date('2025-10-07'), place('oslo')], true], [[], false]),
    doc('geneva-b', '2025-10-15', [[date('2025-10-15'), date('2025-10-14'), place('geneva')], true], [[place('geneva')], false]),
    doc('geneva-c', '2025-10-16', [[date('2025-10-15'), place('geneva')], true]),
    doc('oslo', null, [[date('--10-07'), place('oslo')], true], [[], false]),
    doc('other', null, [[date('--09-27'), place('baltic-sea')], true], [[date('--09-29')], false]),
  ];
  const a = assignEvents(docs);

  it('clusters documents by date (±1 day) and place, keeping look-alike events apart', () => {
    const byDoc = (id: string) => a.primary.get(id);
    expect(byDoc('geneva-a')).toBe(byDoc('geneva-b'));
    expect(byDoc('geneva-a')).toBe(byDoc('geneva-c'));
    expect(byDoc('oslo')).not.toBe(byDoc('geneva-a'));
    expect(byDoc('other')).not.toBe(byDoc('geneva-a'));
    expect(byDoc('other')).not.toBe(byDoc('oslo'));
    expect(a.events).toHaveLength(3);
  });

  it('assigns a statement that names another event to that event and records the mention', () => {
    const oslo = a.primary.get('oslo')!;
    const claims = a.claims.get('geneva-a')!;
    expect(claims[2]).toEqual({ eventId: oslo, explicit: true });
    expect(claims[1]).toEqual({ eventId: a.primary.get('geneva-a'), explicit: false });
    expect(a.mentions.get('geneva-a')!.get(oslo)).toEqual([2]);
    expect(a.mentions.get('other')!.size).toBe(0);
  });

  it('takes a missing year from a statement elsewhere that names the event with one', () => {
    const oslo = a.events.find((e) => e.id === a.primary.get('oslo'))!;
    expect(oslo.date).toBe('2025-10-07');
    expect(oslo.sourceIds).toEqual(['oslo']);
    expect(oslo.mentionedIn).toEqual(['geneva-a']);
    const other = a.events.find((e) => e.id === a.primary.get('other'))!;
    expect(other.date).toBeNull();
  });

  it('does not read a statement naming only the place of a year-old event as a mention of it', () => {
    const r = assignEvents([
      doc('old', '2024-10-09', [[date('2024-10-08'), place('vienna')], true]),
      doc('new', '2025-10-14', [[date('2025-10-14'), place('geneva')], true], [[place('vienna')], true]),
    ]);
    expect(r.claims.get('new')![1].eventId).toBe(r.primary.get('new'));
    expect(r.mentions.get('new')!.size).toBe(0);
  });

  it('is deterministic', () => {
    expect(assignEvents(docs)).toEqual(a);
  });
});
