// A linear pre-pass over HTML that keeps any nesting deeper than a limit from reaching the parser. htmlparser2
// keeps its open elements in an array it grows at the front, so `<div>`×400,000 costs it quadratic time; this
// pass walks the markup once, tracks open elements as the parser would (void elements, self-closing tags,
// raw-text elements, comments, close tags that pop to their match), and turns every tag opened deeper than
// `maxDepth` (and its close tag) into an empty declaration `<!   >` of the same length, which the parser skips. The
// string keeps its length and line breaks, so every offset the parser reports still points into the original; the
// text inside the flattened elements stays, as text of their nearest kept ancestor.

/** Deepest nesting of elements passed to the HTML parser. 200: real pages rarely pass 60 levels; deeper markup is
 *  generated junk or an attack, and its text is kept either way. */
export const MAX_HTML_DEPTH = 200;

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'keygen',
  'basefont',
  'frame',
]);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

const isNameChar = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 95 || c === 58 || c === 46 || c > 127;

export interface FlattenResult {
  html: string;
  /** how many elements were flattened (0: the input came back unchanged) */
  flattened: number;
  /** deepest nesting seen */
  deepest: number;
}

/** Flattens nesting deeper than `maxDepth` in one pass (time and memory linear in the input). */
export function flattenDeepNesting(src: string, maxDepth = MAX_HTML_DEPTH): FlattenResult {
  // open elements as a stack of names, plus how many of each name are open, so a close tag knows in O(1)
  // whether it matches anything (each element is pushed and popped once: linear overall)
  const stack: string[] = [];
  const open = new Map<string, number>();
  // for each open element: whether its markup was blanked
  const blanked: boolean[] = [];
  /** flat pairs: start, end of each tag to blank */
  const cuts: number[] = [];
  let deepest = 0;
  let flattened = 0;
  const n = src.length;
  let i = src.indexOf('<');
  while (i >= 0 && i < n) {
    const c = src.charCodeAt(i + 1);
    if (c === 33 /* ! */) {
      // comment, doctype, CDATA
      const end = src.startsWith('<!--', i) ? src.indexOf('-->', i + 4) : src.indexOf('>', i + 2);
      if (end < 0) break;
      i = src.indexOf('<', end + 1);
      continue;
    }
    const closing = c === 47; /* / */
    let j = i + (closing ? 2 : 1);
    const nameStart = j;
    while (j < n && isNameChar(src.charCodeAt(j))) j++;
    if (j === nameStart || !((src.charCodeAt(nameStart) | 32) >= 97 && (src.charCodeAt(nameStart) | 32) <= 122)) {
      i = src.indexOf('<', i + 1);
      continue;
    }
    const name = src.slice(nameStart, j).toLowerCase();
    // end of the tag, skipping quoted attribute values
    let k = j;
    let quote = 0;
    for (; k < n; k++) {
      const ch = src.charCodeAt(k);
      if (quote) {
        if (ch === quote) quote = 0;
      } else if (ch === 34 || ch === 39) quote = ch;
      else if (ch === 62 /* > */) break;
    }
    if (k >= n) break;
    const tagEnd = k + 1;
    if (closing) {
      if ((open.get(name) ?? 0) > 0) {
        for (;;) {
          const top = stack.pop()!;
          open.set(top, open.get(top)! - 1);
          const wasBlanked = blanked.pop()!;
          if (top === name) {
            if (wasBlanked) cuts.push(i, tagEnd);
            break;
          }
        }
      }
      i = src.indexOf('<', tagEnd);
      continue;
    }
    const selfClosing = src.charCodeAt(k - 1) === 47;
    if (!VOID.has(name) && !selfClosing) {
      const deep = stack.length >= maxDepth;
      if (deep) {
        cuts.push(i, tagEnd);
        flattened++;
      }
      stack.push(name);
      blanked.push(deep);
      open.set(name, (open.get(name) ?? 0) + 1);
      if (stack.length > deepest) deepest = stack.length;
      if (RAW_TEXT.has(name)) {
        // raw text runs to its close tag; markup inside it is not markup
        const close = indexOfCloseTag(src, name, tagEnd);
        i = close < 0 ? -1 : close;
        continue;
      }
    }
    i = src.indexOf('<', tagEnd);
  }
  if (!cuts.length) return { html: src, flattened: 0, deepest };
  // the code units, with each cut written as spaces (line breaks kept), back into a string in chunks
  const units = new Uint16Array(n);
  for (let q = 0; q < n; q++) units[q] = src.charCodeAt(q);
  for (let c = 0; c < cuts.length; c += 2) {
    const s = cuts[c];
    const e = cuts[c + 1];
    for (let q = s + 2; q < e - 1; q++) if (units[q] !== 10 && units[q] !== 13) units[q] = 32;
    units[s + 1] = 33; // `<!   >`: a declaration the parser skips, so the text around it stays exact source text
  }
  const parts: string[] = [];
  for (let q = 0; q < n; q += CHUNK)
    parts.push(String.fromCharCode.apply(null, units.subarray(q, Math.min(n, q + CHUNK)) as unknown as number[]));
  return { html: parts.join(''), flattened, deepest };
}

/** code units per String.fromCharCode call (well under every engine's argument limit) */
const CHUNK = 8192;

/** Where `</name` starts after `from` (case-insensitive), or -1. */
function indexOfCloseTag(src: string, name: string, from: number): number {
  const re = new RegExp(`</${name}[\\s/>]`, 'gi');
  re.lastIndex = from;
  const m = re.exec(src);
  return m ? m.index : -1;
}

/** The HTML the parser may read: `src` itself unless it nests deeper than the limit. */
export function boundedNesting(src: string): string {
  return flattenDeepNesting(src).html;
}
