// The administration's forms, field by field as the API's DTOs define them, with Persian labels.
// Drawn by the one FieldForm (components/FieldForm.tsx); FORM_DTOS names the DTO each describes, and
// forms.contract.test.ts holds every description against the committed openapi.json.
import type { Draft, FieldOption, FormField } from '../../lib/fields';
import { messages } from './messages';

export const LIFECYCLE_FIELDS: FormField[] = [
  {
    name: 'transitionsNeedApproval',
    label: messages.transitionsNeedApproval,
    help: messages.transitionsNeedApprovalHelp,
    kind: 'switch',
  },
  {
    name: 'potentialThreshold',
    label: messages.potentialThreshold,
    help: messages.potentialThresholdHelp,
    kind: 'number',
    required: true,
  },
  {
    name: 'minFoundingMembers',
    label: messages.minFoundingMembers,
    help: messages.minFoundingMembersHelp,
    kind: 'number',
    required: true,
  },
];

export const SUPPORT_FIELDS: FormField[] = [
  {
    name: 'independenceThresholdRials',
    label: messages.independenceThresholdRials,
    help: messages.independenceThresholdRialsHelp,
    kind: 'rials',
    required: true,
  },
  {
    name: 'independenceMaxSharePercent',
    label: messages.independenceMaxSharePercent,
    help: messages.independenceMaxSharePercentHelp,
    kind: 'number',
    required: true,
  },
];

export const KPI_FIELDS: FormField[] = [
  { name: 'gradeA', label: messages.gradeA, help: messages.gradeHelp, kind: 'number', required: true },
  { name: 'gradeB', label: messages.gradeB, help: messages.gradeHelp, kind: 'number', required: true },
  { name: 'gradeC', label: messages.gradeC, help: messages.gradeHelp, kind: 'number', required: true },
  {
    name: 'ratingGradeA',
    label: messages.ratingGradeA,
    help: messages.ratingHelp,
    kind: 'number',
    required: true,
  },
  {
    name: 'ratingGradeB',
    label: messages.ratingGradeB,
    help: messages.ratingHelp,
    kind: 'number',
    required: true,
  },
  {
    name: 'ratingGradeC',
    label: messages.ratingGradeC,
    help: messages.ratingHelp,
    kind: 'number',
    required: true,
  },
  {
    name: 'stallDays',
    label: messages.stallDays,
    help: messages.stallDaysHelp,
    kind: 'number',
    required: true,
  },
  {
    name: 'reportGraceDays',
    label: messages.reportGraceDays,
    help: messages.reportGraceDaysHelp,
    kind: 'number',
    required: true,
  },
];

type Unit = 'rials' | 'hours';
const unitLabel = (unit: Unit) => (unit === 'hours' ? messages.unitHours : messages.unitRials);

/** A new approval limit: the approver and kind chosen from the lists; the amounts in the kind's unit. */
export function limitFields(
  approvers: FieldOption[],
  kinds: FieldOption[],
  unitOf: (kindCode: string) => Unit,
) {
  return (draft: Draft): FormField[] => {
    const unit = unitOf(String(draft.kindCode ?? ''));
    return [
      { name: 'userId', label: messages.approver, kind: 'select', required: true, options: approvers },
      { name: 'kindCode', label: messages.kind, kind: 'select', required: true, options: kinds },
      {
        name: 'perGrant',
        label: `${messages.perGrant} (${unitLabel(unit)})`,
        kind: 'rials',
        unit,
        required: true,
      },
      {
        name: 'yearly',
        label: `${messages.yearly} (${unitLabel(unit)})`,
        kind: 'rials',
        unit,
        required: true,
      },
      { name: 'validUntil', label: messages.validUntil, kind: 'date', required: true },
    ];
  };
}

