import { readFileSync } from 'node:fs';
import { createSimilarity } from './src/core/lang';
import { loadLangData } from './src/node/lang-data';
const x = JSON.parse(readFileSync('/tmp/judge-before.json', 'utf8'));
const src = new Map(x.sources.map((s: any) => [s.id, s]));
const sim = createSimilarity(loadLangData());
const claims = x.claims.map((c: any) => ({ c, k: (src.get(c.sourceId) as any).path.slice(0, 3) + '#' + c.index, f: sim.features(c.text, (src.get(c.sourceId) as any).language) }));
sim.fit(claims.map((c: any) => c.f));
const by = new Map(claims.map((c: any) => [c.k, c]));
const pairs = process.argv.slice(2);
for (let i = 0; i < pairs.length; i += 2) {
  const a: any = by.get(pairs[i]), b: any = by.get(pairs[i + 1]);
  const e = sim.explain(a.f, b.f);
  const an = new Set(sim.anchors(a.f)); const shared = [...sim.anchors(b.f)].filter((t) => an.has(t)).length;
  console.log(pairs[i], pairs[i + 1], e.score.toFixed(3), 'sharedAnchors', shared, JSON.stringify(e.signals), e.shared.slice(0, 8).join(' '));
}
