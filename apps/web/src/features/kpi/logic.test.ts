import { describe, expect, it } from 'vitest';
import {
  assessmentChanges,
  codeOfTargetField,
  codeOfValueField,
  figureForInput,
  evidenceProblem,
  frequencyOf,
  jalaliYearMonth,
  openPeriods,
  parseValue,
  reportedIndicators,
  targetChanges,
  trendSeries,
  type IndicatorLike,
} from './logic';

describe('periods a board may report for', () => {
  it('reads the Jalali month in Tehran: 20 March 2025 21:00 UTC is already Farvardin 1404', () => {
    expect(jalaliYearMonth(new Date('2025-03-20T21:00:00Z'))).toEqual({ year: 1404, month: 1 });
    expect(jalaliYearMonth(new Date('2025-03-20T20:00:00Z'))).toEqual({ year: 1403, month: 12 });
  });

  it('offers the current quarter and the four before it, then last year, newest first', () => {
    // 1405/09/10 (1 December 2026) is in the third quarter of 1405.
    expect(openPeriods(new Date('2026-12-01T12:00:00Z'), [])).toEqual([
      '1405-Q3',
      '1405-Q2',
      '1405-Q1',
      '1404-Q4',
      '1404-Q3',
      '1404',
    ]);
  });

  it('leaves out the periods that already have a report', () => {
    expect(openPeriods(new Date('2026-12-01T12:00:00Z'), ['1405-Q3', '1404', '1404-Q4'])).toEqual([
      '1405-Q2',
      '1405-Q1',
      '1404-Q3',
    ]);
  });

  it('knows each period key’s frequency', () => {
    expect(frequencyOf('1405-Q2')).toBe('quarterly');
    expect(frequencyOf('1405-07')).toBe('monthly');
    expect(frequencyOf('1405')).toBe('yearly');
    expect(frequencyOf('1405-Q5')).toBeNull();
  });
});

describe('the indicators of a report', () => {
  const ind = (code: string, over: Partial<IndicatorLike> = {}): IndicatorLike => ({
    code,
    kind: 'reported',
    frequency: 'quarterly',
    active: true,
    unit: 'count',
    nameFa: code,
    axis: 'association',
    ...over,
  });
  it('keeps only active indicators the board reports, of the period’s frequency', () => {
    const all = [
      ind('members_count'),
      ind('member_growth', { kind: 'derived' }),
      ind('chamber_funding', { kind: 'recorded' }),
      ind('member_satisfaction', { frequency: 'yearly' }),
      ind('old', { active: false }),
    ];
    expect(reportedIndicators(all, '1405-Q2').map((i) => i.code)).toEqual(['members_count']);
    expect(reportedIndicators(all, '1405').map((i) => i.code)).toEqual(['member_satisfaction']);
  });
});

describe('a figure typed by the board', () => {
  it('accepts Persian digits and the Persian decimal separator', () => {
    expect(parseValue('۱۲۰', 'count')).toEqual({ ok: true, value: '120' });
    expect(parseValue('۱۲٫۵', 'percent')).toEqual({ ok: true, value: '12.5' });
  });
  it('keeps a large Rial amount exact (no Number on the way)', () => {
    expect(parseValue('۱۲٬۳۴۵٬۶۷۸٬۹۰۱٬۲۳۴٬۵۶۷', 'rials')).toEqual({ ok: true, value: '12345678901234567' });
  });
  it('is empty for no value, and names what is wrong otherwise', () => {
    expect(parseValue('  ', 'count')).toEqual({ ok: true, value: null });
    expect(parseValue('دوازده', 'count')).toEqual({ ok: false, problem: 'nan' });
    expect(parseValue('-3', 'count')).toEqual({ ok: false, problem: 'negative' });
    expect(parseValue('120', 'percent')).toEqual({ ok: false, problem: 'percent' });
  });
  it('maps the API’s field values[i] to the indicator sent at that index', () => {
    expect(codeOfValueField('values[1].value', ['a', 'b'])).toBe('b');
    expect(codeOfValueField('values[1].indicatorCode', ['a', 'b'])).toBe('b');
    expect(codeOfValueField('version', ['a'])).toBeNull();
    expect(codeOfValueField(undefined, ['a'])).toBeNull();
  });
});

describe('evidence chosen in the browser', () => {
  it('accepts PDF, PNG, JPEG and XLSX up to 10 MB, by extension (the API checks the structure)', () => {
    expect(evidenceProblem({ name: 'صورت-جلسه.PDF', size: 1000 })).toBeNull();
    expect(evidenceProblem({ name: 'a.xlsx', size: 10 * 1024 * 1024 })).toBeNull();
    expect(evidenceProblem({ name: 'a.docx', size: 10 })).toBe('type');
    expect(evidenceProblem({ name: 'noext', size: 10 })).toBe('type');
    expect(evidenceProblem({ name: 'a.png', size: 10 * 1024 * 1024 + 1 })).toBe('size');
  });
});

