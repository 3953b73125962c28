// Russian: dates rules (see src/core/lang/pack/dates.ts for what each field means).
import type { DateRules } from '../pack/dates';

export const dates: DateRules = {};
