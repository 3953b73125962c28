// Traditional → Simplified normalization for display and diffing (OpenCC, Taiwan → mainland): the engine's
// one converter (src/core/lang/chinese.ts, a pure module), so the UI and the reports normalize alike.
export { toSimplified } from '../../core/lang/chinese';