describe('the trend chart’s series', () => {
  const point = (period: string, composite: number | null, chamber: number | null = null) => ({
    period,
    composite,
    grade: null,
    axes: { chamber, association: composite, members: null },
  });
  it('plots quarters only, oldest first, labelled in Persian, rounded to one decimal, gaps kept', () => {
    const s = trendSeries([point('1404-Q2', 61.26), point('1404', 70), point('1404-Q1', 55, 40.04)]);
    expect(s.labels).toEqual(['۱۴۰۴ — فصل ۱', '۱۴۰۴ — فصل ۲']);
    expect(s.composite).toEqual([55, 61.3]);
    expect(s.axes.chamber).toEqual([40, null]);
    expect(s.axes.association).toEqual([55, 61.3]);
  });
  it('is empty without scores', () => {
    expect(trendSeries([]).labels).toEqual([]);
  });
});

describe('targets typed by staff', () => {
  const rows = [
    {
      indicatorCode: 'a',
      unit: 'count',
      publicPolicy: false,
      baseline: null,
      target: null,
      weightOverride: null,
      version: null,
    },
    {
      indicatorCode: 'b',
      unit: 'percent',
      publicPolicy: false,
      baseline: '2.0000',
      target: '6.0000',
      weightOverride: '3.000',
      version: 3,
    },
    {
      indicatorCode: 'p',
      unit: 'percent',
      publicPolicy: true,
      baseline: null,
      target: '50',
      weightOverride: null,
      version: null,
    },
  ];

  it('sends a new target and a changed one with its version, in Latin numbers', () => {
    const { inputs, problems } = targetChanges(rows, {
      a: { baseline: '۲', target: '۱۲٫۵' },
      b: { baseline: '۲', target: '۸' },
    });
    expect(problems).toEqual({});
    expect(inputs).toEqual([
      { indicatorCode: 'a', baseline: 2, target: 12.5 },
      { indicatorCode: 'b', baseline: 2, target: 8, version: 3 },
    ]);
  });

  it('does not send a row left as it was or left empty', () => {
    const { inputs } = targetChanges(rows, {
      a: { baseline: '', target: '' },
      b: { baseline: figureForInput('2.0000'), target: figureForInput('6.0000') },
    });
    expect(inputs).toEqual([]);
  });

  it('sends only the baseline of a public-policy indicator', () => {
    expect(targetChanges(rows, { p: { baseline: '۳۰', target: '' } }).inputs).toEqual([
      { indicatorCode: 'p', baseline: 30 },
    ]);
  });

  it('names the figure that is not a number, over 100 %, or missing', () => {
    const { inputs, problems } = targetChanges(rows, {
      a: { baseline: 'دو', target: '۳' },
      b: { baseline: '۲', target: '۱۲۰' },
      p: { baseline: '', target: '' },
    });
    expect(inputs).toEqual([]);
    expect(problems).toEqual({
      a: { field: 'baseline', problem: 'nan' },
      b: { field: 'target', problem: 'percent' },
    });
    expect(targetChanges(rows, { a: { baseline: '۲', target: '' } }).problems).toEqual({
      a: { field: 'target', problem: 'required' },
    });
  });

  it('sends a changed weight, null for an emptied one (the default again), and nothing for the same weight', () => {
    const same = { baseline: figureForInput('2.0000'), target: figureForInput('6.0000') };
    expect(targetChanges(rows, { b: { ...same, weight: '۳' } }).inputs).toEqual([]);
    expect(targetChanges(rows, { b: { ...same, weight: '۴٫۵' } }).inputs).toEqual([
      { indicatorCode: 'b', baseline: 2, target: 6, weight: 4.5, version: 3 },
    ]);
    expect(targetChanges(rows, { b: { ...same, weight: '' } }).inputs).toEqual([
      { indicatorCode: 'b', baseline: 2, target: 6, weight: null, version: 3 },
    ]);
    expect(targetChanges(rows, { b: { ...same, weight: '۱۵۰' } }).problems).toEqual({
      b: { field: 'weight', problem: 'percent' },
    });
  });

  it('finds the indicator a refused field names', () => {
    expect(codeOfTargetField('targets.1.target', ['a', 'b'])).toBe('b');
    expect(codeOfTargetField('version', ['a'])).toBeNull();
  });

  it('writes a stored figure back in Persian digits without trailing zeros', () => {
    expect(figureForInput('6.5000')).toBe('۶٫۵');
    expect(figureForInput('2500000000')).toBe('۲۵۰۰۰۰۰۰۰۰');
    expect(figureForInput(null)).toBe('');
  });
});

describe('the chamber expert assessment typed by staff', () => {
  it('sends the criteria filled in, in catalog order, with Persian digits read', () => {
    expect(
      assessmentChanges({
        services: { score: '۶۵٫۵', comment: ' خدمات آموزشی منظم ' },
        governance: { score: '72', comment: 'صورتجلسات کامل' },
        membership: { score: '', comment: '' },
      }),
    ).toEqual({
      criteria: [
        { criterion: 'governance', score: 72, comment: 'صورتجلسات کامل' },
        { criterion: 'services', score: 65.5, comment: 'خدمات آموزشی منظم' },
      ],
      problems: {},
    });
  });

  it('names a score out of 0–100 or not a number, and a score without a comment', () => {
    const { criteria, problems } = assessmentChanges({
      governance: { score: '۱۲۰', comment: 'x' },
      membership: { score: 'خوب', comment: 'x' },
      services: { score: '۵۰', comment: '  ' },
      regulation: { score: '', comment: 'بی امتیاز' },
    });
    expect(criteria).toEqual([]);
    expect(problems).toEqual({
      governance: { field: 'score' },
      membership: { field: 'score' },
      services: { field: 'comment' },
      regulation: { field: 'score' },
    });
  });
});
