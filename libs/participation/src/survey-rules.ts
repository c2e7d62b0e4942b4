import { createHash, randomBytes } from 'crypto';

/** One question of a questionnaire: a Likert item (an integer on its scale) or an open answer. */
export interface SurveyItem {
  key: string;
  textFa: string;
  textEn?: string;
  kind: 'likert' | 'open';
  /** Likert scale bounds, inclusive (the standard questionnaire uses 1–5). */
  min?: number;
  max?: number;
  required?: boolean;
}

export interface SurveyAnswer {
  key: string;
  value: number | string;
}

export interface AnswerProblem {
  field: string;
  message: string;
  messageFa: string;
}

/**
 * Below this many answers a run shows no figures at all: with fewer, a board could tell who said
 * what (the chamber's principle of members' independent voice).
 */
export const MIN_ANSWERS_FOR_RESULTS = 5;

export const OPEN_ANSWER_MAX = 2000;

/** Checks a member's answers against the questionnaire; every problem names the item. */
export function checkAnswers(
  items: readonly SurveyItem[],
  answers: readonly SurveyAnswer[],
): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  const byKey = new Map(items.map((i) => [i.key, i]));
  const seen = new Set<string>();
  answers.forEach((a, index) => {
    const field = `answers[${index}].value`;
    const item = byKey.get(a.key);
    if (!item) {
      problems.push({
        field: `answers[${index}].key`,
        message: `answers[${index}].key: no question "${a.key}" in this questionnaire`,
        messageFa: `پرسش «${a.key}» در این پرسشنامه نیست`,
      });
      return;
    }
    if (seen.has(a.key)) {
      problems.push({
        field: `answers[${index}].key`,
        message: `answers[${index}].key: "${a.key}" is answered twice`,
        messageFa: `به پرسش «${item.textFa}» دو بار پاسخ داده شده است`,
      });
      return;
    }
    seen.add(a.key);
    if (item.kind === 'likert') {
      const min = item.min ?? 1;
      const max = item.max ?? 5;
      if (typeof a.value !== 'number' || !Number.isInteger(a.value) || a.value < min || a.value > max) {
        problems.push({
          field,
          message: `${field}: "${a.key}" takes a whole number from ${min} to ${max}`,
          messageFa: `پاسخ «${item.textFa}» باید عددی صحیح از ${min} تا ${max} باشد`,
        });
      }
    } else if (typeof a.value !== 'string' || a.value.length > OPEN_ANSWER_MAX) {
      problems.push({
        field,
        message: `${field}: "${a.key}" takes a text of at most ${OPEN_ANSWER_MAX} characters`,
        messageFa: `پاسخ «${item.textFa}» باید متنی تا ${OPEN_ANSWER_MAX} نویسه باشد`,
      });
    }
  });
  items.forEach((item) => {
    if ((item.required ?? item.kind === 'likert') && !seen.has(item.key)) {
      problems.push({
        field: 'answers',
        message: `answers: "${item.key}" needs an answer`,
        messageFa: `به پرسش «${item.textFa}» پاسخ دهید`,
      });
    }
  });
  return problems;
}

export interface ItemResult {
  key: string;
  textFa: string;
  kind: 'likert' | 'open';
  answered: number;
  /** Likert: mean on the item's scale, two decimals; null for open items. */
  mean: number | null;
  /** Likert: how many chose each value, lowest first. */
  distribution: { value: number; count: number }[] | null;
}

export interface RunResults {
  invited: number;
  responses: number;
  /** Percent of invited members who answered, one decimal. */
  responseRate: number;
  /** Hidden under MIN_ANSWERS_FOR_RESULTS answers. */
  shown: boolean;
  /** Mean of the Likert items rescaled to 0–100 (the member-satisfaction indicator). */
  satisfaction: number | null;
  items: ItemResult[];
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The figures of one run. Pure: the same answers always give the same figures. */
export function aggregateRun(
  items: readonly SurveyItem[],
  invited: number,
  responses: readonly (readonly SurveyAnswer[])[],
): RunResults {
  const count = responses.length;
  const base = {
    invited,
    responses: count,
    responseRate: invited > 0 ? round((count / invited) * 100, 1) : 0,
  };
  if (count < MIN_ANSWERS_FOR_RESULTS) return { ...base, shown: false, satisfaction: null, items: [] };
  const rescaled: number[] = [];
  const results = items.map((item): ItemResult => {
    const values = responses.flatMap((r) => r.filter((a) => a.key === item.key).map((a) => a.value));
    if (item.kind === 'open') {
      return {
        key: item.key,
        textFa: item.textFa,
        kind: 'open',
        answered: values.length,
        mean: null,
        distribution: null,
      };
    }
    const min = item.min ?? 1;
    const max = item.max ?? 5;
    const nums = values.filter((v): v is number => typeof v === 'number');
    const distribution = Array.from({ length: max - min + 1 }, (_, i) => ({
      value: min + i,
      count: nums.filter((n) => n === min + i).length,
    }));
    nums.forEach((n) => rescaled.push(((n - min) / (max - min)) * 100));
    const mean = nums.length ? round(nums.reduce((s, n) => s + n, 0) / nums.length, 2) : null;
    return { key: item.key, textFa: item.textFa, kind: 'likert', answered: nums.length, mean, distribution };
  });
  const satisfaction = rescaled.length
    ? round(rescaled.reduce((s, n) => s + n, 0) / rescaled.length, 1)
    : null;
  return { ...base, shown: true, satisfaction, items: results };
}

/** A one-time link's secret: 32 random bytes; only its SHA-256 is stored. */
export function newLinkToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashLinkToken(token) };
}

export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A token of the shape newLinkToken makes; anything else is unknown without a database look-up. */
export function looksLikeLinkToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

/** The chamber's standard member-satisfaction questionnaire (seeded; staff may define others). */
export const STANDARD_SURVEY = {
  code: 'member_satisfaction',
  titleFa: 'نظرسنجی رضایت اعضا',
  titleEn: 'Member satisfaction survey',
  items: [
    {
      key: 'services',
      textFa: 'از خدماتی که تشکل به اعضا ارائه می کند چقدر راضی هستید؟',
      kind: 'likert',
      min: 1,
      max: 5,
    },
    {
      key: 'voice',
      textFa: 'تا چه اندازه نظر شما در تصمیم های تشکل شنیده می شود؟',
      kind: 'likert',
      min: 1,
      max: 5,
    },
    {
      key: 'transparency',
      textFa: 'اطلاع رسانی هیئت مدیره درباره تصمیم ها و هزینه ها را چگونه ارزیابی می کنید؟',
      kind: 'likert',
      min: 1,
      max: 5,
    },
    {
      key: 'representation',
      textFa: 'تشکل تا چه اندازه از منافع رسته شما نزد دستگاه ها دفاع می کند؟',
      kind: 'likert',
      min: 1,
      max: 5,
    },
    {
      key: 'value_for_fee',
      textFa: 'خدمات تشکل در برابر حق عضویت پرداختی چه ارزشی دارد؟',
      kind: 'likert',
      min: 1,
      max: 5,
    },
    {
      key: 'suggestion',
      textFa: 'پیشنهاد یا انتقاد شما برای بهتر شدن تشکل چیست؟',
      kind: 'open',
      required: false,
    },
  ] satisfies SurveyItem[],
} as const;
