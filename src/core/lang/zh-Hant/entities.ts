// Chinese (Traditional): entities rules. Traditional text is converted to Simplified before entity rules run
// (src/core/facts/index.ts), so this pack reads the Simplified rules.
import type { EntityRules } from '../pack/entities';
import { entities as simplified } from '../zh-Hans/entities';

export const entities: EntityRules = simplified;
