import { neutraliseCsvCell, toCsv } from './csv';

describe('CSV exports a spreadsheet cannot run as formulas', () => {
  it.each(['=HYPERLINK("http://evil","x")', "+cmd|' /C calc'!A0", '-2+3', '@SUM(A1:A2)', '\tx', '\rx'])(
    'prefixes %j with a quote',
    (text) => {
      expect(neutraliseCsvCell(text)).toBe(`'${text}`);
    },
  );

  it('leaves ordinary text, Persian and plain numbers alone', () => {
    expect(neutraliseCsvCell('انجمن پسته')).toBe('انجمن پسته');
    expect(neutraliseCsvCell('-5')).toBe('-5');
    expect(neutraliseCsvCell(12)).toBe('12');
    expect(neutraliseCsvCell(null)).toBe('');
  });

  it('writes a byte-order mark and quotes as CSV needs', () => {
    expect(toCsv([['a', '=1+1,2']])).toBe('\uFEFFa,"\'=1+1,2"\n');
  });
});
