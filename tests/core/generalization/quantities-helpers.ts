// Shared helpers of the quantity generalization tests: facts of a kind with their offsets checked.
import { expect } from 'vitest';
import { extractFacts } from '../../../src/core/facts';
import type { Fact, FactKind } from '../../../src/core/model';

/** Publication date of the invented articles: Friday 13 March 2026 (its week runs Monday 9 – Sunday 15 March). */
export const PUB = '2026-03-13';

export function factsOf(text: string, language: string, kind: FactKind, published: string | null = PUB): Fact[] {
  const all = extractFacts(text, { language, published });
  for (const f of all) expect(text.slice(f.start, f.end)).toBe(f.text);
  return all.filter((f) => f.kind === kind);
}

/** The one fact of `kind` (fails with the facts found otherwise). */
export function only(text: string, language: string, kind: FactKind, published: string | null = PUB): Fact {
  const fs = factsOf(text, language, kind, published);
  expect(fs, `${kind} in ${text}: ${JSON.stringify(extractFacts(text, { language, published }))}`).toHaveLength(1);
  return fs[0];
}

/** value and qualifier of the one fact of `kind`, for toEqual. */
export function vq(text: string, language: string, kind: FactKind): [unknown, string | undefined] {
  const f = only(text, language, kind);
  return [f.value, f.qualifier];
}
