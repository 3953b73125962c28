import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../src/core/ingest';
import { isDateLine } from '../../../src/core/ingest/dates';

const page = (stamp: string) =>
  `Delegations meet for talks in a lakeside city\n\n${stamp}\n\nThe two delegations met on Tuesday and talked for several hours about consular services.\n\nA second paragraph follows with more of the report.`;

describe('publication stamp lines', () => {
  const cases: [string, string][] = [
    ['October 14, 2025 7:55 PM UTC  Updated 2 hours ago', '2025-10-14T19:55Z'],
    ['*Thời sự Phương Nam — Cập nhật: 15/10/2025 19:20 (GMT+7)*', '2025-10-15T19:20+07:00'],
    ['By Nadia Feld, Geneva correspondent · Published 14 October 2025, 21:40 CET', '2025-10-14T21:40+01:00'],
    ['2025/10/14 23:05　海灣新聞網　國際中心／綜合報導', '2025-10-14T23:05'],
  ];
  for (const [stamp, iso] of cases)
    it(`reads "${stamp.slice(0, 32)}…" as the publication time and drops it from the text`, () => {
      const [d] = ingestText('report.txt', page(stamp));
      expect(d.published).toBe(iso);
      expect(d.text).not.toContain(stamp.trim().slice(3, 20));
      expect(d.text).toContain('The two delegations met on Tuesday');
    });

  it('keeps a short sentence that merely names a date', () => {
    expect(isDateLine('Talks ended on 14 October 2025.')).toBe(false);
    expect(isDateLine('The ceasefire took effect on 1 March 2025 at 10:00 across the whole front line, officials said.')).toBe(false);
  });
});

describe('dates with month names in other languages', () => {
  it('reads Russian, French, German and Spanish publication dates', async () => {
    const { findDate } = await import('../../../src/core/ingest/dates');
    expect(findDate('27 февраля 2025 г., 14:30')?.iso).toBe('2025-02-27T14:30');
    expect(findDate('27 février 2025')?.iso).toBe('2025-02-27');
    expect(findDate('27. Februar 2025')?.iso).toBe('2025-02-27');
    expect(findDate('27 de febrero de 2025')?.iso).toBe('2025-02-27');
    expect(findDate('in 27 boxes 2025')).toBeNull();
  });
});
