import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { IsIn, IsInt, IsString, Max, MaxLength, MinLength, ValidateNested, validate } from 'class-validator';
import { Type } from 'class-transformer';
import { preferredLanguage } from './accept-language';
import { BadInputError, RuleViolationError, StaleVersionError, NotFoundError } from './errors';
import { fieldLabelFa, persianAmount, persianErrorText } from './messages-fa';
import { ValidationFailedError, validationProblems } from './validation-messages';

class Value {
  @IsInt()
  @Max(100)
  value!: number;
}

class Body {
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  nameFa!: string;

  @IsIn(['provincial', 'national'])
  scope!: string;

  @ValidateNested({ each: true })
  @Type(() => Value)
  values!: Value[];
}

async function problemsOf(body: object) {
  return validationProblems(await validate(plainToInstance(Body, body), { forbidUnknownValues: false }));
}

describe('errors in Persian next to their field', () => {
  it('says a missing required field as «نام فارسی: الزامی است»', async () => {
    const problems = await problemsOf({ scope: 'national', values: [] });
    expect(problems).toEqual([
      expect.objectContaining({ field: 'nameFa', messageFa: 'نام فارسی: الزامی است' }),
    ]);
  });

  it('tells the limit of a length, a range or a choice with Persian digits', async () => {
    const problems = await problemsOf({
      nameFa: 'ا'.repeat(201),
      scope: 'city',
      values: [{ value: 1 }, { value: 1 }, { value: 250 }],
    });
    expect(problems.map((p) => [p.field, p.messageFa])).toEqual([
      ['nameFa', 'نام فارسی: حداکثر ۲۰۰ نویسه باشد'],
      ['scope', 'گستره: باید یکی از این ها باشد: provincial، national'],
      ['values[2].value', 'مقادیر، ردیف ۳، مقدار: نباید بیشتر از ۱۰۰ باشد'],
    ]);
  });

  it('puts the first offending field on a validation error and every problem in Persian', async () => {
    const e = new ValidationFailedError(
      await validate(plainToInstance(Body, { scope: 'x', values: [] }), { forbidUnknownValues: false }),
    );
    expect(e.field).toBe('nameFa');
    expect(e.messageFa).toBe('نام فارسی: الزامی است؛ گستره: باید یکی از این ها باشد: provincial، national');
  });

  it('reads the field of a domain error from its message and labels it in Persian', () => {
    const e = new BadInputError('supports.unknown_kind', 'kindCode: unknown support kind gold');
    expect(e.field).toBe('kindCode');
    expect(e.messageFa).toBe('نوع حمایت: چنین نوع حمایتی نیست');
  });

  it('answers a stale version with the sentence the web app shows before reloading', () => {
    const e = new StaleVersionError('support_grant', 1, 2);
    expect(e.messageFa).toBe('این رکورد را کس دیگری تغییر داده است؛ دوباره بارگیری کنید');
  });

  it('names what was not found', () => {
    expect(new NotFoundError('association', 'x').messageFa).toBe('تشکل یافت نشد');
  });

  it('says the amounts of an exceeded budget with Persian digits and separators', () => {
    class Budget extends RuleViolationError {}
    const e = new Budget('supports.budget_exceeded', 'budget: …', {
      fiscalYear: 1405,
      kindFa: 'حمایت مالی',
      available: '1000000',
      asked: '2500000',
    });
    expect(e.messageFa).toBe(
      'بودجه سال ۱۴۰۵ برای «حمایت مالی» بس نیست: ۱٬۰۰۰٬۰۰۰ مانده و این حمایت ۲٬۵۰۰٬۰۰۰ می خواهد',
    );
  });

  it('falls back to a Persian text per status, so no error is English-only', () => {
    expect(persianErrorText('some.new_code', 422, { details: {} })).toBe(
      'قواعد کار این درخواست را نمی پذیرد',
    );
    expect(persianErrorText(undefined, 502, { details: {} })).toBe('خطای درونی سامانه؛ دوباره بکوشید');
  });

  it('labels nested paths and formats amounts', () => {
    expect(fieldLabelFa('targets[0].indicatorCode')).toBe('هدف ها، ردیف ۱، شاخص');
    expect(persianAmount(-1234567n)).toBe('-۱٬۲۳۴٬۵۶۷');
  });
});

describe('the language of an error follows Accept-Language', () => {
  it.each([
    ['fa', 'fa'],
    ['fa-IR,fa;q=0.9,en;q=0.8', 'fa'],
    ['en-US,en;q=0.9,fa;q=0.8', 'en'],
    ['de, fa;q=0.5', 'fa'],
    ['fa;q=0, en', 'en'],
    [undefined, 'en'],
    ['*', 'en'],
  ])('%s → %s', (header, lang) => {
    expect(preferredLanguage(header)).toBe(lang);
  });
});
