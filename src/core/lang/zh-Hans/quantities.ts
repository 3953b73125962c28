// Chinese quantities (on Simplified text): durations (约6个半小时, 三个多小时, 近两周, 半小时), money (5亿美元),
// percents (百分之五, 5%), counts with classifiers (15人, 两国代表团, 3项协议) and their hedges (约, 超过, 近, 左右, 预计).
import type { DurationUnit, NumberValue, Qualifier } from '../../model';
import type { QuantityRules } from '../pack/quantities';
import { durationValue, finalQualifier, hedgeBefore, PRIORITY, shape, type Candidate } from '../../facts/common';
import { parseZhNumber, ZH_NUM } from './numbers';

const UNIT: Record<string, DurationUnit> = {
  小时: 'hour', 钟头: 'hour', 个钟头: 'hour', 分钟: 'minute', 分: 'minute', 秒钟: 'second', 秒: 'second', 天: 'day',
  日: 'day', 周: 'week', 星期: 'week', 礼拜: 'week', 月: 'month', 年: 'year',
};
const DURATION = new RegExp(
  `(${ZH_NUM})(?:\\s*(?:到|至|-|–|—|~|～|或)\\s*(${ZH_NUM}))?\\s*(多|余)?\\s*(个)?\\s*(半)?\\s*(多)?\\s*(小时|个钟头|钟头|分钟|秒钟|天|周|星期|礼拜|月|年)(多|左右|上下|以上|之久|以内|以下|有余)?`,
  'g',
);
const HALF = /(?<![0-9一二三四五六七八九十两个])半\s*(个)?\s*(小时|钟头|天|月|年)(多|左右)?/g;
const HINT = /小时|钟头|分钟|秒|天|周|星期|礼拜|月|年/;

/** Counted nouns and classifiers → unit keys shared across languages. */
export const ZH_COUNTED: Record<string, string> = {
  人: 'people', 名: 'people', 位: 'people', 民众: 'people', 平民: 'civilians', 议员: 'lawmakers', 代表团: 'delegations', 代表: 'delegates',
  外交官: 'diplomats', 协议: 'agreements', 国家: 'countries', 国: 'countries', 士兵: 'soldiers', 军人: 'soldiers', 记者: 'journalists',
  官员: 'officials', 谅解备忘录: 'agreements', 备忘录: 'agreements', 协定: 'agreements', 文件: 'agreements', 成员: 'people', 地区: 'regions', 城市: 'cities', 使馆: 'embassies', 领事馆: 'consulates', 轮: 'rounds', 次: 'times', 项: 'items',
  条: 'items', 架: 'aircraft', 枚: 'missiles', 艘: 'ships', 辆: 'vehicles', 家: 'companies', 座: 'buildings', 份: 'documents',
};
const CLASSIFIERS = '名|个|位|人|项|份|国|架|枚|次|轮|家|座|辆|艘|件|条|批|所|处|起|支|只|种|场|届|年';
const COUNT = new RegExp(`(${ZH_NUM})\\s*(多|余)?\\s*(${CLASSIFIERS})?`, 'g');
const NOUNS = Object.keys(ZH_COUNTED).sort((a, b) => b.length - a.length);
const CURRENCY: Record<string, string> = { 美元: 'USD', 美金: 'USD', 欧元: 'EUR', 卢布: 'RUB', 人民币: 'CNY', 元: 'CNY', 英镑: 'GBP', 日元: 'JPY', 越南盾: 'VND' };
const MONEY = new RegExp(`(${ZH_NUM})\\s*(多|余)?\\s*(万|亿)?\\s*(美元|美金|欧元|卢布|人民币|英镑|日元|越南盾|元)`, 'g');
const PERCENT = new RegExp(`百分之\\s*(${ZH_NUM}(?:点[零一二三四五六七八九]+)?)|(${ZH_NUM})\\s*[%％]`, 'g');
const SCALE: Record<string, number> = { 万: 1e4, 亿: 1e8 };

function push(out: Candidate[], t: string, rules: QuantityRules, kind: Candidate['kind'], start: number, end: number, a: number, b: number | null, q: Qualifier | null, unit: string, lead: number): void {
  const sh = shape(a, b, q);
  const s0 = start - lead;
  const qualifier = finalQualifier(t, s0, sh.q, rules);
  const value = kind === 'duration' ? durationValue(sh.min, sh.max, unit as DurationUnit) : ({ min: sh.min, max: sh.max, ...(unit ? { unit } : {}) } as NumberValue);
  out.push({ kind, start: s0, end, value, qualifier, priority: PRIORITY[kind as 'duration' | 'number' | 'money' | 'percent'] });
}

