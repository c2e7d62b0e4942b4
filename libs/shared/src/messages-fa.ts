/**
 * The Persian texts of every error the API answers, keyed by the error's stable `code`, plus the
 * Persian labels of the fields and entities those errors name. The one home of these texts: a
 * context that adds an error code adds its Persian text here (a unit test fails otherwise).
 */

/** What a Persian text may use: the error's details, and the field it names (path and label). */
export interface MessageParams {
  details: Record<string, unknown>;
  field?: string;
  fieldFa?: string;
}

type Text = string | ((p: MessageParams) => string);

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';

/** ASCII digits to Persian ones (`1405` → `۱۴۰۵`); other characters are kept. */
export function toPersianDigits(text: string | number | bigint): string {
  return String(text).replace(/[0-9]/g, (d) => PERSIAN_DIGITS[Number(d)]);
}

/** An integer amount (digit string, number or bigint) with Persian digits and thousands separators. */
export function persianAmount(value: unknown): string {
  const s = String(value);
  if (!/^-?\d+$/.test(s)) return toPersianDigits(s);
  const grouped = s.replace(/\B(?=(\d{3})+(?!\d))/g, '٬');
  return toPersianDigits(grouped);
}

/** «نام فارسی» for `nameFa`; a path such as `values[2].value` reads «مقادیر، ردیف ۳، مقدار». */
export function fieldLabelFa(path: string): string {
  const parts: string[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (m[2] !== undefined || /^\d+$/.test(m[1])) {
      parts.push(`ردیف ${toPersianDigits(Number(m[2] ?? m[1]) + 1)}`);
    } else {
      parts.push(FIELD_LABELS_FA[m[1]] ?? m[1]);
    }
  }
  return parts.join('، ');
}

