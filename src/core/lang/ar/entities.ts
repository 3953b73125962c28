// Arabic: entities rules (see src/core/lang/pack/entities.ts for what each field means).
// A first set: titles, the department words and venues; Arabic names are not yet found by pattern.
import type { EntityRules } from '../pack/entities';

export const entities: EntityRules = {
  writing: 'spaced',
  roles: {
    'foreign-minister': ['وزير الخارجية'],
    'deputy-foreign-minister': ['نائب وزير الخارجية'],
    'department-director': ['مدير إدارة', 'مدير'],
    spokesperson: ['المتحدث باسم', 'المتحدثة باسم', 'المتحدث الرسمي'],
    president: ['الرئيس', 'رئيس'],
    'prime-minister': ['رئيس الوزراء'],
    ambassador: ['السفير', 'سفير'],
    minister: ['وزير'],
  },
  orgUnits: [{ form: 'إدارة', type: 'department', qualifier: 'after' }],
  qualifiers: {
    north: ['شمال'],
    south: ['جنوب'],
    east: ['شرق'],
    west: ['غرب'],
    america: ['أمريكا', 'أميركا'],
    europe: ['أوروبا'],
    asia: ['آسيا'],
    africa: ['أفريقيا', 'إفريقيا'],
  },
  qualifierFillers: ['شؤون', 'و'],
  venues: [
    { key: 'embassy', re: /سفارة/gu },
    { key: 'palace', re: /قصر/gu },
    { key: 'hotel', re: /فندق/gu },
  ],
  placeCues: [],
  speechVerbs: ['قال', 'قالت', 'أكد', 'أكدت', 'صرح'],
  relayCues: ['نقلا عن', 'وفقا ل', 'ذكرت'],
};
