import { phaseNameFa } from '@tashakkol/lifecycle';
import { toJalaliDateFa, toPersianDigits } from '@tashakkol/shared';
import { periodLabelFa } from './domain/periods';

/** The Persian texts KPI tells people (notifications and alerts), in one place. */
export const kpiTextsFa = {
  reportReturned: (period: string, comment: string, at: Date) => ({
    titleFa: `گزارش ${periodLabelFa(period)} برای اصلاح برگشت داده شد`,
    bodyFa: `کارشناس اتاق گزارش ${periodLabelFa(period)} را در ${toJalaliDateFa(at)} برگشت داد: «${comment}». لطفاً آن را اصلاح کنید و دوباره بفرستید.`,
  }),
  reportDue: (period: string, dueAt: Date) => ({
    titleFa: `یادآوری: موعد گزارش ${periodLabelFa(period)} نزدیک است`,
    bodyFa: `گزارش ${periodLabelFa(period)} تا ${toJalaliDateFa(dueAt)} باید ارسال شود.`,
  }),
  reportMissing: (period: string, dueAt: Date) =>
    `گزارش ${periodLabelFa(period)} تا موعد ${toJalaliDateFa(dueAt)} ارسال نشده است`,
  phaseStalled: (phase: string, days: number, threshold: number) =>
    `تشکل ${toPersianDigits(days)} روز در فاز «${phaseNameFa(phase)}» مانده است (آستانه ${toPersianDigits(threshold)} روز)`,
};
