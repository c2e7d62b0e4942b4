import { Axis, Criterion, Direction, Frequency, IndicatorKind, Unit } from './indicator.entity';

export interface IndicatorDefinition {
  code: string;
  nameFa: string;
  nameEn: string;
  axis: Axis;
  criterion: Criterion;
  unit: Unit;
  direction: Direction;
  kind: IndicatorKind;
  formula: string | null;
  frequency: Frequency;
  defaultWeight: string;
  publicPolicy: boolean;
  publicTarget: string | null;
  capPercent: string | null;
}

const d = (
  x: Partial<IndicatorDefinition> &
    Pick<IndicatorDefinition, 'code' | 'nameFa' | 'nameEn' | 'axis' | 'criterion' | 'unit'>,
): IndicatorDefinition => ({
  direction: 'higher',
  kind: 'reported',
  formula: null,
  frequency: 'quarterly',
  defaultWeight: '1.000',
  publicPolicy: false,
  publicTarget: null,
  capPercent: null,
  ...x,
});

/**
 * The chamber's starting catalog (seeded; admins edit it through the API). Mapped onto the
 * three axes of the model and the five criteria of the national chamber's rating.
 */
export const INDICATOR_CATALOG: readonly IndicatorDefinition[] = [
  // Membership
  d({
    code: 'members_count',
    nameFa: 'تعداد اعضا',
    nameEn: 'Members',
    axis: 'association',
    criterion: 'membership',
    unit: 'count',
    defaultWeight: '1.000',
  }),
  d({
    code: 'new_members',
    nameFa: 'اعضای جدید در دوره',
    nameEn: 'New members in the period',
    axis: 'association',
    criterion: 'membership',
    unit: 'count',
    defaultWeight: '0.500',
  }),
  d({
    code: 'member_growth',
    nameFa: 'رشد اعضا',
    nameEn: 'Member growth',
    axis: 'association',
    criterion: 'membership',
    unit: 'percent',
    kind: 'derived',
    formula: 'new_members / members_count * 100',
    defaultWeight: '1.500',
  }),
  d({
    code: 'firms_in_trade',
    nameFa: 'تعداد بنگاه های رسته',
    nameEn: 'Firms in the trade',
    axis: 'chamber',
    criterion: 'membership',
    unit: 'count',
    defaultWeight: '0.000',
  }),
  d({
    code: 'database_records',
    nameFa: 'بنگاه های ثبت شده در بانک اطلاعات اعضا',
    nameEn: 'Firms in the member database',
    axis: 'association',
    criterion: 'membership',
    unit: 'count',
    defaultWeight: '0.000',
  }),
  d({
    code: 'database_coverage',
    nameFa: 'نسبت شمول بانک اطلاعات اعضا',
    nameEn: "Member-database coverage of the trade's firms",
    axis: 'association',
    criterion: 'membership',
    unit: 'percent',
    kind: 'derived',
    formula: 'database_records / firms_in_trade * 100',
    defaultWeight: '2.000',
  }),
  // Governance and financial independence
  d({
    code: 'fees_due',
    nameFa: 'حق عضویت قابل وصول',
    nameEn: 'Membership fees due',
    axis: 'association',
    criterion: 'governance',
    unit: 'rials',
    defaultWeight: '0.000',
  }),
  d({
    code: 'fees_collected',
    nameFa: 'حق عضویت وصول شده',
    nameEn: 'Membership fees collected',
    axis: 'association',
    criterion: 'governance',
    unit: 'rials',
    defaultWeight: '0.000',
  }),
  d({
    code: 'fee_collection_rate',
    nameFa: 'نرخ وصول حق عضویت',
    nameEn: 'Membership-fee collection rate',
    axis: 'association',
    criterion: 'governance',
    unit: 'percent',
    kind: 'derived',
    formula: 'fees_collected / fees_due * 100',
    defaultWeight: '2.000',
  }),
  d({
    code: 'revenue',
    nameFa: 'درآمد تشکل',
    nameEn: 'Revenue',
    axis: 'association',
    criterion: 'governance',
    unit: 'rials',
    defaultWeight: '1.000',
  }),
  d({
    code: 'chamber_funding',
    nameFa: 'کمک مالی اتاق',
    nameEn: "Chamber's funding",
    axis: 'chamber',
    criterion: 'governance',
    unit: 'rials',
    direction: 'lower',
    kind: 'recorded',
    defaultWeight: '0.000',
  }),
  d({
    code: 'chamber_funding_share',
    nameFa: 'سهم اتاق از درآمد (استقلال مالی)',
    nameEn: "Chamber's share of revenue (financial independence)",
    axis: 'chamber',
    criterion: 'governance',
    unit: 'percent',
    direction: 'lower',
    kind: 'derived',
    formula: 'chamber_funding / revenue * 100',
    defaultWeight: '2.000',
    publicPolicy: true,
    publicTarget: '30',
  }),
  d({
    code: 'general_assemblies_on_time',
    nameFa: 'مجامع عمومی برگزار شده در موعد',
    nameEn: 'General assemblies held on time',
    axis: 'members',
    criterion: 'governance',
    unit: 'count',
    frequency: 'yearly',
    defaultWeight: '1.500',
    publicPolicy: true,
    publicTarget: '1',
  }),
  d({
    code: 'board_elections_held',
    nameFa: 'انتخابات هیئت مدیره برگزار شده',
    nameEn: 'Board elections held',
    axis: 'members',
    criterion: 'governance',
    unit: 'count',
    frequency: 'yearly',
    defaultWeight: '1.000',
  }),
  d({
    code: 'report_on_time_rate',
    nameFa: 'نرخ ارسال به موقع گزارش ها',
    nameEn: 'Reports submitted on time',
    axis: 'chamber',
    criterion: 'governance',
    unit: 'percent',
    kind: 'recorded',
    frequency: 'yearly',
    defaultWeight: '1.000',
    publicPolicy: true,
    publicTarget: '100',
    capPercent: '100',
  }),
  // Services and empowerment
  d({
    code: 'services_launched',
    nameFa: 'خدمات جدید راه اندازی شده',
    nameEn: 'Services launched',
    axis: 'association',
    criterion: 'services',
    unit: 'count',
    defaultWeight: '1.500',
  }),
  d({
    code: 'training_hours',
    nameFa: 'نفر-ساعت آموزش ارائه شده',
    nameEn: 'Training participant-hours delivered',
    axis: 'association',
    criterion: 'services',
    unit: 'hours',
    kind: 'recorded',
    defaultWeight: '0.000',
  }),
  d({
    code: 'training_hours_per_member',
    nameFa: 'ساعت آموزش به ازای هر عضو',
    nameEn: 'Training hours per member',
    axis: 'association',
    criterion: 'services',
    unit: 'hours',
    kind: 'derived',
    formula: 'training_hours / members_count',
    defaultWeight: '3.000',
  }),
  d({
    code: 'member_satisfaction',
    nameFa: 'رضایت اعضا',
    nameEn: 'Member satisfaction (survey)',
    axis: 'members',
    criterion: 'services',
    unit: 'score',
    frequency: 'yearly',
    defaultWeight: '2.000',
    capPercent: '110',
  }),
  // Influence on policy
  d({
    code: 'policy_proposals_submitted',
    nameFa: 'پیشنهادهای سیاستی ارائه شده',
    nameEn: 'Policy proposals submitted',
    axis: 'association',
    criterion: 'policy_influence',
    unit: 'count',
    defaultWeight: '1.000',
  }),
  d({
    code: 'policy_proposals_accepted',
    nameFa: 'پیشنهادهای سیاستی پذیرفته شده',
    nameEn: 'Policy proposals accepted',
    axis: 'chamber',
    criterion: 'policy_influence',
    unit: 'count',
    defaultWeight: '2.000',
  }),
  // Regulation
  d({
    code: 'self_regulation_rules',
    nameFa: 'ضوابط و استانداردهای صنفی تدوین شده',
    nameEn: 'Self-regulation rules and standards adopted',
    axis: 'association',
    criterion: 'regulation',
    unit: 'count',
    frequency: 'yearly',
    defaultWeight: '1.000',
  }),
  d({
    code: 'member_complaints_resolved',
    nameFa: 'نرخ رسیدگی به شکایات اعضا',
    nameEn: 'Member complaints resolved',
    axis: 'members',
    criterion: 'regulation',
    unit: 'percent',
    frequency: 'yearly',
    defaultWeight: '1.000',
    capPercent: '100',
  }),
];
