import { PHASE_KEYS, PhaseKey } from '@tashakkol/associations';

/** A named item of the table: what people read in Persian, and in English. */
export interface Labelled {
  key: string;
  nameFa: string;
  nameEn: string;
}

/** One output a phase must produce before the association may leave it (an item of its gate). */
export type OutputDefinition = Labelled;

/** A precaution (احتیاط) the chamber keeps in a phase; the wording is the admin's to edit. */
export interface PhaseNote {
  code: string;
  textFa: string;
  textEn: string;
}

export interface PhaseDefinition {
  key: PhaseKey;
  order: number;
  nameFa: string;
  nameEn: string;
  /** Outputs recorded with PUT .../outputs/:key. */
  outputs: OutputDefinition[];
  /** Gate items that are not recorded here but read from elsewhere (the KPI module). */
  externalGateItems: Labelled[];
  /** The supports suited to a phase are not here: the support-kind catalog is their one source. */
  precautions: PhaseNote[];
}

export const PHASES: readonly PhaseDefinition[] = [
  {
    key: 'concept_review',
    order: 1,
    nameFa: 'بررسی مفهومی',
    nameEn: 'Concept review',
    outputs: [
      {
        key: 'classification',
        nameFa: 'تفکیک تشکل بر اساس معیارها و رسته',
        nameEn: 'Classification against the criteria and category',
      },
      {
        key: 'laws_and_policies',
        nameFa: 'گزارش سیاست ها و قوانین مرتبط',
        nameEn: 'Applicable laws and policies',
      },
      {
        key: 'prior_actions',
        nameFa: 'گزارش تحلیلی از اقدامات صورت گرفته',
        nameEn: 'Analysis of prior actions',
      },
    ],
    externalGateItems: [],
    precautions: [
      {
        code: 'no_money_before_need',
        textFa: 'پیش از احراز نیاز واقعی، حمایت مالی داده نشود',
        textEn: 'No financial support before a real need is shown',
      },
      {
        code: 'club_first',
        textFa: 'قانع کردن رییس اتاق برای تشکیل باشگاه پیش از تشکل رسمی',
        textEn: 'Convince the chamber president to start a club before a formal association',
      },
    ],
  },
  {
    key: 'diagnosis',
    order: 2,
    nameFa: 'عارضه یابی و بهینه کاوی',
    nameEn: 'Diagnosis & benchmarking',
    outputs: [
      {
        key: 'success_failure_factors',
        nameFa: 'پارامترهای تأثیرگذار در موفقیت و عدم موفقیت',
        nameEn: 'Ratings of success and failure factors',
      },
      {
        key: 'benchmarks',
        nameFa: 'تجربیات سیاستی سایر کشورها',
        nameEn: "Benchmark against other countries' policy experience",
      },
    ],
    externalGateItems: [],
    precautions: [
      {
        code: 'independent_view',
        textFa: 'اتاق حمایت کننده است نه تصمیم گیر؛ نتیجه عارضه یابی از آن فعالان رسته است',
        textEn: 'The chamber supports, it does not decide: the diagnosis belongs to the trade',
      },
    ],
  },
  {
    key: 'potential_assessment',
    order: 3,
    nameFa: 'پتانسیل سنجی',
    nameEn: 'Potential assessment',
    outputs: [
      {
        key: 'potential_factors',
        nameFa: 'نمایه عوامل بالقوه موثر بر ایجاد و توسعه تشکل',
        nameEn: 'Profile of the potential factors (weighted score)',
      },
    ],
    externalGateItems: [],
    precautions: [
      {
        code: 'threshold',
        textFa: 'بدون رسیدن امتیاز پتانسیل به حد نصاب، تشکیل پیگیری نشود',
        textEn: 'Do not pursue formation below the potential threshold',
      },
    ],
  },
  {
    key: 'formation',
    order: 4,
    nameFa: 'شکل گیری و ساماندهی',
    nameEn: 'Formation & organizing',
    outputs: [
      { key: 'formation_method', nameFa: 'روش شکل گیری', nameEn: 'Formation method' },
      { key: 'founding_members', nameFa: 'اعضای موسس', nameEn: 'Founding members' },
      {
        key: 'approval_in_principle',
        nameFa: 'موافقت اصولی و مکان عمومی جلسه',
        nameEn: 'Approval in principle and public meeting place',
      },
      { key: 'charter', nameFa: 'اساسنامه', nameEn: 'Charter adopted' },
      { key: 'founding_assembly', nameFa: 'مجمع عمومی موسس', nameEn: 'Founding general assembly' },
      { key: 'board_election', nameFa: 'هیئت مدیره منتخب اعضا', nameEn: 'Board elected by the members' },
      { key: 'registration', nameFa: 'ثبت تشکل', nameEn: 'Registration' },
      {
        key: 'organisational_structure',
        nameFa: 'ساختار سازمانی تدوین و پیاده شده',
        nameEn: 'Organisational structure designed and in place',
      },
    ],
    externalGateItems: [],
    precautions: [
      {
        code: 'democratic',
        textFa: 'هیئت مدیره باید منتخب اعضا باشد، نه منصوب اتاق',
        textEn: 'The board is elected by the members, never appointed by the chamber',
      },
      {
        code: 'public_place',
        textFa: 'ثبات موافقت اصولی با در نظر گرفتن مکان عمومی',
        textEn: 'Approval in principle holds only with a public meeting place',
      },
    ],
  },
  {
    key: 'support_monitoring',
    order: 5,
    nameFa: 'حمایت، هدایت و پایش',
    nameEn: 'Support, guidance & monitoring',
    outputs: [
      {
        key: 'evaluation_axes',
        nameFa: 'سامانه ارزیابی با سه محور: اتاق، تشکل و اعضا',
        nameEn: 'Evaluation on the three axes agreed',
      },
    ],
    externalGateItems: [
      {
        key: 'indicators_agreed',
        nameFa: 'شاخص های سنجش عملکرد با مبنا و هدف',
        nameEn: 'Indicators agreed with baselines and targets',
      },
    ],
    precautions: [
      {
        code: 'financial_independence',
        textFa: 'وابستگی مالی تشکل به اتاق از حد مجاز بیشتر نشود',
        textEn: "Dependence on the chamber's money stays under its threshold",
      },
      {
        code: 'board_reports',
        textFa: 'گزارش ها را فقط هیئت مدیره تشکل ثبت و اصلاح می کند',
        textEn: 'Only the board submits or changes its own reports',
      },
    ],
  },
  {
    key: 'development',
    order: 6,
    nameFa: 'نقشه راه توسعه',
    nameEn: 'Development roadmap',
    outputs: [{ key: 'roadmap', nameFa: 'نقشه راه توسعه و نقاط عطف', nameEn: 'Roadmap milestones' }],
    externalGateItems: [],
    precautions: [
      {
        code: 'self_financing',
        textFa: 'تامین مالی پایدار از حق عضویت و روش های جدید، نه از اتاق',
        textEn: 'Sustainable financing from fees and new methods, not from the chamber',
      },
    ],
  },
];

