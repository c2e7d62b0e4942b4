import { PhaseKey } from '@tashakkol/associations';
import { MILESTONE_KINDS, POTENTIAL_FACTORS, SUCCESS_FAILURE_FACTORS } from './phase-table';
import { OutputTypes } from './phase-outputs';

/**
 * A complete, realistic set of outputs that meets every gate under the default settings: the demo
 * data, the docs and the tests record these.
 */
export const SAMPLE_OUTPUTS: { [P in PhaseKey]: Partial<OutputTypes> } = {
  concept_review: {
    classification: {
      legalForm: 'انجمن',
      category: 'فرآوری پسته',
      isic: '1079',
      scope: 'provincial',
      membershipType: 'firms',
      priority: true,
    },
    laws_and_policies: {
      references: [
        {
          title: 'قانون بهبود مستمر محیط کسب و کار',
          reference: 'ماده ۳',
          notes: 'مشورت دستگاه ها با تشکل ها پیش از تصمیم',
        },
        { title: 'آیین نامه تشکل های اقتصادی', notes: 'شرایط ثبت در اتاق' },
      ],
    },
    prior_actions: {
      analysis:
        'دو تلاش پیشین برای تشکیل انجمن به دلیل بی اعتمادی میان فعالان ناکام ماند؛ باشگاه غیررسمی فعالان از ۱۴۰۲ فعال است.',
      actions: [{ year: 1402, description: 'تشکیل باشگاه فرآوری کنندگان پسته' }],
    },
  },
  diagnosis: {
    success_failure_factors: {
      ratings: SUCCESS_FAILURE_FACTORS.map((f, i) => ({
        factor: f.key,
        rating: (i % 5) + 1,
        evidence: 'مصاحبه با ۱۲ فعال رسته',
      })),
    },
    benchmarks: {
      notes: [
        {
          country: 'ترکیه',
          practice: 'خدمات صادراتی مشترک انجمن ها',
          lesson: 'خدمات مشترک انگیزه عضویت داوطلبانه است',
        },
      ],
    },
  },
  potential_assessment: {
    potential_factors: {
      ratings: POTENTIAL_FACTORS.map((f) => ({ factor: f.key, rating: 4, note: 'برآورد کارشناس اتاق' })),
    },
  },
  formation: {
    formation_method: { method: 'members_initiative' },
    founding_members: {
      members: ['رضا', 'زهرا', 'علی', 'مریم', 'حسین', 'فاطمه', 'محمد', 'سارا'].map((n, i) => ({
        name: `${n} کرمانی`,
        firmName: `شرکت ${i + 1}`,
      })),
    },
    approval_in_principle: {
      approvedAt: '2026-05-10',
      meetingPlace: 'سالن اجتماعات اتاق کرمان',
      referenceNo: '۱۲۳/ص',
    },
    charter: { adopted: true, adoptedAt: '2026-06-01' },
    founding_assembly: { heldAt: '2026-06-15', attendees: 23, quorumMet: true },
    board_election: {
      electedAt: '2026-06-15',
      electedByMembers: true,
      members: [
        { name: 'زهرا کرمانی', position: 'رییس هیئت مدیره' },
        { name: 'رضا کرمانی', position: 'نایب رییس' },
        { name: 'علی کرمانی', position: 'خزانه دار' },
      ],
    },
    registration: {
      registrationNo: '1405-321',
      authority: 'اداره ثبت شرکت ها و موسسات غیرتجاری',
      registeredAt: '2026-07-01',
    },
    organisational_structure: {
      units: [{ name: 'دبیرخانه', head: 'دبیر تشکل' }, { name: 'کمیسیون صادرات' }],
      inPlace: true,
    },
  },
  support_monitoring: {
    evaluation_axes: {
      axes: (['chamber', 'association', 'members'] as const).map((axis) => ({ axis, agreed: true })),
    },
  },
  development: {
    roadmap: {
      milestones: MILESTONE_KINDS.map((k, i) => ({
        kind: k.key,
        plannedAt: `2027-0${(i % 9) + 1}-01`,
        ...(i < 2 ? { doneAt: '2026-10-01', evidence: 'گزارش اجرا' } : {}),
        ...(k.key === 'member_database' ? { coveragePercent: 45, coverageTargetPercent: 80 } : {}),
      })),
    },
  },
};