/** The Persian label of each request field (body, query or path) the API validates. */
export const FIELD_LABELS_FA: Record<string, string> = {
  acknowledgePrecautions: 'تأیید آگاهی از احتیاط ها',
  action: 'اقدام',
  active: 'فعال',
  actions: 'اقدام ها',
  address: 'نشانی',
  adopted: 'تصویب شده',
  adoptedAt: 'تاریخ تصویب',
  agreed: 'توافق شده',
  agreement: 'توافق',
  amountRials: 'مبلغ (ریال)',
  analysis: 'تحلیل',
  approvalLimit: 'سقف اختیار تأیید',
  approvedAt: 'تاریخ موافقت اصولی',
  associationId: 'تشکل',
  associationNameFa: 'نام تشکل',
  attendees: 'شمار حاضران',
  authority: 'مرجع',
  axes: 'محورها',
  axis: 'محور',
  baseline: 'مقدار پایه',
  benchmarks: 'بهینه کاوی',
  body: 'بدنه درخواست',
  boardMemberId: 'عضو هیئت مدیره',
  budget: 'بودجه',
  capPercent: 'سقف درصد',
  carries: 'نوع سنجه',
  category: 'رسته',
  categoryId: 'رسته',
  city: 'شهر',
  code: 'کد',
  comment: 'توضیح',
  contact: 'اطلاعات تماس',
  country: 'کشور',
  coveragePercent: 'درصد پوشش',
  coverageTargetPercent: 'درصد پوشش هدف',
  criterion: 'معیار',
  cultureProfile: 'نمایه فرهنگی',
  current: 'جاری',
  defaultWeight: 'وزن پیش فرض',
  description: 'شرح',
  direction: 'جهت مطلوب',
  documentRef: 'سند',
  doneAt: 'تاریخ انجام',
  electedAt: 'تاریخ انتخاب',
  electedBy: 'انتخاب کنندگان',
  electedByMembers: 'انتخاب شده به دست اعضا',
  email: 'رایانامه',
  endReason: 'دلیل پایان دوره',
  entity: 'موجودیت',
  entityId: 'شناسه موجودیت',
  evidence: 'مستند تحویل',
  factor: 'عامل',
  file: 'فایل',
  firmName: 'نام بنگاه',
  fiscalYear: 'سال مالی',
  format: 'قالب فایل',
  formula: 'فرمول',
  foundedAt: 'تاریخ تأسیس',
  frequency: 'دوره گزارش دهی',
  fullName: 'نام و نام خانوادگی',
  gradeA: 'آستانه رتبه A',
  gradeB: 'آستانه رتبه B',
  gradeC: 'آستانه رتبه C',
  head: 'رئیس',
  heldAt: 'تاریخ برگزاری',
  hours: 'ساعت',
  id: 'شناسه',
  inPlace: 'برقرار',
  independenceMaxSharePercent: 'بیشترین سهم اتاق از درآمد (درصد)',
  independenceThresholdRials: 'آستانه حمایت های سالانه (ریال)',
  indicatorCode: 'شاخص',
  indicatorCodes: 'شاخص ها',
  isic: 'کد ISIC',
  items: 'موارد',
  justification: 'توجیه',
  key: 'خروجی',
  kind: 'نوع',
  kindCode: 'نوع حمایت',
  legalForm: 'شکل حقوقی',
  lesson: 'درس آموخته',
  line: 'سطر',
  marked: 'خوانده شده',
  meetingPlace: 'محل برگزاری جلسه',
  memberCount: 'شمار اعضا',
  memberId: 'عضو',
  memberIds: 'اعضا',
  members: 'اعضا',
  membershipType: 'نوع عضویت',
  method: 'روش',
  milestones: 'نقاط عطف',
  minFoundingMembers: 'کمترین شمار اعضای مؤسس',
  minutesRef: 'صورتجلسه',
  name: 'نام',
  nameEn: 'نام لاتین',
  nameFa: 'نام فارسی',
  narrative: 'روایت',
  note: 'یادداشت',
  notes: 'یادداشت ها',
  overrideReason: 'دلیل استثنا',
  page: 'صفحه',
  pageSize: 'اندازه صفحه',
  parentAssociationId: 'تشکل مادر',
  parentId: 'تشکل مادر',
  participants: 'شمار شرکت کنندگان',
  password: 'گذرواژه',
  perGrant: 'سقف هر حمایت',
  perGrantLimit: 'سقف هر حمایت',
  period: 'دوره',
  phase: 'فاز',
  phases: 'فازها',
  phone: 'تلفن',
  plannedAt: 'تاریخ برنامه ریزی شده',
  position: 'سمت',
  postalCode: 'کد پستی',
  potentialThreshold: 'آستانه پتانسیل',
  practice: 'تجربه',
  precautions: 'احتیاط ها',
  priority: 'اولویت',
  publicPolicy: 'شاخص سیاست عمومی',
  publicTarget: 'هدف مشترک',
  q: 'جستجو',
  queue: 'صف',
  quorumMet: 'حد نصاب',
  rating: 'امتیاز',
  ratings: 'امتیازها',
  reason: 'دلیل',
  reference: 'مرجع',
  referenceNo: 'شماره نامه',
  references: 'قوانین و سیاست ها',
  refreshToken: 'توکن نوسازی',
  registeredAt: 'تاریخ ثبت',
  registration: 'ثبت',
  registrationAuthority: 'مرجع ثبت',
  registrationNo: 'شماره ثبت',
  role: 'نقش',
  scope: 'گستره',
  sort: 'ترتیب',
  sortOrder: 'ترتیب نمایش',
  source: 'منبع',
  stallDays: 'روزهای توقف',
  reportGraceDays: 'مهلت گزارش (روز)',
  state: 'وضعیت',
  status: 'وضعیت',
  supports: 'حمایت ها',
  target: 'هدف',
  targets: 'هدف ها',
  termEnd: 'پایان دوره',
  termStart: 'آغاز دوره',
  textEn: 'متن لاتین',
  textFa: 'متن فارسی',
  title: 'عنوان',
  to: 'فاز مقصد',
  total: 'جمع',
  traits: 'ویژگی ها',
  transition: 'جابه جایی فاز',
  transitionsNeedApproval: 'نیاز جابه جایی فاز به تأیید',
  type: 'نوع',
  unit: 'یکا',
  units: 'یکاها',
  unread: 'خوانده نشده',
  userId: 'کاربر',
  validFrom: 'آغاز اعتبار',
  validUntil: 'پایان اعتبار',
  value: 'مقدار',
  values: 'مقادیر',
  version: 'نسخه',
  website: 'وبگاه',
  weight: 'وزن',
  year: 'سال',
  yearly: 'سقف سالانه',
  yearlyLimit: 'سقف سالانه',
  score: 'امتیاز',
  criteria: 'معیارها',
  assessedBy: 'ارزیاب',
  updatedAt: 'زمان به روزرسانی',
  updatedAtJalali: 'تاریخ به روزرسانی',
  achievement: 'میزان دستیابی',
  periods: 'دوره ها',
  thresholds: 'آستانه ها',
  ratingGradeA: 'آستانه رتبه سالانه A',
  ratingGradeB: 'آستانه رتبه سالانه B',
  ratingGradeC: 'آستانه رتبه سالانه C',
  // The outputs of the phases (keys of `PUT …/outputs/:key` bodies that nest other outputs).
  classification: 'طبقه بندی',
  laws_and_policies: 'قوانین و سیاست ها',
  prior_actions: 'اقدامات پیشین',
  success_failure_factors: 'عوامل موفقیت و شکست',
  potential_factors: 'عوامل پتانسیل',
  formation_method: 'روش شکل گیری',
  founding_members: 'اعضای مؤسس',
  approval_in_principle: 'موافقت اصولی',
  charter: 'اساسنامه',
  founding_assembly: 'مجمع عمومی مؤسس',
  board_election: 'انتخاب هیئت مدیره',
  organisational_structure: 'ساختار سازمانی',
  evaluation_axes: 'محورهای ارزیابی',
  roadmap: 'نقشه راه',
  agenda: 'دستور جلسه',
  answers: 'پاسخ ها',
  assemblyId: 'مجمع',
  attended: 'شمار حاضران',
  candidates: 'نامزدها',
  choices: 'نامزدهای برگزیده',
  dueBy: 'مهلت برگزاری',
  duesStatus: 'وضعیت حق عضویت',
  eligible: 'شمار واجدان شرایط',
  expiresInDays: 'مهلت پیوند (روز)',
  heldOn: 'روز برگزاری',
  identifier: 'شناسه ملی یا شماره ثبت',
  joinedOn: 'تاریخ عضویت',
  leftOn: 'تاریخ خروج',
  max: 'بیشینه مقیاس',
  min: 'کمینه مقیاس',
  noticeDate: 'تاریخ آگهی',
  quorumRule: 'قاعده حد نصاب',
  required: 'الزامی',
  resolutions: 'مصوبات',
  scheduledOn: 'روز برگزاری',
  seats: 'شمار کرسی ها',
  surveyCode: 'پرسشنامه',
  titleEn: 'عنوان لاتین',
  titleFa: 'عنوان فارسی',
  trade: 'رسته',
  votes: 'آرا',
  attemptsMade: 'شمار تلاش های انجام شده',
  maxAttempts: 'بیشینه تلاش ها',
  failedReason: 'دلیل ناکامی',
  data: 'داده',
  createdAt: 'زمان ایجاد',
  processedAt: 'زمان آغاز پردازش',
  finishedAt: 'زمان پایان',
  attempts: 'شمار تلاش ها',
  sentAt: 'زمان ارسال',
  error: 'خطا',
  bodyFa: 'متن',
  createdAtJalali: 'تاریخ ایجاد',
  readAt: 'زمان خواندن',
};

