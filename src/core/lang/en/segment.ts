// English: segment rules (see src/core/lang/pack/segment.ts for what each field means).
import type { SegmentRules } from '../pack/segment';

export const segment: SegmentRules = {};
