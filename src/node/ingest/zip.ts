// Checks a ZIP archive (DOCX) against size limits before anything inflates it: the central directory's declared
// sizes first (entry count, total uncompressed size, ratio per part), then each part is inflated once with an output
// cap equal to its declared size, so a part that lies about its size stops at the cap instead of filling memory.
import { inflateRawSync } from 'node:zlib';
import type { ReadLimits } from './limits';

export type ZipCheck =
  { ok: true; uncompressed: number; entries: number } | { ok: false; reason: string; code: 'too-large' | 'parse-error' };

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CDH = 0x02014b50;
const LFH = 0x04034b50;
const MB = 1024 * 1024;

interface Entry {
  name: string;
  method: number;
  compressed: number;
  uncompressed: number;
  offset: number;
}

const mb = (n: number) => `${(n / MB).toFixed(1)} MB`;

function readEntries(buf: Buffer, maxEntries: number): Entry[] | string {
  const floor = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buf.length - 22; i >= floor; i--)
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  if (eocd < 0) return 'not a ZIP archive (no central directory)';
  let count = buf.readUInt16LE(eocd + 10);
  let cdSize = buf.readUInt32LE(eocd + 12);
  let cdOffset = buf.readUInt32LE(eocd + 16);
  if (
    (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) &&
    eocd >= 20 &&
    buf.readUInt32LE(eocd - 20) === EOCD64_LOCATOR
  ) {
    const at = Number(buf.readBigUInt64LE(eocd - 20 + 8));
    if (at + 56 > buf.length || buf.readUInt32LE(at) !== EOCD64) return 'corrupt ZIP64 directory';
    count = Number(buf.readBigUInt64LE(at + 32));
    cdSize = Number(buf.readBigUInt64LE(at + 40));
    cdOffset = Number(buf.readBigUInt64LE(at + 48));
  }
  if (count > maxEntries) return `archive has ${count} parts; the limit is ${maxEntries}`;
  if (cdOffset + cdSize > buf.length) return 'central directory lies outside the file (truncated?)';
  const out: Entry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CDH) return 'corrupt central directory';
    const method = buf.readUInt16LE(p + 10);
    let compressed = buf.readUInt32LE(p + 20);
    let uncompressed = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    let offset = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    // ZIP64 extended information: the 0xFFFFFFFF fields follow in order uncompressed, compressed, offset
    let e = p + 46 + nameLen;
    const extraEnd = e + extraLen;
    while (e + 4 <= extraEnd && e + 4 <= buf.length) {
      const tag = buf.readUInt16LE(e);
      const len = buf.readUInt16LE(e + 2);
      if (tag === 0x0001) {
        let q = e + 4;
        const big = () => {
          const v = q + 8 <= e + 4 + len ? Number(buf.readBigUInt64LE(q)) : NaN;
          q += 8;
          return v;
        };
        if (uncompressed === 0xffffffff) uncompressed = big();
        if (compressed === 0xffffffff) compressed = big();
        if (offset === 0xffffffff) offset = big();
      }
      e += 4 + len;
    }
    if (!Number.isFinite(uncompressed) || !Number.isFinite(compressed) || !Number.isFinite(offset)) return 'corrupt ZIP64 sizes';
    out.push({ name, method, compressed, uncompressed, offset });
    p = extraEnd + commentLen;
  }
  return out;
}

/** Checks `bytes` (a whole ZIP file) against the archive limits without inflating anything past them. */
export function checkZip(
  bytes: Uint8Array,
  limits: Pick<ReadLimits, 'maxArchiveUncompressed' | 'maxArchiveRatio' | 'maxArchiveEntries'>,
): ZipCheck {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 22) return { ok: false, code: 'parse-error', reason: 'not a ZIP archive (too short)' };
  const entries = readEntries(buf, limits.maxArchiveEntries);
  if (typeof entries === 'string') return { ok: false, code: entries.includes('limit') ? 'too-large' : 'parse-error', reason: entries };
  // 1. declared sizes, before inflating anything
  let total = 0;
  for (const e of entries) {
    total += e.uncompressed;
    if (total > limits.maxArchiveUncompressed)
      return {
        ok: false,
        code: 'too-large',
        reason: `archive would inflate to more than ${mb(total)} (limit ${mb(limits.maxArchiveUncompressed)}); a zip bomb?`,
      };
    if (e.uncompressed > MB && e.uncompressed > e.compressed * limits.maxArchiveRatio)
      return {
        ok: false,
        code: 'too-large',
        reason: `part ${e.name} inflates ${Math.round(e.uncompressed / Math.max(1, e.compressed))}× (limit ${limits.maxArchiveRatio}×); a zip bomb?`,
      };
  }
  // 2. the declared sizes hold: each part inflates to at most what it declares
  for (const e of entries) {
    if (e.offset + 30 > buf.length || buf.readUInt32LE(e.offset) !== LFH)
      return { ok: false, code: 'parse-error', reason: `corrupt part ${e.name}` };
    const start = e.offset + 30 + buf.readUInt16LE(e.offset + 26) + buf.readUInt16LE(e.offset + 28);
    const data = buf.subarray(start, start + e.compressed);
    if (e.method === 0) {
      if (e.compressed !== e.uncompressed)
        return { ok: false, code: 'parse-error', reason: `stored part ${e.name} has inconsistent sizes` };
      continue;
    }
    if (e.method !== 8)
      return { ok: false, code: 'parse-error', reason: `part ${e.name} uses an unsupported compression method (${e.method})` };
    try {
      inflateRawSync(data, { maxOutputLength: Math.max(1, e.uncompressed) });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ERR_BUFFER_TOO_LARGE' || /larger than/i.test((err as Error).message))
        return { ok: false, code: 'too-large', reason: `part ${e.name} inflates past its declared ${mb(e.uncompressed)}; a zip bomb?` };
      // a damaged stream: let the document reader report it in its own words
    }
  }
  return { ok: true, uncompressed: total, entries: entries.length };
}