/** The Persian name of each entity a `<entity>.not_found` or `<entity>.stale_version` names. */
export const ENTITY_LABELS_FA: Record<string, string> = {
  association: 'تشکل',
  board_member: 'عضو هیئت مدیره',
  sector_category: 'رسته',
  legal_form: 'شکل حقوقی',
  classification_criterion: 'معیار تفکیک',
  user: 'کاربر',
  lifecycle: 'چرخه عمر تشکل',
  lifecycle_settings: 'تنظیمات چرخه عمر',
  phase_output: 'خروجی فاز',
  transition: 'جابه جایی فاز',
  support_grant: 'حمایت',
  support_kind: 'نوع حمایت',
  support_budget: 'بودجه حمایت',
  support_settings: 'تنظیمات حمایت ها',
  approval_limit: 'سقف اختیار تأیید',
  indicator: 'شاخص',
  target: 'هدف',
  kpi_report: 'گزارش عملکرد',
  kpi_evidence: 'مستند',
  kpi_score: 'امتیاز عملکرد',
  kpi_settings: 'تنظیمات امتیازدهی',
  notification: 'اعلان',
  member: 'عضو',
  link: 'پیوند',
  survey_run: 'نظرسنجی',
  assembly: 'مجمع عمومی',
  election: 'انتخابات',
  chamber_assessment: 'ارزیابی کارشناس اتاق',
  kpi_rating: 'رتبه سالانه',
  queue: 'صف',
  job: 'کار پس زمینه',
  route: 'نشانی',
};

/** The text every stale version answers with (409), whatever the record. */
export const STALE_VERSION_FA = 'این رکورد را کس دیگری تغییر داده است؛ دوباره بارگیری کنید';

