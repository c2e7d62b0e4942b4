import { detectFileType } from './file-type';

describe('evidence documents are recognised by their content', () => {
  it('recognises a PDF, a PNG and a JPEG', () => {
    expect(detectFileType(Buffer.from('%PDF-1.7\n...'))?.contentType).toBe('application/pdf');
    expect(detectFileType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))?.extension).toBe(
      'png',
    );
    expect(detectFileType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))?.extension).toBe('jpg');
  });

  it('recognises an Excel workbook inside its zip', () => {
    const xlsx = Buffer.concat([
      Buffer.from([0x50, 0x4b, 0x03, 0x04]),
      Buffer.from('....[Content_Types].xml....xl/workbook.xml'),
    ]);
    expect(detectFileType(xlsx)?.extension).toBe('xlsx');
  });

  it('refuses an executable renamed to .pdf and a plain zip archive', () => {
    expect(detectFileType(Buffer.from('MZ\x90\x00 this is a program'))).toBeNull();
    expect(
      detectFileType(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('secret.txt')])),
    ).toBeNull();
    expect(detectFileType(Buffer.from('<html><script>'))).toBeNull();
  });
});
