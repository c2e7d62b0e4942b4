import ExcelJS from 'exceljs';
import { crc32, deflateSync } from 'zlib';
import { detectFileType } from './file-type';

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A real 1×1 PNG. */
function tinyPng(): Buffer {
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.from([0, 0]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer <<>>\n%%EOF\n');
const JPEG = Buffer.from([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x4a, 0x46, 0xff, 0xda, 0x00, 0x02, 0x01, 0xff, 0xd9,
]);

describe('evidence documents are recognised by their whole structure', () => {
  it('recognises a PDF, a PNG and a JPEG', () => {
    expect(detectFileType(PDF)?.contentType).toBe('application/pdf');
    expect(detectFileType(tinyPng())?.extension).toBe('png');
    expect(detectFileType(JPEG)?.extension).toBe('jpg');
  });

  it('recognises an Excel workbook by its zip directory', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('a').addRow(['x']);
    expect(detectFileType(Buffer.from(await wb.xlsx.writeBuffer()))?.extension).toBe('xlsx');
  });

  it('refuses a PDF/HTML polyglot, a truncated PDF and HTML before the header', () => {
    expect(
      detectFileType(Buffer.from('%PDF-1.4\n<html><script>alert(1)</script></html>\n%%EOF\n')),
    ).toBeNull();
    expect(detectFileType(Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\n'))).toBeNull();
    expect(detectFileType(Buffer.from('<html><body>%PDF-1.4\n%%EOF'))).toBeNull();
  });

  it('refuses a PNG with a broken chunk or something after IEND', () => {
    const png = tinyPng();
    const broken = Buffer.from(png);
    broken[20] ^= 0xff;
    expect(detectFileType(broken)).toBeNull();
    expect(detectFileType(Buffer.concat([png, Buffer.from('<script>alert(1)</script>')]))).toBeNull();
  });

  it('refuses a JPEG without its end marker or carrying HTML', () => {
    expect(detectFileType(JPEG.subarray(0, JPEG.length - 2))).toBeNull();
    const html = Buffer.concat([JPEG.subarray(0, 13), Buffer.from('<html>'), Buffer.from([0xff, 0xd9])]);
    expect(detectFileType(html)).toBeNull();
  });

  it('refuses an executable, a plain zip archive and anything else', () => {
    expect(detectFileType(Buffer.from('MZ\x90\x00 this is a program'))).toBeNull();
    expect(
      detectFileType(
        Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('[Content_Types].xml xl/')]),
      ),
    ).toBeNull();
    expect(detectFileType(Buffer.from('<html><script>'))).toBeNull();
  });
});
