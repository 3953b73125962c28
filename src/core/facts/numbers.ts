// Numbers for the facts layer: the project's one number parser (src/core/lang/numbers.ts), read through packs.
export { numberPattern, parseNumber } from '../lang/numbers';
export { parseZhNumber, ZH_NUM } from '../lang/zh-Hans/numbers';
export { parseViNumber } from '../lang/vi/numbers';
export { parseEnNumber } from '../lang/en/numbers';
export { parseRuNumber } from '../lang/ru/numbers';
export { parseArNumber } from '../lang/ar/numbers';
