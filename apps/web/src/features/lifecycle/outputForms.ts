// The form of each phase output, field by field as the API's DTOs define them (phase-outputs.dto.ts),
// with Persian labels. Written here (the web app imports nothing from libs/) and held against the
// committed OpenAPI document by outputForms.contract.test.ts; options whose codes the API labels
// (`labelGroup`) take their Persian names from GET /catalogs/labels.
// A pure description, so one renderer (OutputForm) draws every output and the body is built and
// tested here (outputForms.test.ts).
import { toLatinDigits } from '../../lib/format';
import type { LabelGroup } from '../../lib/labels';

/** A choice; without a `label`, the field's `labelGroup` names it (the API's catalog label). */
type Option = { value: string; label?: string };

export type LeafField = {
  name: string;
  label: string;
  required?: boolean;
  hint?: string;
} & (
  | { kind: 'text' | 'textarea' | 'date' | 'bool' }
  | { kind: 'int' | 'number'; min?: number; max?: number }
  | { kind: 'select'; options: Option[]; labelGroup?: LabelGroup }
);

export interface ListField {
  name: string;
  label: string;
  kind: 'list';
  /** The heading of one row («عضو ۲»). */
  itemLabel: string;
  item: LeafField[];
  /** Rows to start with when nothing is recorded yet (e.g. one per factor of the catalog). */
  prefill?: Record<string, unknown>[];
  /** Rows are fixed (one per catalog entry): no adding or removing. */
  fixed?: boolean;
}

export type FieldSpec = LeafField | ListField;
export type FormValues = Record<string, unknown>;

const SUCCESS_FAILURE_FACTORS: Option[] = [
  { value: 'member_participation', label: 'مشارکت فعال اعضا' },
  { value: 'leadership', label: 'رهبری و مدیریت کارآمد' },
  { value: 'services', label: 'ارائه خدمات به اعضا' },
  { value: 'financial_independence', label: 'استقلال مالی' },
  { value: 'conflicts_of_interest', label: 'تعارض منافع و رانت جویی' },
  { value: 'low_trust', label: 'بی اعتمادی فعالان رسته' },
  { value: 'dependence_on_state', label: 'وابستگی به دولت یا اتاق' },
];
const POTENTIAL_FACTORS: Option[] = [
  { value: 'firm_count', label: 'تعداد بنگاه های رسته (وزن ۲۰)' },
  { value: 'economic_weight', label: 'وزن اقتصادی رسته در استان (وزن ۲۰)' },
  { value: 'export_share', label: 'سهم صادرات (وزن ۱۵)' },
  { value: 'informal_networks', label: 'شبکه های غیررسمی موجود (وزن ۱۵)' },
  { value: 'leadership', label: 'وجود رهبری (وزن ۱۵)' },
  { value: 'cohesion', label: 'انسجام فعالان رسته (وزن ۱۵)' },
];
const FORMATION_METHODS: Option[] = [
  { value: 'members_initiative', label: 'ابتکار اعضا' },
  { value: 'chamber_initiated', label: 'پیشنهاد اتاق' },
  { value: 'sub_branch', label: 'زیرشاخه تشکل موجود' },
  { value: 'merger', label: 'ادغام' },
];
const AXES: Option[] = [{ value: 'chamber' }, { value: 'association' }, { value: 'members' }];
const MILESTONES: Option[] = [
  { value: 'services_launched', label: 'خدمات راه اندازی شده' },
  { value: 'sustainable_financing', label: 'راه های تامین مالی پایدار' },
  { value: 'member_database', label: 'دیتابیس اعضا با درصد پوشش مشخص' },
  { value: 'policy_making', label: 'ورود به عرصه سیاست گذاری' },
  { value: 'knowledge_organisation', label: 'استراتژی تبدیل به سازمان دانشی' },
  { value: 'rnd_unit', label: 'واحد تحقیق و پژوهش' },
  { value: 'sub_branches', label: 'زیرشاخه های جدید' },
];
const BOARD_ROLES: Option[] = [
  { value: '', label: 'از روی سمت' },
  { value: 'chair' },
  { value: 'deputy' },
  { value: 'secretary' },
  { value: 'treasurer' },
  { value: 'member' },
];
const RATING = { kind: 'int', min: 1, max: 5, hint: 'از ۱ تا ۵' } as const;

