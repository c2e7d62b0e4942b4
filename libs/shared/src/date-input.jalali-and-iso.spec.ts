import { plainToInstance } from 'class-transformer';
import { IsOptional, validate } from 'class-validator';
import { IsDateInput, jalaliToIsoDay, normalizeDateInput, tehranMidnight, todayInTehran } from './date-input';
import { validationProblems } from './validation-messages';

class Term {
  @IsDateInput()
  termStart!: string;

  @IsOptional()
  @IsDateInput('instant')
  validUntil?: string;
}

async function read(body: object) {
  const dto = plainToInstance(Term, body);
  return { dto, problems: validationProblems(await validate(dto)) };
}

describe('date inputs accept Jalali as well as ISO', () => {
  it('reads 1405/09/10 (10 Azar) as 1 December 2026, with Persian or Latin digits and either separator', () => {
    for (const text of ['1405/09/10', '۱۴۰۵/۰۹/۱۰', '1405-9-10', '۱۴۰۵-۰۹-۱۰']) {
      expect(jalaliToIsoDay(text)).toBe('2026-12-01');
    }
  });

  it('knows Nowruz and the leap years: 1403 has Esfand 30th, 1404 does not', () => {
    expect(jalaliToIsoDay('1405/01/01')).toBe('2026-03-21');
    expect(jalaliToIsoDay('1403/12/30')).toBe('2025-03-20');
    expect(jalaliToIsoDay('1404/12/30')).toBeUndefined();
    expect(jalaliToIsoDay('1405/13/01')).toBeUndefined();
    expect(jalaliToIsoDay('1405/07/31')).toBeUndefined();
  });

  it('stores an instant as the moment the Tehran day begins (20:30 UTC the evening before)', () => {
    expect(tehranMidnight('2026-03-21').toISOString()).toBe('2026-03-20T20:30:00.000Z');
    expect(normalizeDateInput('۱۴۰۵/۰۱/۰۱', 'instant')).toBe('2026-03-20T20:30:00.000Z');
  });

  it('turns a Jalali day field into its Gregorian day and keeps ISO input as it was', async () => {
    const { dto, problems } = await read({ termStart: '۱۴۰۵/۰۱/۰۱', validUntil: '2027-03-21T00:00:00Z' });
    expect(problems).toEqual([]);
    expect(dto.termStart).toBe('2026-03-21');
    expect(dto.validUntil).toBe('2027-03-21T00:00:00Z');
  });

  it('refuses a day that is not in the Jalali calendar, naming the field in both languages', async () => {
    const { problems } = await read({ termStart: '1404/12/30' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'termStart', constraint: 'isDateInput' });
    expect(problems[0].message).toMatch(/^termStart: 1404\/12\/30 is not a date of the Jalali calendar/);
    expect(problems[0].messageFa).toBe('آغاز دوره: چنین روزی در تقویم شمسی نیست');
  });

  it('refuses what is no date at all, and an impossible Gregorian day', async () => {
    for (const termStart of ['soon', '2026-02-30', '2026-11-30T10:00:00Z']) {
      const { problems } = await read({ termStart });
      expect(problems.map((p) => p.field)).toEqual(['termStart']);
    }
  });
});

describe('todayInTehran', () => {
  it('is already the next day in Tehran from 20:30 UTC', () => {
    expect(todayInTehran(new Date('2026-03-20T20:29:59Z'))).toBe('2026-03-20');
    expect(todayInTehran(new Date('2026-03-20T20:30:00Z'))).toBe('2026-03-21');
  });
});
