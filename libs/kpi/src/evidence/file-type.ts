/** What a document is, judged by its first bytes (never by its name or the client's claim). */
export interface DetectedType {
  contentType: string;
  extension: string;
}

const startsWith = (buf: Buffer, bytes: number[], offset = 0) => bytes.every((b, i) => buf[offset + i] === b);

export function detectFileType(buf: Buffer): DetectedType | null {
  if (startsWith(buf, [0x25, 0x50, 0x44, 0x46, 0x2d]))
    return { contentType: 'application/pdf', extension: 'pdf' };
  if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { contentType: 'image/png', extension: 'png' };
  if (startsWith(buf, [0xff, 0xd8, 0xff])) return { contentType: 'image/jpeg', extension: 'jpg' };
  if (startsWith(buf, [0x52, 0x49, 0x46, 0x46]) && startsWith(buf, [0x57, 0x45, 0x42, 0x50], 8)) {
    return { contentType: 'image/webp', extension: 'webp' };
  }
  if (startsWith(buf, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return { contentType: 'application/vnd.ms-excel', extension: 'xls' };
  }
  if (startsWith(buf, [0x50, 0x4b, 0x03, 0x04])) {
    // A zip: only a spreadsheet (OOXML workbook or OpenDocument sheet) is accepted, not any archive.
    const head = buf.subarray(0, Math.min(buf.length, 64 * 1024)).toString('latin1');
    if (head.includes('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')) {
      return { contentType: 'application/vnd.oasis.opendocument.spreadsheet', extension: 'ods' };
    }
    if (head.includes('[Content_Types].xml') && head.includes('xl/')) {
      return {
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        extension: 'xlsx',
      };
    }
  }
  return null;
}