export const OUTPUT_FORMS: Record<string, FieldSpec[]> = {
  classification: [
    { name: 'legalForm', label: 'شکل حقوقی', kind: 'text', required: true, hint: 'انجمن، اتحادیه، سندیکا…' },
    { name: 'category', label: 'رسته', kind: 'text', required: true },
    { name: 'isic', label: 'کد آیسیک', kind: 'text' },
    {
      name: 'scope',
      label: 'دامنه فعالیت',
      kind: 'select',
      required: true,
      labelGroup: 'scope',
      options: [{ value: 'provincial' }, { value: 'national' }],
    },
    {
      name: 'membershipType',
      label: 'نوع عضویت',
      kind: 'select',
      required: true,
      labelGroup: 'membershipType',
      options: [{ value: 'firms' }, { value: 'persons' }, { value: 'mixed' }],
    },
    { name: 'priority', label: 'از رسته های مدنظر اتاق است', kind: 'bool' },
  ],
  laws_and_policies: [
    {
      name: 'references',
      label: 'قوانین و سیاست ها',
      kind: 'list',
      itemLabel: 'مرجع',
      item: [
        { name: 'title', label: 'عنوان', kind: 'text', required: true },
        { name: 'reference', label: 'ماده یا بند', kind: 'text' },
        { name: 'notes', label: 'یادداشت', kind: 'textarea', required: true },
      ],
      prefill: [{}],
    },
  ],
  prior_actions: [
    { name: 'analysis', label: 'تحلیل اقدامات صورت گرفته', kind: 'textarea', required: true },
    {
      name: 'actions',
      label: 'اقدامات',
      kind: 'list',
      itemLabel: 'اقدام',
      item: [
        { name: 'year', label: 'سال', kind: 'int', min: 1300, max: 1500 },
        { name: 'description', label: 'شرح', kind: 'text', required: true },
      ],
    },
  ],
  success_failure_factors: [
    {
      name: 'ratings',
      label: 'عوامل موفقیت و شکست',
      kind: 'list',
      itemLabel: 'عامل',
      fixed: true,
      item: [
        { name: 'factor', label: 'عامل', kind: 'select', options: SUCCESS_FAILURE_FACTORS, required: true },
        { name: 'rating', label: 'امتیاز', ...RATING, required: true },
        { name: 'evidence', label: 'شواهد', kind: 'text', required: true },
      ],
      prefill: SUCCESS_FAILURE_FACTORS.map((f) => ({ factor: f.value })),
    },
  ],
  benchmarks: [
    {
      name: 'notes',
      label: 'تجربه های دیگران',
      kind: 'list',
      itemLabel: 'تجربه',
      item: [
        { name: 'country', label: 'کشور', kind: 'text', required: true },
        { name: 'practice', label: 'رویه', kind: 'text', required: true },
        { name: 'lesson', label: 'درس آموخته', kind: 'text', required: true },
      ],
      prefill: [{}],
    },
  ],
  potential_factors: [
    {
      name: 'ratings',
      label: 'عوامل بالقوه',
      kind: 'list',
      itemLabel: 'عامل',
      fixed: true,
      item: [
        { name: 'factor', label: 'عامل', kind: 'select', options: POTENTIAL_FACTORS, required: true },
        { name: 'rating', label: 'امتیاز', ...RATING, required: true },
        { name: 'note', label: 'یادداشت', kind: 'text' },
      ],
      prefill: POTENTIAL_FACTORS.map((f) => ({ factor: f.value })),
    },
  ],
  formation_method: [
    { name: 'method', label: 'شیوه شکل گیری', kind: 'select', options: FORMATION_METHODS, required: true },
    {
      name: 'parentAssociationId',
      label: 'شناسه تشکل مادر',
      kind: 'text',
      hint: 'تنها برای زیرشاخه',
    },
    { name: 'notes', label: 'یادداشت', kind: 'textarea' },
  ],
  founding_members: [
    {
      name: 'members',
      label: 'اعضای موسس',
      kind: 'list',
      itemLabel: 'عضو',
      item: [
        { name: 'name', label: 'نام', kind: 'text', required: true },
        { name: 'firmName', label: 'بنگاه', kind: 'text' },
      ],
      prefill: [{}],
    },
  ],
  approval_in_principle: [
    { name: 'approvedAt', label: 'تاریخ موافقت اصولی', kind: 'date', required: true },
    { name: 'meetingPlace', label: 'محل جلسه عمومی', kind: 'text', required: true },
    { name: 'referenceNo', label: 'شماره نامه', kind: 'text' },
  ],
  charter: [
    { name: 'adopted', label: 'اساسنامه را موسسان تصویب کرده اند', kind: 'bool' },
    { name: 'adoptedAt', label: 'تاریخ تصویب', kind: 'date' },
    { name: 'documentRef', label: 'نشانی سند', kind: 'text' },
  ],
  founding_assembly: [
    { name: 'heldAt', label: 'تاریخ برگزاری', kind: 'date', required: true },
    { name: 'attendees', label: 'شمار حاضران', kind: 'int', min: 0, required: true },
    { name: 'quorumMet', label: 'حد نصاب رسمیت مجمع بود', kind: 'bool' },
    { name: 'minutesRef', label: 'نشانی صورت جلسه', kind: 'text' },
  ],
  board_election: [
    { name: 'electedAt', label: 'تاریخ انتخاب', kind: 'date', required: true },
    { name: 'termEnd', label: 'پایان دوره', kind: 'date', hint: 'خالی: دو سال پس از انتخاب' },
    { name: 'electedByMembers', label: 'اعضا انتخاب کرده اند (نه انتصاب اتاق)', kind: 'bool' },
    {
      name: 'members',
      label: 'اعضای هیئت مدیره',
      kind: 'list',
      itemLabel: 'عضو',
      item: [
        { name: 'name', label: 'نام', kind: 'text', required: true },
        { name: 'position', label: 'سمت', kind: 'text', required: true },
        { name: 'role', label: 'کرسی', kind: 'select', options: BOARD_ROLES, labelGroup: 'boardRole' },
        { name: 'firmName', label: 'بنگاه', kind: 'text' },
      ],
      prefill: [{}],
    },
  ],
  registration: [
    { name: 'registrationNo', label: 'شماره ثبت', kind: 'text', required: true },
    { name: 'authority', label: 'مرجع ثبت', kind: 'text', required: true },
    { name: 'registeredAt', label: 'تاریخ ثبت', kind: 'date', required: true },
  ],
  organisational_structure: [
    {
      name: 'units',
      label: 'واحدها',
      kind: 'list',
      itemLabel: 'واحد',
      item: [
        { name: 'name', label: 'نام واحد', kind: 'text', required: true },
        { name: 'head', label: 'مسئول', kind: 'text' },
      ],
      prefill: [{}],
    },
    { name: 'inPlace', label: 'ساختار مستقر شده است', kind: 'bool' },
  ],
  evaluation_axes: [
    {
      name: 'axes',
      label: 'محورهای ارزیابی',
      kind: 'list',
      itemLabel: 'محور',
      fixed: true,
      item: [
        { name: 'axis', label: 'محور', kind: 'select', options: AXES, labelGroup: 'axis', required: true },
        { name: 'agreed', label: 'توافق شده', kind: 'bool' },
        { name: 'note', label: 'یادداشت', kind: 'text' },
      ],
      prefill: AXES.map((a) => ({ axis: a.value })),
    },
  ],
  roadmap: [
    {
      name: 'milestones',
      label: 'نقاط عطف',
      kind: 'list',
      itemLabel: 'نقطه عطف',
      item: [
        { name: 'kind', label: 'نوع', kind: 'select', options: MILESTONES, required: true },
        { name: 'plannedAt', label: 'تاریخ برنامه', kind: 'date', required: true },
        { name: 'doneAt', label: 'تاریخ انجام', kind: 'date' },
        { name: 'evidence', label: 'شواهد', kind: 'text' },
        { name: 'coveragePercent', label: 'درصد پوشش', kind: 'number', min: 0, max: 100 },
        { name: 'coverageTargetPercent', label: 'هدف پوشش (درصد)', kind: 'number', min: 0, max: 100 },
      ],
      prefill: MILESTONES.map((m) => ({ kind: m.value })),
    },
  ],
};

