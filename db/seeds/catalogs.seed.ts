import { Seed } from './seed';

/** Legal forms of association the chamber deals with. */
export const LEGAL_FORMS = [
  { code: 'association', nameFa: 'انجمن', nameEn: 'Association' },
  { code: 'union', nameFa: 'اتحادیه', nameEn: 'Union' },
  { code: 'syndicate', nameFa: 'سندیکا', nameEn: 'Syndicate' },
  { code: 'federation', nameFa: 'فدراسیون', nameEn: 'Federation' },
  { code: 'confederation', nameFa: 'کنفدراسیون', nameEn: 'Confederation' },
  { code: 'cooperative', nameFa: 'تعاونی', nameEn: 'Cooperative' },
  { code: 'kanoon', nameFa: 'کانون', nameEn: 'Guild centre (Kanoon)' },
  { code: 'club', nameFa: 'باشگاه', nameEn: 'Club' },
] as const;

/** The main trades of Kerman province (رسته ها) with their ISIC Rev.4 codes; `priority` = رسته مدنظر اتاق. */
export const CATEGORIES = [
  { nameFa: 'پسته', nameEn: 'Pistachio growing', isic: '0125', priority: true },
  {
    nameFa: 'فرآوری و صادرات پسته و خشکبار',
    nameEn: 'Pistachio and dried fruit processing',
    isic: '1030',
    priority: true,
  },
  { nameFa: 'خرما', nameEn: 'Dates', isic: '0122', priority: true },
  { nameFa: 'فرش دستباف', nameEn: 'Hand-woven carpets', isic: '1393', priority: true },
  {
    nameFa: 'استخراج مس و فلزات غیرآهنی',
    nameEn: 'Copper and non-ferrous metal ore mining',
    isic: '0729',
    priority: true,
  },
  { nameFa: 'ذوب و تولید مس', nameEn: 'Copper smelting and refining', isic: '2420', priority: true },
  { nameFa: 'زغال سنگ', nameEn: 'Coal mining', isic: '0510', priority: false },
  {
    nameFa: 'سنگ های تزیینی و ساختمانی',
    nameEn: 'Decorative and building stone quarrying',
    isic: '0810',
    priority: false,
  },
  { nameFa: 'فولاد', nameEn: 'Basic iron and steel', isic: '2410', priority: false },
  { nameFa: 'ساختمان و انبوه سازی', nameEn: 'Construction of buildings', isic: '4100', priority: false },
  {
    nameFa: 'گردشگری و دفاتر خدمات مسافرتی',
    nameEn: 'Tourism and travel agencies',
    isic: '7911',
    priority: true,
  },
  {
    nameFa: 'هتلداری و اقامتگاه های بوم گردی',
    nameEn: 'Hotels and eco-lodges',
    isic: '5510',
    priority: false,
  },
  { nameFa: 'حمل و نقل بار جاده ای', nameEn: 'Road freight transport', isic: '4923', priority: false },
  { nameFa: 'صنایع غذایی', nameEn: 'Food industry', isic: '1079', priority: true },
  { nameFa: 'صنایع دستی', nameEn: 'Handicrafts', isic: '3290', priority: true },
  {
    nameFa: 'زیره و گیاهان دارویی',
    nameEn: 'Cumin, spices and medicinal plants',
    isic: '0128',
    priority: false,
  },
  {
    nameFa: 'مرکبات و صیفی جنوب کرمان',
    nameEn: 'Citrus and vegetables (Jiroft, Kahnuj)',
    isic: '0123',
    priority: false,
  },
  { nameFa: 'خودروسازی و قطعه سازی', nameEn: 'Motor vehicles and parts', isic: '2910', priority: false },
  { nameFa: 'انرژی های تجدیدپذیر', nameEn: 'Renewable electricity', isic: '3510', priority: false },
  { nameFa: 'فناوری اطلاعات و نرم افزار', nameEn: 'Software and IT services', isic: '6201', priority: false },
] as const;

/** Classification criteria (معیارهای تفکیک تشکل ها), as in the chamber's model. */
export const CRITERIA = [
  {
    code: 'legal_form',
    nameFa: 'شکل حقوقی',
    nameEn: 'Legal form',
    description: 'انجمن، اتحادیه، سندیکا، فدراسیون، تعاونی، باشگاه',
  },
  { code: 'scope', nameFa: 'گستره فعالیت', nameEn: 'Scope', description: 'استانی یا ملی' },
  {
    code: 'membership_type',
    nameFa: 'نوع عضویت',
    nameEn: 'Membership type',
    description: 'بنگاه ها، اشخاص یا ترکیبی',
  },
  {
    code: 'sector_category',
    nameFa: 'رسته',
    nameEn: 'Sector category',
    description: 'رسته فعالیت با کد ISIC',
  },
  {
    code: 'chamber_priority',
    nameFa: 'رسته های مدنظر اتاق',
    nameEn: 'Chamber priority',
    description: 'آیا رسته از اولویت های اتاق است',
  },
] as const;

export const catalogsSeed: Seed = {
  name: 'catalogs',
  async run({ ds, log }) {
    for (const [i, f] of LEGAL_FORMS.entries()) {
      await ds.query(
        `INSERT INTO legal_forms (code, name_fa, name_en, sort_order, version) VALUES ($1, $2, $3, $4, 1)
         ON CONFLICT (code) DO NOTHING`,
        [f.code, f.nameFa, f.nameEn, i + 1],
      );
    }
    for (const c of CATEGORIES) {
      await ds.query(
        `INSERT INTO sector_categories (name_fa, name_en, isic, priority, version) VALUES ($1, $2, $3, $4, 1)
         ON CONFLICT (name_fa) DO NOTHING`,
        [c.nameFa, c.nameEn, c.isic, c.priority],
      );
    }
    for (const [i, c] of CRITERIA.entries()) {
      await ds.query(
        `INSERT INTO classification_criteria (code, name_fa, name_en, description, sort_order, version)
         VALUES ($1, $2, $3, $4, $5, 1) ON CONFLICT (code) DO NOTHING`,
        [c.code, c.nameFa, c.nameEn, c.description, i + 1],
      );
    }
    log(
      `${LEGAL_FORMS.length} legal forms, ${CATEGORIES.length} Kerman categories, ${CRITERIA.length} criteria`,
    );
  },
};
