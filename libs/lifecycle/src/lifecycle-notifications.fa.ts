import { phaseNameFa } from './phase-names';

/** The Persian texts the lifecycle tells people, in one place. */
export const lifecycleTextsFa = {
  transitionPending: (t: { associationNameFa: string; from: string; to: string; reason: string | null }) => ({
    titleFa: `انتقال ${t.associationNameFa} به فاز «${phaseNameFa(t.to)}» منتظر تأیید شماست`,
    bodyFa: `کارشناس اتاق انتقال ${t.associationNameFa} از فاز «${phaseNameFa(t.from)}» به فاز «${phaseNameFa(t.to)}» را پیشنهاد کرده است${
      t.reason ? ` (دلیل: «${t.reason}»)` : ''
    }. لطفاً آن را تأیید یا رد کنید.`,
  }),
};