function leafInitial(field: LeafField, value: unknown): unknown {
  if (field.kind === 'bool') return value === true;
  if (value === undefined || value === null) return field.kind === 'date' ? null : '';
  if (field.kind === 'int' || field.kind === 'number') return String(value);
  return value;
}

/** What the form shows: the recorded output, or empty fields (and the catalog's rows) when none. */
export function initialValues(
  spec: FieldSpec[],
  data: Record<string, unknown> | null | undefined,
): FormValues {
  const values: FormValues = {};
  for (const field of spec) {
    if (field.kind === 'list') {
      const rows = Array.isArray(data?.[field.name])
        ? (data?.[field.name] as Record<string, unknown>[])
        : (field.prefill ?? []);
      values[field.name] = rows.map((row) =>
        Object.fromEntries(field.item.map((f) => [f.name, leafInitial(f, row[f.name])])),
      );
    } else values[field.name] = leafInitial(field, data?.[field.name]);
  }
  return values;
}

function leafBody(field: LeafField, value: unknown): unknown {
  if (field.kind === 'bool') return value === true;
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') {
    const text = value.trim();
    if (text === '') return undefined;
    if (field.kind === 'int' || field.kind === 'number') {
      const n = Number(toLatinDigits(text));
      // A number that does not parse goes as typed: the API refuses it naming the field.
      return Number.isNaN(n) ? text : n;
    }
    return text;
  }
  return value;
}

/**
 * The request body of an output: numbers typed in Persian digits as numbers, empty optional
 * fields left out, and the version read (needed to revise a recorded output).
 */
export function toBody(spec: FieldSpec[], values: FormValues, version?: number): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of spec) {
    if (field.kind === 'list') {
      const rows = (values[field.name] as Record<string, unknown>[] | undefined) ?? [];
      body[field.name] = rows.map((row) => {
        const out: Record<string, unknown> = {};
        for (const f of field.item) {
          const v = leafBody(f, row[f.name]);
          if (v !== undefined) out[f.name] = v;
        }
        return out;
      });
    } else {
      const v = leafBody(field, values[field.name]);
      if (v !== undefined) body[field.name] = v;
    }
  }
  if (version !== undefined) body.version = version;
  return body;
}

/** Every field path the form shows (`approvedAt`, `members.0.name`), to tell which errors it can place. */
export function fieldPaths(spec: FieldSpec[], values: FormValues): string[] {
  return spec.flatMap((field) =>
    field.kind === 'list'
      ? [
          field.name,
          ...((values[field.name] as unknown[] | undefined) ?? []).flatMap((_, i) =>
            field.item.map((f) => `${field.name}.${i}.${f.name}`),
          ),
        ]
      : [field.name],
  );
}
