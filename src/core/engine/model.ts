// Adapts the cross-language similarity (src/core/lang) to what the engine needs: features, a pair score, and
// blocking anchors. `fit` sets document frequencies from the statements being compared.
import type { Features, Similarity } from '../lang';
import type { StatementModel } from './analyze';

export function statementModel(sim: Similarity): StatementModel<Features> {
  return {
    features: (text, lang) => sim.features(text, lang),
    fit: (all) => sim.fit(all),
    score: (a, b) => sim.score(a, b),
    anchors: (f) => f.ids,
  };
}
