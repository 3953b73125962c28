// Issue 14 (5): every OWASP formula trigger is neutralised in CSV cells, including a minus followed by a digit.
import { describe, expect, it } from 'vitest';
import { csvField, defuseFormula } from '../../../src/core/report/csv';

describe('CSV formula neutralisation', () => {
  it('prefixes every OWASP trigger, including -2+3+cmd', () => {
    const hostile = [
      "-2+3+cmd|' /C calc'!A0",
      '=HYPERLINK("http://example.invalid","x")',
      '+1+cmd|"/C notepad"!A1',
      '@SUM(1,1)*cmd|"/C calc"!A0',
      '\t=1+1',
      '\r=1+1',
      '－3+cmd', // full-width minus
      '＝1+1', // full-width equals
    ];
    for (const h of hostile) expect(defuseFormula(h), JSON.stringify(h)).toBe(`'${h}`);
    expect(csvField("-2+3+cmd|' /C calc'!A0")).toBe(`'-2+3+cmd|' /C calc'!A0`);
  });
  it('leaves ordinary text and numbers alone', () => {
    expect(defuseFormula('Bộ trưởng Lê Văn Tâm nói')).toBe('Bộ trưởng Lê Văn Tâm nói');
    expect(defuseFormula('會談持續五小時')).toBe('會談持續五小時');
    expect(csvField(-2)).toBe('-2');
    expect(csvField(0.75)).toBe('0.75');
  });
});
