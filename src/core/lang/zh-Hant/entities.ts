// Chinese (Traditional): entities rules (see src/core/lang/pack/entities.ts for what each field means).
import type { EntityRules } from '../pack/entities';

export const entities: EntityRules = {};
