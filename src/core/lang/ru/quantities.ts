// Russian: quantities rules (see src/core/lang/pack/quantities.ts for what each field means).
import type { QuantityRules } from '../pack/quantities';

export const quantities: QuantityRules = {};
