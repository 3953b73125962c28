// Vietnamese: detect rules (see src/core/lang/pack/detect.ts for what each field means).
import type { DetectRules } from '../pack/detect';

export const detect: DetectRules = {};
