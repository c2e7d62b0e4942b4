import { hashPassword } from '@tashakkol/identity';
import { normalizePersian } from '@tashakkol/shared';
import { Seed } from './seed';
import { DEMO_PASSWORD } from './users.seed';

interface DemoAssociation {
  nameFa: string;
  nameEn: string;
  legalForm: string;
  category: string;
  scope: 'provincial' | 'national';
  membershipType: 'firms' | 'persons' | 'mixed';
  city: string;
  registrationNo: string | null;
  foundedAt: string | null;
  memberCount: number | null;
  status: 'proposed' | 'forming' | 'active' | 'dormant' | 'dissolved';
  parent?: string;
  traits?: string[];
}

/** Demo associations of Kerman; the lifecycle seed spreads them across the six phases. */
export const DEMO_ASSOCIATIONS: DemoAssociation[] = [
  {
    nameFa: 'انجمن پسته کرمان',
    nameEn: 'Kerman Pistachio Association',
    legalForm: 'association',
    category: 'پسته',
    scope: 'provincial',
    membershipType: 'firms',
    city: 'رفسنجان',
    registrationNo: 'KRM-1387-0112',
    foundedAt: '2008-06-14',
    memberCount: 420,
    status: 'active',
    traits: ['export_oriented', 'family_firms'],
  },
  {
    nameFa: 'اتحادیه صنایع دستی کرمان',
    nameEn: 'Kerman Handicrafts Union',
    legalForm: 'union',
    category: 'صنایع دستی',
    scope: 'provincial',
    membershipType: 'persons',
    city: 'کرمان',
    registrationNo: 'KRM-1390-0458',
    foundedAt: '2011-10-02',
    memberCount: 310,
    status: 'active',
    traits: ['traditional_craft', 'small_firms'],
  },
  {
    nameFa: 'سندیکای صنعت مس',
    nameEn: 'Copper Industry Syndicate',
    legalForm: 'syndicate',
    category: 'ذوب و تولید مس',
    scope: 'national',
    membershipType: 'firms',
    city: 'کرمان',
    registrationNo: 'NAT-1385-0031',
    foundedAt: '2006-04-20',
    memberCount: 65,
    status: 'active',
    traits: ['large_firms', 'policy_advocacy'],
  },
  {
    nameFa: 'انجمن خرمای جنوب کرمان',
    nameEn: 'South Kerman Date Growers Association',
    legalForm: 'association',
    category: 'خرما',
    scope: 'provincial',
    membershipType: 'mixed',
    city: 'جیرفت',
    registrationNo: 'KRM-1395-0220',
    foundedAt: '2016-09-11',
    memberCount: 180,
    status: 'active',
  },
  {
    nameFa: 'انجمن فرش دستباف کرمان',
    nameEn: 'Kerman Hand-woven Carpet Association',
    legalForm: 'association',
    category: 'فرش دستباف',
    scope: 'provincial',
    membershipType: 'mixed',
    city: 'کرمان',
    registrationNo: 'KRM-1382-0075',
    foundedAt: '2003-12-01',
    memberCount: 95,
    status: 'dormant',
  },
  {
    nameFa: 'سندیکای انبوه سازان کرمان',
    nameEn: 'Kerman Mass Builders Syndicate',
    legalForm: 'syndicate',
    category: 'ساختمان و انبوه سازی',
    scope: 'provincial',
    membershipType: 'firms',
    city: 'کرمان',
    registrationNo: 'KRM-1389-0301',
    foundedAt: '2010-07-18',
    memberCount: 140,
    status: 'active',
  },
  {
    nameFa: 'انجمن دفاتر خدمات مسافرتی و گردشگری کرمان',
    nameEn: 'Kerman Travel and Tourism Agencies Association',
    legalForm: 'association',
    category: 'گردشگری و دفاتر خدمات مسافرتی',
    scope: 'provincial',
    membershipType: 'firms',
    city: 'کرمان',
    registrationNo: 'KRM-1394-0190',
    foundedAt: '2015-05-05',
    memberCount: 58,
    status: 'active',
  },
  {
    nameFa: 'انجمن شرکت های حمل و نقل بار کرمان',
    nameEn: 'Kerman Road Freight Companies Association',
    legalForm: 'association',
    category: 'حمل و نقل بار جاده ای',
    scope: 'provincial',
    membershipType: 'firms',
    city: 'سیرجان',
    registrationNo: null,
    foundedAt: null,
    memberCount: 40,
    status: 'forming',
  },
  {
    nameFa: 'انجمن صنایع غذایی استان کرمان',
    nameEn: 'Kerman Food Industry Association',
    legalForm: 'association',
    category: 'صنایع غذایی',
    scope: 'provincial',
    membershipType: 'firms',
    city: 'کرمان',
    registrationNo: 'KRM-1396-0333',
    foundedAt: '2017-11-23',
    memberCount: 75,
    status: 'active',
  },
  {
    nameFa: 'باشگاه صادرکنندگان پسته رفسنجان',
    nameEn: 'Rafsanjan Pistachio Exporters Club',
    legalForm: 'club',
    category: 'فرآوری و صادرات پسته و خشکبار',
    scope: 'provincial',
    membershipType: 'firms',
    city: 'رفسنجان',
    registrationNo: null,
    foundedAt: null,
    memberCount: 22,
    status: 'proposed',
    parent: 'انجمن پسته کرمان',
  },
  {
    nameFa: 'انجمن سنگ های تزیینی کرمان',
    nameEn: 'Kerman Decorative Stone Association',
    legalForm: 'association',
    category: 'سنگ های تزیینی و ساختمانی',
    scope: 'provincial',
    membershipType: 'firms',
    city: 'کرمان',
    registrationNo: null,
    foundedAt: null,
    memberCount: null,
    status: 'proposed',
  },
  {
    nameFa: 'تعاونی مسگران کرمان',
    nameEn: 'Kerman Coppersmiths Cooperative',
    legalForm: 'cooperative',
    category: 'صنایع دستی',
    scope: 'provincial',
    membershipType: 'persons',
    city: 'کرمان',
    registrationNo: 'KRM-1398-0512',
    foundedAt: '2019-08-30',
    memberCount: 34,
    status: 'forming',
    parent: 'اتحادیه صنایع دستی کرمان',
  },
];