/** A Persian text for each HTTP status, for a code that has none of its own. */
export const STATUS_TEXTS_FA: Record<number, string> = {
  400: 'درخواست نادرست است',
  401: 'برای این کار نخست وارد سامانه شوید',
  403: 'نقش شما اجازه این کار را ندارد',
  404: 'یافت نشد',
  405: 'این روش درخواست پذیرفته نیست',
  409: 'این کار با وضعیت کنونی رکورد ناسازگار است؛ دوباره بارگیری کنید',
  410: 'این پیوند دیگر معتبر نیست',
  413: 'درخواست بیش از اندازه بزرگ است',
  415: 'بدنه درخواست را با قالب JSON بفرستید',
  422: 'قواعد کار این درخواست را نمی پذیرد',
  429: 'شمار درخواست ها بیش از اندازه است؛ کمی بعد دوباره بکوشید',
  500: 'خطای درونی سامانه؛ دوباره بکوشید',
  503: 'سامانه در دسترس نیست؛ کمی بعد دوباره بکوشید',
};

function list(value: unknown): string {
  return Array.isArray(value) ? value.map(String).join('، ') : String(value ?? '');
}

function str(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

const gateNotMet = ({ details }: MessageParams): string => {
  const items = Array.isArray(details.items) ? (details.items as { nameFa?: string; key?: string }[]) : [];
  const names = items.map((i) => `«${i.nameFa ?? i.key}»`).join('، ');
  const phase = str(details.phaseFa) || str(details.phase);
  return `خروجی های فاز «${phase}» کامل نیست؛ کم است: ${names}`;
};

/** The Persian text of each error code. A string is shown after the field's label when there is one. */
export const ERROR_MESSAGES_FA: Record<string, Text> = {
  // The contract's generic codes.
  'request.invalid': 'مقدار نادرست است',
  'request.bad_uuid': 'شناسه معتبر نیست',
  'request.bad_id': 'شناسه باید یک عدد درست باشد',
  malformed_json: 'بدنه درخواست JSON درستی نیست',
  too_deep: 'بدنه درخواست بیش از اندازه تودرتو است',
  'upload.malformed': 'بدنه چندبخشی (multipart) خراب است',
  malformed_multipart: 'بدنه چندبخشی (multipart) مرز (boundary) ندارد',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'بدنه درخواست را با قالب application/json بفرستید',
  FST_ERR_CTP_BODY_TOO_LARGE: 'بدنه درخواست بیش از اندازه بزرگ است',
  duplicate: 'رکوردی با همین مقدار یکتا پیش از این ثبت شده است',
  bad_value: 'مقداری قالب نادرست دارد یا بیرون از بازه است',
  concurrent_change: 'هم زمان تغییر دیگری انجام شد؛ دوباره بکوشید',
  throttled: 'شمار تلاش ها بیش از اندازه است؛ یک دقیقه دیگر دوباره بکوشید',
  route_not_found: 'چنین نشانی ای در سامانه نیست',
  forbidden: STATUS_TEXTS_FA[403],
  unauthenticated: STATUS_TEXTS_FA[401],
  not_found: STATUS_TEXTS_FA[404],
  internal_error: STATUS_TEXTS_FA[500],
  upload: 'فایل پذیرفته نشد',
  'upload.missing': 'فایلی فرستاده نشد',
  'upload.not_multipart': 'فایل را با قالب multipart/form-data بفرستید',

  // identity
  'identity.invalid_credentials': 'رایانامه یا گذرواژه نادرست است',
  'identity.invalid_refresh_token': 'نشست شما پایان یافته است؛ دوباره وارد شوید',
  'identity.unauthenticated': 'برای این کار نخست وارد سامانه شوید',
  'identity.too_many_refreshes': 'این نشست بیش از اندازه تازه سازی شد؛ کمی بعد دوباره بکوشید',
  'identity.too_many_attempts': 'شمار تلاش های ورود بیش از اندازه است؛ کمی بعد دوباره بکوشید',
  'identity.role_not_allowed': ({ details }) =>
    details.allowedFa
      ? `نقش شما اجازه این کار را ندارد (مجاز: ${list(details.allowedFa)})`
      : STATUS_TEXTS_FA[403],
  'user.duplicate_email': 'کاربری با این رایانامه پیش از این هست',
  'user.self_lockout': 'مدیر سامانه نمی تواند نقش خود را پایین بیاورد یا خود را غیرفعال کند',
  'user.association_required': 'کاربر هیئت مدیره باید به یک تشکل وابسته باشد',
  'user.unknown_association': 'چنین تشکلی نیست',
  'user.association_not_allowed': 'تنها کاربران هیئت مدیره به یک تشکل وابسته می شوند',
  'queue.unavailable': 'صف کارها (Redis) پاسخ نمی دهد؛ کمی بعد دوباره بکوشید',
  'database.unavailable': 'پایگاه داده پاسخ نمی دهد؛ کمی بعد دوباره بکوشید',

  // participation: members, surveys, assemblies, elections
  'participation.link_used': 'این پیوند پیش از این به کار رفته است؛ هر پیوند تنها یک بار کار می کند',
  'participation.link_expired': 'مهلت این پیوند به پایان رسیده است',
  'participation.link_closed': 'این نظرسنجی یا رأی گیری بسته شده است',
  'participation.link_replaced': 'به جای این پیوند پیوند تازه ای صادر شده است و این پیوند دیگر کار نمی کند',
  'participation.invalid_answers': ({ details }) => {
    const problems = Array.isArray(details.problems) ? (details.problems as { messageFa?: string }[]) : [];
    return (
      problems
        .map((p) => p.messageFa)
        .filter(Boolean)
        .join('؛ ') || 'پاسخ ها پذیرفته نشد'
    );
  },
  'participation.no_members': 'این تشکل هنوز عضوی در بانک اعضا ندارد که پیوند برایش فرستاده شود',
  'participation.duplicate_run': 'این پرسشنامه برای این سال پیش از این برای این تشکل فرستاده شده است',
  'participation.duplicate_member': 'عضوی با این شناسه پیش از این ثبت شده است',
  'participation.duplicate_survey': 'پرسشنامه ای با این کد هست',
  'participation.duplicate_item': 'کد هر پرسش باید یکتا باشد',
  'participation.bad_scale': 'بیشینه مقیاس باید از کمینه آن بزرگ تر باشد',
  'participation.unknown_survey': 'چنین پرسشنامه ای نیست',
  'participation.run_closed': 'این نظرسنجی پیش از این بسته شده است',
  'participation.left_before_joined': 'تاریخ خروج نمی تواند پیش از تاریخ عضویت باشد',
  'participation.import_empty': 'فایل هیچ ردیفی ندارد',
  'participation.import_too_large': 'شمار ردیف های فایل بیش از اندازه است',
  'participation.import_unknown_column': 'فایل ستونی ناشناخته دارد',
  'participation.import_invalid_rows': 'برخی ردیف های فایل نادرست است و هیچ ردیفی وارد نشد',
  'participation.scheduled_before_notice': 'روز برگزاری نمی تواند پیش از تاریخ آگهی باشد',
  'participation.held_before_notice': 'روز برگزاری نمی تواند پیش از تاریخ آگهی باشد',
  'participation.attended_over_eligible': 'شمار حاضران نمی تواند از شمار واجدان شرایط بیشتر باشد',
  'participation.term_end_before_start': 'پایان دوره باید پس از آغاز آن باشد',
  'participation.too_few_candidates': 'شمار نامزدها نباید از شمار کرسی ها کمتر باشد',
  'participation.unknown_assembly': 'چنین مجمعی برای این تشکل نیست',
  'participation.unknown_candidate': 'این نامزد در این انتخابات نیست',
  'participation.candidate_not_member': 'این نامزد عضو کنونی این تشکل نیست',
  'participation.candidate_repeated': 'هر عضو را یک بار نامزد کنید',
  'participation.candidate_representative_required':
    'نام نامزد را بنویسید؛ برای بنگاه عضو، نام نماینده ای که نامزد می شود',
  'participation.repeated_choice': 'هر نامزد را یک بار برگزینید',
  'participation.too_many_choices': 'بیش از شمار کرسی ها نامزد برگزیده اید',
  'participation.bad_votes': 'شمار آرا باید عددی صحیح و نامنفی باشد',
  'participation.ballots_issued': 'پیوندهای رأی این انتخابات پیش از این صادر شده است',
  'participation.ballots_expired':
    'مهلت پیوندهای رأی این انتخابات به پایان رسیده است و پیوند تازه ای صادر نمی شود',
  'participation.no_ballot_link': 'برای این عضو در این انتخابات پیوند رأی صادر نشده است',
  'participation.repeated_member': 'هر عضو را یک بار نام ببرید',
  'participation.election_counted': 'آرای این انتخابات شمرده شده است و دیگر تغییر نمی کند',
  'participation.election_tie':
    'آرا برای آخرین کرسی برابر است؛ مجمع با قرعه یا دور دوم تصمیم می گیرد و سپس آرای کاغذی را ثبت کنید',

  // kpi: the chamber's own records and assessments
  'kpi.duplicate_criterion': 'هر معیار را یک بار ارزیابی کنید',
  'kpi.assessment_missing': 'برای این دوره هنوز ارزیابی کارشناس اتاق ثبت نشده است',
  'kpi.recorded_indicator':
    'این شاخص را هیئت مدیره گزارش نمی کند؛ اتاق آن را از سوابق خود (حمایت های تحویل شده یا تاریخ گزارش ها) ثبت می کند',
  'kpi.not_recordable': 'این شاخص را اتاق ثبت نمی کند',
  'kpi.report_role': 'نقش شما اجازه این کار را روی گزارش ندارد',
  'supports.participants_required': 'برای حمایت آموزشی شمار شرکت کنندگان را وارد کنید',

  // associations
  'associations.unknown_category': 'چنین رسته ای نیست',
  'associations.unknown_legal_form': 'چنین شکل حقوقی ای نیست',
  'associations.unknown_parent': 'چنین تشکل مادری نیست',
  'associations.unknown_culture_trait': 'چنین ویژگی فرهنگی ای نیست',
  'associations.parent_cycle': 'تشکل مادر نمی تواند خود این تشکل یا یکی از زیرشاخه های آن باشد',
  'associations.tree_too_deep': 'زیرشاخه ها بیش از اندازه تودرتو می شوند',
  'associations.duplicate_registration_no': 'تشکل دیگری با این شماره ثبت شده است',
  'associations.board_field_forbidden': 'هیئت مدیره تنها اطلاعات تماس و نمایه فرهنگی را تغییر می دهد',
  // Without the field's label: it would read «نقش» (a user's role) beside the form's «سمت».
  'associations.board_seat_taken': () =>
    'این سمت هیئت مدیره هم اکنون پر است؛ نخست دوره عضو کنونی را پایان دهید',
  'associations.term_end_before_start': 'پایان دوره پیش از آغاز آن است',
  'associations.board_officer_twice':
    'هیئت مدیره منتخب برای یک سمت (رییس، نایب رییس، دبیر یا خزانه دار) بیش از یک نفر دارد',
  'associations.import_empty': 'فایل هیچ ردیفی برای ورود ندارد',
  'associations.import_format': 'فایل را با پسوند csv یا xlsx بفرستید',
  'associations.import_invalid_rows': 'برخی ردیف های فایل نادرست اند و هیچ ردیفی وارد نشد',
  'associations.import_no_header': 'فایل ردیف سرستون ندارد',
  'associations.import_too_large': 'فایل بیش از اندازه ردیف دارد',
  'associations.import_unknown_column': 'فایل ستون ناشناخته دارد',
  'associations.import_unreadable': 'فایل خوانده نشد',
  'catalogs.duplicate': 'این مقدار پیش از این در فهرست هست',
  'catalogs.invalid_isic': 'کد ISIC ویرایش ۴ معتبر نیست (بخش، قسمت، گروه یا رده)',

  // lifecycle
  'lifecycle.gate_not_met': gateNotMet,
  'lifecycle.illegal_transition': 'این جابه جایی فاز روا نیست؛ پیش رفتن تنها به فاز بعدی است',
  'lifecycle.transition_pending': 'یک جابه جایی فاز در انتظار تأیید است؛ نخست آن را تأیید یا رد کنید',
  'lifecycle.transition_decided': 'درباره این جابه جایی فاز پیش از این تصمیم گرفته شده است',
  'lifecycle.reason_required': 'برای بازگرداندن تشکل به فاز پیشین، دلیل لازم است',
  'lifecycle.unknown_phase': 'چنین فازی نیست',
  'lifecycle.unknown_output': 'این فاز چنین خروجی ای ندارد',
  'lifecycle.bad_output': 'مقدار نادرست است',
  'lifecycle.approval_not_allowed': 'تنها معاون یا مدیر سامانه جابه جایی فاز را تأیید می کند',
  'phase_output.concurrent_create': 'کس دیگری هم زمان این خروجی را ثبت کرد؛ دوباره بارگیری کنید',

  // supports
  'supports.unknown_kind': 'چنین نوع حمایتی نیست',
  'supports.unknown_user': 'چنین کاربری نیست',
  'supports.not_an_approver': 'این کاربر معاون فعال نیست',
  'supports.illegal_transition': ({ details }) =>
    `حمایتی با وضعیت «${str(details.statusFa) || str(details.status)}» را نمی توان ${str(details.actionFa) || str(details.action)}`,
  'supports.kind_not_suited': ({ details }) =>
    `نوع حمایت «${str(details.kindFa) || str(details.kindCode)}» با فاز «${str(details.phaseFa) || str(details.phase)}» نمی خواند؛ برای درخواست آن دلیل استثنا بنویسید`,
  'supports.budget_exceeded': ({ details }) =>
    `بودجه سال ${toPersianDigits(str(details.fiscalYear))} برای «${str(details.kindFa) || str(details.kindCode)}» بس نیست: ${persianAmount(details.available)} مانده و این حمایت ${persianAmount(details.asked)} می خواهد`,
  'supports.no_budget': ({ details }) =>
    `برای «${str(details.kindFa) || str(details.kindCode)}» در سال ${toPersianDigits(str(details.fiscalYear))} بودجه ای نیست`,
  'supports.over_per_grant_limit': ({ details }) =>
    `این حمایت (${persianAmount(details.amount)}) از سقف اختیار شما برای هر حمایت (${persianAmount(details.perGrant)}) بیشتر است`,
  'supports.over_yearly_limit': ({ details }) =>
    `با این حمایت از سقف سالانه اختیار شما (${persianAmount(details.yearly)}) می گذرید`,
  'supports.over_no_limit': 'شما برای این نوع حمایت سقف اختیار تأیید معتبری ندارید',
  'supports.delegation_over_own_limit': 'تفویض اختیار نمی تواند از سقف یا دوره اختیار خود شما بیشتر باشد',
  'supports.precaution_not_acknowledged': ({ details }) =>
    `احتیاط «${list(details.precautionsFa ?? details.precautions)}» در این حمایت برقرار است؛ با تأیید آگاهی از آن دوباره تأیید کنید`,
  'supports.duplicate_budget': 'بودجه این نوع حمایت برای این سال پیش از این ثبت شده است',
  'supports.duplicate_kind': 'نوع حمایتی با این کد پیش از این هست',
  'supports.kind_retired': 'این نوع حمایت کنار گذاشته شده است و دیگر درخواست نمی شود',
  'supports.kind_in_use':
    'برای این نوع حمایت درخواست یا بودجه ثبت شده است؛ سنجه آن (ریال، ساعت یا غیرنقدی) دیگر تغییر نمی کند',
  'supports.hours_required': 'ساعت آموزش الزامی است',
  'supports.amount_required': 'مبلغ الزامی است و باید بیش از صفر باشد',
  'supports.wrong_measure': 'این نوع حمایت با این سنجه ثبت نمی شود',
  'supports.budget_unit': 'بودجه این نوع حمایت با یکای دیگری (ریال یا ساعت) ثبت می شود',
  'supports.limit_period': 'پایان اعتبار باید پس از آغاز آن باشد',
  'supports.limit_amounts': 'سقف سالانه باید دست کم برابر سقف هر حمایت باشد',

  // kpi
  'kpi.unknown_indicator': 'چنین شاخصی نیست',
  'kpi.invalid_formula': ({ details }) =>
    typeof details.reasonFa === 'string'
      ? `فرمول شاخص نادرست است: ${details.reasonFa}`
      : 'فرمول شاخص نادرست است',
  'kpi.bad_period': 'دوره نادرست است (نمونه: ۱۴۰۵-07، ۱۴۰۵-Q2 یا ۱۴۰۵، هم خوان با دوره شاخص)',
  'kpi.duplicate_indicator': 'شاخصی با این کد پیش از این هست',
  'kpi.duplicate_report': 'این تشکل برای این دوره گزارش دارد',
  'kpi.duplicate_target': 'یک شاخص بیش از یک بار آمده است',
  'kpi.target_required': 'هدف این شاخص الزامی است',
  'kpi.report_state': ({ details }) =>
    `گزارش در وضعیت «${str(details.statusFa) || str(details.status)}» است و این کار را نمی پذیرد`,
  'kpi.report_empty': 'گزارش پیش از ارسال دست کم یک مقدار می خواهد',
  'kpi.public_policy_target': 'این شاخص سیاست عمومی است و هدف آن برای همه تشکل ها یکسان است',
  'kpi.evidence_rejected': 'این فایل به عنوان مستند پذیرفته نشد',
  'kpi.grade_thresholds': 'آستانه های رتبه باید میان ۰ و ۱۰۰ باشند و از A به B و C کاهش یابند',
  'jobs.not_failed': 'تنها کاری که ناکام مانده دوباره اجرا می شود',
  'notification.bad_id': 'شناسه باید یک عدد درست مثبت باشد',
};

/** The Persian text of one validation failure (a class-validator constraint), after the field's label. */
export const CONSTRAINT_TEXTS_FA: Record<string, (c: unknown[]) => string> = {
  required: () => 'الزامی است',
  whitelistValidation: () => 'چنین فیلدی پذیرفته نیست',
  isDefined: () => 'الزامی است',
  isNotEmpty: () => 'نباید خالی باشد',
  isString: () => 'باید متن باشد',
  isInt: () => 'باید عدد درست باشد',
  isNumber: () => 'باید عدد باشد',
  isBoolean: () => 'باید درست یا نادرست (true/false) باشد',
  isArray: () => 'باید فهرست باشد',
  isObject: () => 'باید یک شیء باشد',
  nestedValidation: () => 'باید یک شیء یا فهرست باشد',
  isEmail: () => 'رایانامه معتبر نیست',
  isUuid: () => 'شناسه معتبر نیست',
  isUUID: () => 'شناسه معتبر نیست',
  isIn: (c) => `باید یکی از این ها باشد: ${list(c[0])}`,
  isEnum: () => 'مقدار پذیرفته نیست',
  min: (c) => `نباید کمتر از ${toPersianDigits(str(c[0]))} باشد`,
  max: (c) => `نباید بیشتر از ${toPersianDigits(str(c[0]))} باشد`,
  minLength: (c) => `دست کم ${toPersianDigits(str(c[0]))} نویسه باشد`,
  maxLength: (c) => `حداکثر ${toPersianDigits(str(c[0]))} نویسه باشد`,
  isLength: () => 'درازای آن پذیرفته نیست',
  arrayMinSize: (c) => `دست کم ${toPersianDigits(str(c[0]))} مورد داشته باشد`,
  arrayMaxSize: (c) => `حداکثر ${toPersianDigits(str(c[0]))} مورد داشته باشد`,
  arrayUnique: () => 'موارد تکراری دارد',
  arrayNotEmpty: () => 'نباید خالی باشد',
  matches: () => 'قالب آن نادرست است',
  isIso8601: () => 'تاریخ معتبر نیست (نمونه: 2026-11-30 یا ۱۴۰۵/۰۹/۱۰)',
  isISO8601: () => 'تاریخ معتبر نیست (نمونه: 2026-11-30 یا ۱۴۰۵/۰۹/۱۰)',
  isDateInput: () => 'تاریخ معتبر نیست (نمونه: ۱۴۰۵/۰۹/۱۰ یا 2026-11-30)',
  notAJalaliDate: () => 'چنین روزی در تقویم شمسی نیست',
  nulCharacter: () => 'نباید نویسه NUL داشته باشد',
  loneSurrogate: () => 'متن یونی کد معتبر نیست (نیمه جانشین تنها)',
  isAcceptablePassword: () =>
    'گذرواژه بسیار رایج است یا تنوع کافی ندارد (دست کم ۵ نویسه گوناگون)؛ گذرواژه دیگری برگزینید',
};

/** The Persian text of an error: its code's own text, else one per entity, else one per status. */
export function persianErrorText(code: string | undefined, status: number, params: MessageParams): string {
  const own = code ? ERROR_MESSAGES_FA[code] : undefined;
  if (own !== undefined) {
    if (typeof own === 'function') return own(params);
    return params.fieldFa ? `${params.fieldFa}: ${own}` : own;
  }
  const entity = code?.match(/^(\w+)\.(not_found|stale_version)$/);
  if (entity?.[2] === 'stale_version') return STALE_VERSION_FA;
  if (entity?.[2] === 'not_found') return `${ENTITY_LABELS_FA[entity[1]] ?? 'مورد خواسته شده'} یافت نشد`;
  return STATUS_TEXTS_FA[status] ?? STATUS_TEXTS_FA[status >= 500 ? 500 : 400];
}

/** Whether a code has a Persian text of its own (not only its status's). */
export function hasPersianText(code: string): boolean {
  if (code in ERROR_MESSAGES_FA) return true;
  const entity = code.match(/^(\w+)\.(not_found|stale_version)$/);
  return entity !== null && entity[1] in ENTITY_LABELS_FA;
}
