// English: numbers rules (see src/core/lang/pack/numbers.ts for what each field means).
import type { NumberRules } from '../pack/numbers';

export const numbers: NumberRules = {};