export const BOARD_USER_EMAIL = 'board@tashakkol.local';

/** Board of the first demo association, with one past chair to show the history. */
const DEMO_BOARD = [
  {
    fullName: 'حسین رضایی',
    role: 'chair',
    termStart: '2020-05-01',
    termEnd: '2023-04-30',
    electedBy: 'general_assembly',
    endReason: 'پایان دوره',
  },
  {
    fullName: 'محمدرضا صادقی',
    role: 'chair',
    termStart: '2023-05-01',
    termEnd: null,
    electedBy: 'general_assembly',
    endReason: null,
  },
  {
    fullName: 'زهرا امینی',
    role: 'deputy',
    termStart: '2023-05-01',
    termEnd: null,
    electedBy: 'board_vote',
    endReason: null,
  },
  {
    fullName: 'علی نوری',
    role: 'secretary',
    termStart: '2023-05-01',
    termEnd: null,
    electedBy: 'board_vote',
    endReason: null,
  },
  {
    fullName: 'مریم کاظمی',
    role: 'treasurer',
    termStart: '2023-05-01',
    termEnd: null,
    electedBy: 'board_vote',
    endReason: null,
  },
  {
    fullName: 'احمد جعفری',
    role: 'member',
    termStart: '2023-05-01',
    termEnd: null,
    electedBy: 'general_assembly',
    endReason: null,
  },
] as const;

export const associationsSeed: Seed = {
  name: 'demo associations',
  async run({ ds, log }) {
    const ids = new Map<string, string>();
    for (const a of DEMO_ASSOCIATIONS) {
      const existing: { id: string }[] = await ds.query(
        `SELECT id FROM associations WHERE name_fa = $1 LIMIT 1`,
        [a.nameFa],
      );
      if (existing[0]) {
        ids.set(a.nameFa, existing[0].id);
        continue;
      }
      const cat: { id: number }[] = await ds.query(`SELECT id FROM sector_categories WHERE name_fa = $1`, [
        a.category,
      ]);
      const parentId = a.parent ? (ids.get(a.parent) ?? null) : null;
      const rows: { id: string }[] = await ds.query(
        `INSERT INTO associations (name_fa, name_en, legal_form, scope, membership_type, category_id, city, registration_no,
           registration_authority, registered_at, founded_at, member_count, status, parent_id, depth, culture_profile, search_text, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, 1) RETURNING id`,
        [
          a.nameFa,
          a.nameEn,
          a.legalForm,
          a.scope,
          a.membershipType,
          cat[0]?.id ?? null,
          a.city,
          a.registrationNo,
          a.registrationNo ? 'اتاق بازرگانی، صنایع، معادن و کشاورزی کرمان' : null,
          a.foundedAt,
          a.foundedAt,
          a.memberCount,
          a.status,
          parentId,
          parentId ? 1 : 0,
          JSON.stringify({ traits: a.traits ?? [], narrative: null }),
          normalizePersian(`${a.nameFa} ${a.nameEn}`),
        ],
      );
      ids.set(a.nameFa, rows[0].id);
    }
    const first = ids.get(DEMO_ASSOCIATIONS[0].nameFa) as string;
    const hasBoard: { n: string }[] = await ds.query(
      `SELECT count(*) AS n FROM board_members WHERE association_id = $1`,
      [first],
    );
    if (Number(hasBoard[0].n) === 0) {
      for (const m of DEMO_BOARD) {
        await ds.query(
          `INSERT INTO board_members (association_id, full_name, role, term_start, term_end, elected_by, end_reason, version)
           VALUES ($1, $2, $3, $4, $5, $6, $7, 1)`,
          [first, m.fullName, m.role, m.termStart, m.termEnd, m.electedBy, m.endReason],
        );
      }
    }
    await ds.query(
      `INSERT INTO users (email, password_hash, full_name, role, association_id, version) VALUES ($1, $2, $3, 'board', $4, 1)
       ON CONFLICT (email) DO NOTHING`,
      [BOARD_USER_EMAIL, await hashPassword(DEMO_PASSWORD), 'محمدرضا صادقی (هیئت مدیره انجمن پسته)', first],
    );
    log(
      `${DEMO_ASSOCIATIONS.length} associations; board user ${BOARD_USER_EMAIL} for ${DEMO_ASSOCIATIONS[0].nameFa}`,
    );
  },
};
