import { phaseNameFa } from '@tashakkol/lifecycle';
import { persianAmount, toPersianDigits } from '@tashakkol/shared';
import { SupportCarries } from './support-kind.catalog';

/** The Persian texts the supports context tells people, in one place. */
export const supportsTextsFa = {
  grantOverLimit: (g: {
    kindNameFa: string;
    associationNameFa: string;
    phase: string;
    carries: SupportCarries;
    quantity: string;
  }) => ({
    titleFa: `درخواست «${g.kindNameFa}» برای ${g.associationNameFa} منتظر تصویب شماست`,
    bodyFa: `درخواست حمایت «${g.kindNameFa}» به میزان ${
      g.carries === 'hours' ? `${toPersianDigits(g.quantity)} ساعت` : `${persianAmount(g.quantity)} ریال`
    } برای ${g.associationNameFa} (فاز «${phaseNameFa(g.phase)}») از سقف اختیار تصویب‌کننده بالاتر است و تصویب آن با شماست.`,
  }),
};
