// Character diff between two statements, after Traditional → Simplified normalization so that a
// difference of script alone is not shown as a difference.
import { diffChars } from 'diff';
import { toSimplified } from './normalize';

export interface DiffPart {
  text: string;
  kind: 'same' | 'added' | 'removed';
}

/** Parts of `b` against `a`. Texts are normalized to Simplified first when `normalize` is set. */
export function charDiff(a: string, b: string, normalize = true): DiffPart[] {
  const x = normalize ? toSimplified(a) : a;
  const y = normalize ? toSimplified(b) : b;
  // cost limit: long pairs are compared as a whole
  if (x.length * y.length > 4_000_000) {
    return x === y
      ? [{ text: x, kind: 'same' }]
      : [
          { text: x, kind: 'removed' },
          { text: y, kind: 'added' },
        ];
  }
  return diffChars(x, y).map((c) => ({ text: c.value, kind: c.added ? 'added' : c.removed ? 'removed' : 'same' }));
}

/** Share of characters the two statements have in common (0..1), from the diff. */
export function similarity(parts: DiffPart[]): number {
  let same = 0;
  let sum = 0;
  for (const p of parts) {
    const n = p.text.length;
    if (p.kind === 'same') {
      same += 2 * n;
      sum += 2 * n;
    } else sum += n;
  }
  return sum === 0 ? 1 : same / sum;
}
