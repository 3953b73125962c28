// Generated hostile and ordinary files for the ingest tests and the fuzz suite (nothing big is committed: every
// file is built at run time). All texts are invented.
import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';

export interface ZipPart {
  name: string;
  data: Buffer;
  /** compress with deflate (default true) */
  deflate?: boolean;
}

interface Built {
  name: Buffer;
  method: number;
  crc: number;
  compressed: Buffer;
  size: number;
  /** what the headers say the size is (a lying bomb declares less) */
  declared: number;
}

function assemble(parts: Built[]): Buffer {
  const out: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(p.method, 8);
    local.writeUInt32LE(p.crc, 14);
    local.writeUInt32LE(p.compressed.length, 18);
    local.writeUInt32LE(p.declared, 22);
    local.writeUInt16LE(p.name.length, 26);
    out.push(local, p.name, p.compressed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(p.method, 10);
    central.writeUInt32LE(p.crc, 16);
    central.writeUInt32LE(p.compressed.length, 20);
    central.writeUInt32LE(p.declared, 24);
    central.writeUInt16LE(p.name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, p.name);
    offset += 30 + p.name.length + p.compressed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...out, cd, end]);
}

export function zip(parts: ZipPart[]): Buffer {
  return assemble(
    parts.map((p) => {
      const deflate = p.deflate ?? true;
      return {
        name: Buffer.from(p.name, 'utf8'),
        method: deflate ? 8 : 0,
        crc: crc32(p.data),
        compressed: deflate ? deflateRawSync(p.data) : p.data,
        size: p.data.length,
        declared: p.data.length,
      };
    }),
  );
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const DOC_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
const DOC_TAIL = '</w:body></w:document>';
const escapeXml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const para = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(t)}</w:t></w:r></w:p>`;

/** A real, small Word file with these paragraphs. */
export function docx(paras: string[]): Buffer {
  return zip([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: '_rels/.rels', data: Buffer.from(RELS) },
    { name: 'word/document.xml', data: Buffer.from(DOC_HEAD + paras.map(para).join('') + DOC_TAIL) },
  ]);
}

/** A Word file whose document.xml inflates to about `megabytes` MB of paragraphs, deflated as a stream (memory
 *  stays small while it is built). `lie`: the headers declare a small size, so only inflating reveals the bomb. */
export async function docxBomb(megabytes: number, lie = false): Promise<Buffer> {
  const chunk = Buffer.from(para('Officials in Vantaro said the talks would resume. ').repeat(16384));
  const head = Buffer.from(DOC_HEAD);
  const tail = Buffer.from(DOC_TAIL);
  const count = Math.ceil((megabytes * 1024 * 1024) / chunk.length);
  const deflater = createDeflateRaw({ level: 9 });
  const pieces: Buffer[] = [];
  deflater.on('data', (b: Buffer) => pieces.push(b));
  const ended = new Promise<void>((r) => deflater.on('end', () => r()));
  let crc = crc32(head);
  deflater.write(head);
  for (let i = 0; i < count; i++) {
    crc = crc32(chunk, crc);
    if (!deflater.write(chunk)) await new Promise<void>((r) => deflater.once('drain', () => r()));
  }
  crc = crc32(tail, crc);
  deflater.end(tail);
  await ended;
  const size = head.length + count * chunk.length + tail.length;
  const small = (name: string, s: string): Built => {
    const data = Buffer.from(s);
    return {
      name: Buffer.from(name),
      method: 8,
      crc: crc32(data),
      compressed: deflateRawSync(data),
      size: data.length,
      declared: data.length,
    };
  };
  return assemble([
    small('[Content_Types].xml', CONTENT_TYPES),
    small('_rels/.rels', RELS),
    { name: Buffer.from('word/document.xml'), method: 8, crc, compressed: Buffer.concat(pieces), size, declared: lie ? 4096 : size },
  ]);
}

/** HTML nested `depth` deep (`<div>`×depth), with a readable paragraph inside. */
export function deepHtml(depth: number, tag = 'div'): string {
  return `<!doctype html><html><head><title>Deep page</title></head><body>${`<${tag}>`.repeat(depth)}<p>Minister Arlo Quenby of Vantaro met envoys for three hours on Monday.</p>${`</${tag}>`.repeat(depth)}</body></html>`;
}