export function phaseOf(key: PhaseKey): PhaseDefinition {
  const phase = PHASES.find((p) => p.key === key);
  if (!phase) throw new Error(`No phase ${key}`);
  return phase;
}

export function isPhaseKey(value: string): value is PhaseKey {
  return (PHASE_KEYS as readonly string[]).includes(value);
}

export function phaseIndex(key: PhaseKey): number {
  return PHASE_KEYS.indexOf(key);
}

/** The phase after this one, or null for the last (development). */
export function nextPhase(key: PhaseKey): PhaseKey | null {
  return PHASE_KEYS[phaseIndex(key) + 1] ?? null;
}

/** Factors of success and failure rated in diagnosis (عارضه یابی). */
export const SUCCESS_FAILURE_FACTORS: readonly (Labelled & { kind: 'success' | 'failure' })[] = [
  {
    key: 'member_participation',
    kind: 'success',
    nameFa: 'مشارکت فعال اعضا',
    nameEn: "Members' active participation",
  },
  { key: 'leadership', kind: 'success', nameFa: 'رهبری و مدیریت کارآمد', nameEn: 'Capable leadership' },
  { key: 'services', kind: 'success', nameFa: 'ارائه خدمات به اعضا', nameEn: 'Services to members' },
  {
    key: 'financial_independence',
    kind: 'success',
    nameFa: 'استقلال مالی',
    nameEn: 'Financial independence',
  },
  {
    key: 'conflicts_of_interest',
    kind: 'failure',
    nameFa: 'تعارض منافع و رانت جویی',
    nameEn: 'Conflicts of interest and rent-seeking',
  },
  {
    key: 'low_trust',
    kind: 'failure',
    nameFa: 'بی اعتمادی فعالان رسته',
    nameEn: 'Low trust among the trade',
  },
  {
    key: 'dependence_on_state',
    kind: 'failure',
    nameFa: 'وابستگی به دولت یا اتاق',
    nameEn: 'Dependence on the state or the chamber',
  },
];