/** A kind's budget for one fiscal year (the year is chosen above the form): Rials, or hours of training. */
export function budgetFields(kinds: FieldOption[], carriesHours: (kindCode: string) => boolean) {
  const hours = (d: Draft) => carriesHours(String(d.kindCode ?? ''));
  return [
    { name: 'kindCode', label: messages.kind, kind: 'select', required: true, options: kinds },
    {
      name: 'amountRials',
      label: messages.budgetAmount,
      kind: 'rials',
      required: true,
      when: (d) => !hours(d),
    },
    { name: 'hours', label: messages.budgetHours, kind: 'number', required: true, when: hours },
  ] satisfies FormField[];
}

const CODE: FormField = {
  name: 'code',
  label: messages.code,
  kind: 'text',
  required: true,
  latin: true,
  help: messages.codeHelp,
};
const NAMES: FormField[] = [
  { name: 'nameFa', label: messages.nameFa, kind: 'text', required: true },
  { name: 'nameEn', label: messages.nameEn, kind: 'text', required: true, latin: true },
];
const SORT_ORDER: FormField = {
  name: 'sortOrder',
  label: messages.sortOrder,
  kind: 'number',
  help: messages.sortOrderHelp,
};

export const CATEGORY_FIELDS: FormField[] = [
  ...NAMES,
  { name: 'isic', label: messages.isic, kind: 'text', required: true, latin: true, help: messages.isicHelp },
  { name: 'priority', label: messages.priority, kind: 'switch', help: messages.priorityHelp },
];

export const LEGAL_FORM_FIELDS: FormField[] = [...NAMES, SORT_ORDER];

export const CRITERION_FIELDS: FormField[] = [
  ...NAMES,
  { name: 'description', label: messages.description, kind: 'text', multiline: true, nullable: true },
  SORT_ORDER,
];

const option = (...values: string[]): FieldOption[] => values.map((value) => ({ value }));

export const INDICATOR_FIELDS: FormField[] = [
  ...NAMES,
  {
    name: 'axis',
    label: messages.axis,
    kind: 'select',
    required: true,
    labelGroup: 'axis',
    options: option('chamber', 'association', 'members'),
  },
  {
    name: 'criterion',
    label: messages.criterion,
    kind: 'select',
    required: true,
    labelGroup: 'criterion',
    options: option('governance', 'membership', 'services', 'policy_influence', 'regulation'),
  },
  {
    name: 'unit',
    label: messages.unit,
    kind: 'select',
    required: true,
    labelGroup: 'indicatorUnit',
    options: option('count', 'percent', 'rials', 'hours', 'score'),
  },
  {
    name: 'direction',
    label: messages.direction,
    kind: 'select',
    required: true,
    labelGroup: 'betterWhen',
    options: option('higher', 'lower'),
  },
  {
    name: 'frequency',
    label: messages.frequency,
    kind: 'select',
    required: true,
    labelGroup: 'frequency',
    options: option('monthly', 'quarterly', 'yearly'),
  },
  {
    name: 'kind',
    label: messages.indicatorKind,
    kind: 'select',
    required: true,
    labelGroup: 'indicatorKind',
    options: option('reported', 'derived', 'recorded'),
  },
  {
    name: 'formula',
    label: messages.formula,
    kind: 'text',
    latin: true,
    nullable: true,
    help: messages.formulaHelp,
    when: (d) => d.kind === 'derived',
  },
  {
    name: 'defaultWeight',
    label: messages.defaultWeight,
    kind: 'number',
    decimal: true,
    required: true,
    help: messages.defaultWeightHelp,
  },
  {
    name: 'capPercent',
    label: messages.capPercent,
    kind: 'number',
    decimal: true,
    nullable: true,
    help: messages.capPercentHelp,
  },
  { name: 'publicPolicy', label: messages.publicPolicy, kind: 'switch' },
  {
    name: 'publicTarget',
    label: messages.publicTarget,
    kind: 'number',
    decimal: true,
    nullable: true,
    help: messages.publicTargetHelp,
    when: (d) => d.publicPolicy === true,
  },
];

