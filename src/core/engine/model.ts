// Adapts the cross-language similarity (src/core/lang) to what the engine needs: features, a pair score, and
// blocking anchors. `fit` sets document frequencies from the statements being compared; anchors are read after it,
// so that tokens shared by too many statements (的, "the") are not used for blocking.
import type { Features, Similarity } from '../lang';
import type { StatementModel } from './analyze';

export function statementModel(sim: Similarity): StatementModel<Features> {
  return {
    features: (text, lang) => sim.features(text, lang),
    fit: (all) => sim.fit(all),
    score: (a, b) => sim.score(a, b),
    anchors: (f) => sim.anchors(f),
    explain: (a, b) => {
      const out: Record<string, number> = {};
      for (const [k, v] of Object.entries(sim.explain(a, b).signals)) if (typeof v === 'number') out[k] = v;
      return out;
    },
  };
}
