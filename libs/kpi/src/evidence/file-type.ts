import { crc32 } from 'zlib';

/** What a document is, judged by its whole structure (never by its name or the client's claim). */
export interface DetectedType {
  contentType: string;
  extension: string;
}

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const startsWith = (buf: Buffer, bytes: number[], offset = 0) => bytes.every((b, i) => buf[offset + i] === b);

/** Markup a browser would render: a file holding it is refused even when it is also a valid document. */
const HTML_MARKUP = /<\s*(html|script|body|iframe|svg|object|embed|!doctype\s+html)\b/i;

/** PDF: `%PDF-1.x` at byte 0, `%%EOF` at the end, and no HTML anywhere (a PDF/HTML polyglot is refused). */
function isPdf(buf: Buffer): boolean {
  const text = buf.toString('latin1');
  if (!/^%PDF-[12]\.\d/.test(text)) return false;
  if (!/%%EOF[\r\n\t ]*$/.test(text.slice(-1024))) return false;
  return !HTML_MARKUP.test(text);
}

/** PNG: the signature, then well-formed chunks with correct CRCs from IHDR to IEND, which ends the file. */
function isPng(buf: Buffer): boolean {
  if (!startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return false;
  let at = 8;
  let first = true;
  while (at + 12 <= buf.length) {
    const length = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    const end = at + 12 + length;
    if (end > buf.length || !/^[A-Za-z]{4}$/.test(type)) return false;
    if (first && (type !== 'IHDR' || length !== 13)) return false;
    if (crc32(buf.subarray(at + 4, at + 8 + length)) !== buf.readUInt32BE(at + 8 + length)) return false;
    if (type === 'IEND') return end === buf.length;
    first = false;
    at = end;
  }
  return false;
}

/** JPEG: SOI and a marker at the start, EOI at the end, markers in between well-formed, no HTML. */
function isJpeg(buf: Buffer): boolean {
  if (buf.length < 6 || !startsWith(buf, [0xff, 0xd8, 0xff])) return false;
  if (buf[buf.length - 2] !== 0xff || buf[buf.length - 1] !== 0xd9) return false;
  // Walk the header segments up to the start of scan.
  let at = 2;
  while (at + 4 <= buf.length) {
    if (buf[at] !== 0xff) return false;
    const marker = buf[at + 1];
    if (marker === 0xda) break;
    const length = buf.readUInt16BE(at + 2);
    if (length < 2) return false;
    at += 2 + length;
  }
  return at < buf.length && !HTML_MARKUP.test(buf.toString('latin1'));
}

/** The names in a zip's central directory, when the end-of-directory record ends the file exactly. */
function zipEntries(buf: Buffer): string[] | null {
  if (!startsWith(buf, [0x50, 0x4b, 0x03, 0x04])) return null;
  for (let eocd = buf.length - 22; eocd >= Math.max(0, buf.length - 22 - 65535); eocd--) {
    if (buf.readUInt32LE(eocd) !== 0x06054b50) continue;
    if (eocd + 22 + buf.readUInt16LE(eocd + 20) !== buf.length) return null;
    const count = buf.readUInt16LE(eocd + 10);
    let at = buf.readUInt32LE(eocd + 16);
    const names: string[] = [];
    for (let i = 0; i < count; i++) {
      if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) return null;
      const nameLength = buf.readUInt16LE(at + 28);
      const extra = buf.readUInt16LE(at + 30);
      const comment = buf.readUInt16LE(at + 32);
      names.push(buf.toString('utf8', at + 46, at + 46 + nameLength));
      at += 46 + nameLength + extra + comment;
    }
    return names;
  }
  return null;
}

/** XLSX: a zip whose directory holds `[Content_Types].xml` and the workbook under `xl/`. */
function isXlsx(buf: Buffer): boolean {
  const names = zipEntries(buf);
  return !!names && names.includes('[Content_Types].xml') && names.includes('xl/workbook.xml');
}

export function detectFileType(buf: Buffer): DetectedType | null {
  if (isPdf(buf)) return { contentType: 'application/pdf', extension: 'pdf' };
  if (isPng(buf)) return { contentType: 'image/png', extension: 'png' };
  if (isJpeg(buf)) return { contentType: 'image/jpeg', extension: 'jpg' };
  if (isXlsx(buf)) return { contentType: XLSX_CONTENT_TYPE, extension: 'xlsx' };
  return null;
}