/** Potential factors (عوامل بالقوه) with their weights; the weighted score is 0–100. */
export const POTENTIAL_FACTORS: readonly (Labelled & { weight: number })[] = [
  { key: 'firm_count', weight: 20, nameFa: 'تعداد بنگاه های رسته', nameEn: 'Number of firms in the trade' },
  {
    key: 'economic_weight',
    weight: 20,
    nameFa: 'وزن اقتصادی رسته در استان',
    nameEn: 'Economic weight in the province',
  },
  { key: 'export_share', weight: 15, nameFa: 'سهم صادرات', nameEn: 'Export share' },
  {
    key: 'informal_networks',
    weight: 15,
    nameFa: 'شبکه های غیررسمی موجود',
    nameEn: 'Existing informal networks',
  },
  { key: 'leadership', weight: 15, nameFa: 'وجود رهبری', nameEn: 'Leadership' },
  { key: 'cohesion', weight: 15, nameFa: 'انسجام فعالان رسته', nameEn: 'Cohesion of the trade' },
];

export const FORMATION_METHODS: readonly Labelled[] = [
  { key: 'members_initiative', nameFa: 'ابتکار اعضا', nameEn: "Members' initiative" },
  { key: 'chamber_initiated', nameFa: 'پیشنهاد اتاق', nameEn: 'Chamber-initiated' },
  { key: 'sub_branch', nameFa: 'زیرشاخه تشکل موجود', nameEn: 'Sub-branch of an existing association' },
  { key: 'merger', nameFa: 'ادغام', nameEn: 'Merger' },
];

/** The three axes of evaluation (محورهای ارزیابی). */
export const EVALUATION_AXES: readonly Labelled[] = [
  { key: 'chamber', nameFa: 'اتاق', nameEn: 'Chamber' },
  { key: 'association', nameFa: 'تشکل', nameEn: 'Association' },
  { key: 'members', nameFa: 'اعضای تشکل', nameEn: 'Members' },
];

/** Milestones of the development roadmap (نقشه راه توسعه). */
export const MILESTONE_KINDS: readonly Labelled[] = [
  { key: 'services_launched', nameFa: 'خدمات راه اندازی شده', nameEn: 'Services launched' },
  {
    key: 'sustainable_financing',
    nameFa: 'راه های تامین مالی پایدار (حق عضویت و روش های جدید)',
    nameEn: 'Sustainable financing (fees and new methods)',
  },
  {
    key: 'member_database',
    nameFa: 'دیتابیس اعضا با درصد پوشش مشخص',
    nameEn: 'Member database with a coverage target',
  },
  { key: 'policy_making', nameFa: 'ورود به عرصه سیاست گذاری', nameEn: 'Entry into policy-making' },
  {
    key: 'knowledge_organisation',
    nameFa: 'استراتژی تبدیل به سازمان دانشی',
    nameEn: 'Knowledge-organisation strategy',
  },
  { key: 'rnd_unit', nameFa: 'واحد تحقیق و پژوهش', nameEn: 'R&D unit' },
  { key: 'sub_branches', nameFa: 'زیرشاخه های جدید', nameEn: 'New sub-branches' },
];

/** What the chamber can change without a release; the set of phases is code. */
export interface LifecycleRulesSettings {
  potentialThreshold: number;
  minFoundingMembers: number;
  transitionsNeedApproval: boolean;
}

export const DEFAULT_SETTINGS: LifecycleRulesSettings = {
  potentialThreshold: 60,
  minFoundingMembers: 7,
  transitionsNeedApproval: false,
};
