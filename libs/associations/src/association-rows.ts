import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/** One data row of an uploaded sheet, by header, with the line people see in their editor. */
export interface SheetRow {
  line: number;
  values: Record<string, string>;
}

export interface Sheet {
  headers: string[];
  rows: SheetRow[];
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    return '';
  }
  return String(value);
}

export function parseCsv(data: Buffer): Sheet {
  const records = parse(data, {
    bom: true,
    skip_empty_lines: true,
    trim: true,
    relax_column_count: true,
    info: true,
  }) as unknown as {
    record: string[];
    info: { lines: number };
  }[];
  if (records.length === 0) return { headers: [], rows: [] };
  const headers = records[0].record.map((h) => h.trim());
  const rows = records.slice(1).map(({ record, info }) => ({
    line: info.lines,
    values: Object.fromEntries(headers.map((h, i) => [h, record[i] ?? ''])),
  }));
  return { headers, rows };
}

export async function parseXlsx(data: Buffer): Promise<Sheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (!ws) return { headers: [], rows: [] };
  const headers: string[] = [];
  ws.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => {
    headers[col - 1] = cellText(cell.value).trim();
  });
  const rows: SheetRow[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const values = Object.fromEntries(headers.map((h, i) => [h, cellText(row.getCell(i + 1).value).trim()]));
    if (Object.values(values).some((v) => v !== '')) rows.push({ line: n, values });
  });
  return { headers: headers.filter((h) => h !== undefined), rows };
}

export async function writeXlsx(headers: string[], rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('associations', { views: [{ rightToLeft: true, state: 'frozen', ySplit: 1 }] });
  ws.addRow(headers).font = { bold: true };
  for (const r of rows) ws.addRow(r);
  ws.columns.forEach((c) => (c.width = 20));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