export const SUPPORT_KIND_FIELDS: FormField[] = [
  ...NAMES,
  {
    name: 'carries',
    label: messages.carries,
    kind: 'select',
    required: true,
    labelGroup: 'carries',
    options: option('rials', 'hours', 'in_kind'),
  },
  {
    name: 'phases',
    label: messages.phases,
    kind: 'multiselect',
    required: true,
    labelGroup: 'phase',
    options: option(
      'concept_review',
      'diagnosis',
      'potential_assessment',
      'formation',
      'support_monitoring',
      'development',
    ),
  },
];

export const SUPPORT_KIND_EDIT_FIELDS: FormField[] = [...SUPPORT_KIND_FIELDS, SORT_ORDER];

/** A new entry is asked its code too; the update DTOs take the rest, with `version`. */
export const withCode = (fields: FormField[]): FormField[] => [CODE, ...fields];

export const ROLES = ['admin', 'staff', 'approver', 'president', 'board'] as const;
const ROLE: FormField = {
  name: 'role',
  label: messages.role,
  kind: 'select',
  required: true,
  labelGroup: 'role',
  options: option(...ROLES),
};
const FULL_NAME: FormField = { name: 'fullName', label: messages.fullName, kind: 'text', required: true };

/** A user's name and role (the board's association is picked beside them: see UsersPage). */
export const USER_FIELDS: FormField[] = [FULL_NAME, ROLE];

/** A new user; the password's help says what the text typed so far still lacks. */
export function newUserFields(passwordHelp: (typed: string) => string) {
  return (draft: Draft): FormField[] => [
    FULL_NAME,
    { name: 'email', label: messages.email, kind: 'text', required: true, latin: true, autoComplete: 'off' },
    ROLE,
    {
      name: 'password',
      label: messages.password,
      kind: 'text',
      required: true,
      latin: true,
      autoComplete: 'new-password',
      exact: true,
      help: passwordHelp(String(draft.password ?? '')),
    },
  ];
}

/**
 * Which DTO of openapi.json each form fills, and the fields the screen supplies itself (the year chosen
 * above the budget form, the `version` of an edit, the `active` of «غیرفعال کردن»).
 */
export const FORM_DTOS: { dto: string; fields: FormField[]; supplied?: string[] }[] = [
  { dto: 'UpdateLifecycleSettingsDto', fields: LIFECYCLE_FIELDS, supplied: ['version'] },
  { dto: 'UpdateSupportSettingsDto', fields: SUPPORT_FIELDS, supplied: ['version'] },
  { dto: 'UpdateKpiSettingsDto', fields: KPI_FIELDS, supplied: ['version'] },
  { dto: 'CreateUserDto', fields: newUserFields(() => '')({}) },
  { dto: 'UpdateUserDto', fields: USER_FIELDS, supplied: ['version'] },
  { dto: 'CreateApprovalLimitDto', fields: limitFields([], [], () => 'rials')({}) },
  { dto: 'CreateBudgetDto', fields: budgetFields([], () => false), supplied: ['fiscalYear'] },
  { dto: 'CreateCategoryDto', fields: CATEGORY_FIELDS },
  { dto: 'UpdateCategoryDto', fields: CATEGORY_FIELDS, supplied: ['version'] },
  { dto: 'CreateCodedEntryDto', fields: withCode(LEGAL_FORM_FIELDS) },
  { dto: 'UpdateCodedEntryDto', fields: LEGAL_FORM_FIELDS, supplied: ['version'] },
  { dto: 'CreateCriterionDto', fields: withCode(CRITERION_FIELDS) },
  { dto: 'UpdateCriterionDto', fields: CRITERION_FIELDS, supplied: ['version'] },
  { dto: 'CreateIndicatorDto', fields: withCode(INDICATOR_FIELDS) },
  { dto: 'UpdateIndicatorDto', fields: INDICATOR_FIELDS, supplied: ['version'] },
  { dto: 'CreateSupportKindDto', fields: withCode(SUPPORT_KIND_FIELDS) },
  { dto: 'UpdateSupportKindDto', fields: SUPPORT_KIND_EDIT_FIELDS, supplied: ['version'] },
];