function chineseDurations(s: string, out: Candidate[], rules: QuantityRules): void {
  let m: RegExpExecArray | null;
  DURATION.lastIndex = 0;
  if (HINT.test(s)) while ((m = DURATION.exec(s))) {
    const unitWord = m[7];
    const a0 = parseZhNumber(m[1]);
    if (a0 === null) continue;
    // 2月 is a month, 2025年 a year; 六天后 is a relative date (left to the date extractor)
    if (unitWord === '月' && !m[4]) continue;
    if (unitWord === '年' && (/^[0-9]{3,}$/.test(m[1]) || a0 >= 100)) continue;
    if ((unitWord === '周' || unitWord === '星期' || unitWord === '礼拜') && /^[一二三四五六日天]$/.test(s[m.index + m[0].length] ?? '')) continue;
    if (s[m.index - 1] === '第') continue;
    const half = m[5] ? 0.5 : 0;
    const bRaw = m[2] ? parseZhNumber(m[2]) : null;
    const hedge = hedgeBefore(s, m.index, rules);
    let q = hedge?.q ?? null;
    if (m[3] || m[6] || m[8] === '多' || m[8] === '以上' || m[8] === '有余') q = 'at-least';
    else if (m[8] === '左右' || m[8] === '上下') q = 'approximate';
    else if (m[8] === '以内' || m[8] === '以下') q = 'at-most';
    const unit = UNIT[unitWord.replace(/^个/, '')] ?? UNIT[unitWord];
    push(out, s, rules, 'duration', m.index, m.index + m[0].length, a0 + half, bRaw !== null ? bRaw + half : null, q, unit, q && hedge ? hedge.len : 0);
  }
  HALF.lastIndex = 0;
  if (s.includes('半')) while ((m = HALF.exec(s))) {
    const hedge = hedgeBefore(s, m.index, rules);
    let q = hedge?.q ?? null;
    if (m[3] === '多') q = 'at-least';
    else if (m[3] === '左右') q = 'approximate';
    push(out, s, rules, 'duration', m.index, m.index + m[0].length, 0.5, null, q, UNIT[m[2]], q && hedge ? hedge.len : 0);
  }
}

function countUnit(s: string, end: number, cls: string | undefined): string | undefined {
  // 国 is the counted noun itself: 两国官员 are the officials of two countries, not two officials
  // (but 两国代表团 are two delegations, one per country)
  if (cls === '国' && !s.startsWith('代表团', end)) return ZH_COUNTED[cls];
  // 人 is the counted noun too: 15人组成的代表团 is a delegation of 15 people
  if (cls === '人') return ZH_COUNTED[cls];
  for (const n of NOUNS) if (s.startsWith(n, end)) return ZH_COUNTED[n];
  const skip = /^[^\s，。、；：]{1,4}?(议员|代表团|外交官|协议|国家|士兵|官员|平民|记者|城市|地区)/.exec(s.slice(end, end + 8));
  if (skip) return ZH_COUNTED[skip[1]];
  if (cls && ZH_COUNTED[cls]) return ZH_COUNTED[cls];
  return undefined;
}

function chineseQuantities(s: string, out: Candidate[], rules: QuantityRules): void {
  chineseDurations(s, out, rules);
  let m: RegExpExecArray | null;
  const plain = (start: number): Qualifier | null => hedgeBefore(s, start, rules)?.q ?? null;
  MONEY.lastIndex = 0;
  if (/元|美金|欧元|卢布|英镑/.test(s)) while ((m = MONEY.exec(s))) {
    const n = parseZhNumber(m[1]);
    if (n === null) continue;
    push(out, s, rules, 'money', m.index, m.index + m[0].length, n * (m[3] ? SCALE[m[3]] : 1), null, m[2] ? 'at-least' : plain(m.index), CURRENCY[m[4]], 0);
  }
  PERCENT.lastIndex = 0;
  if (/[%％]|百分之/.test(s)) while ((m = PERCENT.exec(s))) {
    const raw = m[1] ?? m[2];
    const n = parseZhNumber(raw);
    if (n !== null) push(out, s, rules, 'percent', m.index, m.index + m[0].length, n, null, plain(m.index), 'percent', 0);
  }
  COUNT.lastIndex = 0;
  while ((m = COUNT.exec(s))) {
    const arabic = /^[0-9０-９]/.test(m[1]);
    const v = parseZhNumber(m[1]);
    if (v === null) continue;
    if (s[m.index - 1] === '第') continue; // ordinal
    // Chinese-numeral words need a classifier (一些, 统一, 一再 are not counts); 一 alone is rarely a fact
    if (!arabic && (!m[3] || v === 1)) continue;
    if (m[3] === '年' || (m[3] === '次' && !arabic && v < 2)) continue;
    const end = m.index + m[0].length;
    const unit = countUnit(s, end, m[3]);
    if (!unit && (v <= 1 || (Number.isInteger(v) && v >= 1000 && v <= 2100 && /^[0-9]{4}$/.test(s.slice(m.index, end).trim())))) continue;
    const hedge = m[2] ? null : hedgeBefore(s, m.index, rules);
    push(out, s, rules, 'number', m.index, end, v, null, m[2] ? 'at-least' : hedge?.q ?? null, unit ?? '', hedge?.len ?? 0);
  }
}

export const quantities: QuantityRules = {
  hedges: {
    approximate: /(?:约|大约|大概|大致|左右约|估计约|约莫)$/,
    atLeast: /(?:超过|逾|至少|最少|不少于|多达|长达|高达)$/,
    atMost: /(?:近|将近|接近|不到|不足|少于|最多|至多|仅|不超过)$/,
  },
  expected: /(?:预计|预期|预料|计划|打算|拟|将会|将于|将持续|将要|有望|估计)|将$/,
  reported: /(?:据|称|报道|报导|援引|引述|消息人士|透露)/,
  clauseBreak: /[，,；;：:。！？]/,
  clauseReach: 24,
  extract: chineseQuantities,
};
