import { Association, AssociationFilterDto, AssociationsService } from '@tashakkol/associations';
import { AuthContext } from '@tashakkol/shared';
import { plainToInstance } from 'class-transformer';
import { testDb } from '../support/fixtures';

jest.setTimeout(120_000);

const staff: AuthContext = {
  userId: '00000000-0000-4000-8000-000000000001',
  role: 'staff',
  associationId: null,
};

const TRADES = [
  'پسته',
  'خرما',
  'فرش',
  'مس',
  'ساختمان',
  'گردشگری',
  'حمل و نقل',
  'صنایع غذایی',
  'صنایع دستی',
  'زیره',
];
const CITIES = ['کرمان', 'رفسنجان', 'سیرجان', 'جیرفت', 'بم', 'زرند', 'شهربابک', 'بافت', 'کهنوج', 'راور'];
const FORMS = ['انجمن', 'اتحادیه', 'سندیکای', 'تعاونی', 'کانون'];

/**
 * The register's searches stay on indexes with 10,000 associations. The rows go into a copy of
 * the table (same columns and indexes) in a private schema, so the other test files never see them.
 */
describe('association queries at 10,000 associations', () => {
  it('use the trigram, category, parent, sort and primary-key indexes instead of scanning the table', async () => {
    const ds = await testDb();
    const schema = `plan_${Math.random().toString(36).slice(2, 8)}`;
    const qr = ds.createQueryRunner();
    await qr.connect();
    try {
      await qr.query(`CREATE SCHEMA ${schema}`);
      await qr.query(`CREATE TABLE ${schema}.associations (LIKE public.associations INCLUDING ALL)`);
      await qr.query(
        `INSERT INTO ${schema}.associations (name_fa, name_en, category_id, city, status, search_text, created_at, version)
         SELECT n, 'Association ' || g, 1 + g % 20, 'کرمان',
                (ARRAY['proposed','forming','active','dormant','dissolved'])[1 + g % 5], n || ' association ' || g,
                now() - g * interval '1 hour', 1
         FROM generate_series(1, 10000) g,
         LATERAL (SELECT ($1::text[])[1 + g % 5] || ' ' || ($2::text[])[1 + (g / 5) % 10] || ' ' || ($3::text[])[1 + (g / 50) % 10] || ' ' || g AS n) x`,
        [FORMS, TRADES, CITIES],
      );
      const [some] = await qr.query(
        `SELECT id FROM ${schema}.associations ORDER BY created_at LIMIT 1 OFFSET 500`,
      );
      await qr.query(
        `UPDATE ${schema}.associations SET parent_id = $1 WHERE name_en IN ('Association 7', 'Association 8')`,
        [some.id],
      );
      await qr.query(`VACUUM ANALYZE ${schema}.associations`);
      await qr.query(`SET search_path = ${schema}, public`);

      const service = new AssociationsService(qr.manager.getRepository(Association), ds, null as never);
      const plan = async (filters: Record<string, unknown>): Promise<string> => {
        const [sql, params] = service
          .filtered(staff, plainToInstance(AssociationFilterDto, filters))
          .skip(0)
          .take(20)
          .getQueryAndParameters();
        const rows: { 'QUERY PLAN': string }[] = await qr.query(`EXPLAIN ${sql}`, params);
        return rows.map((r) => r['QUERY PLAN']).join('\n');
      };
      const plans = {
        search: await plan({ q: 'زيره بافت 4242' }),
        latin: await plan({ q: 'association 4242' }),
        category: await plan({ categoryId: 3 }),
        parent: await plan({ parentId: some.id }),
        newest: await plan({}),
        byName: await plan({ sort: 'nameFa' }),
      };
      expect(plans.search).toMatch(/Index Scan on associations_search_text_idx/);
      expect(plans.latin).toMatch(/Index Scan on associations_search_text_idx/);
      expect(plans.category).toMatch(/associations_category_id_idx|associations_created_at_idx/);
      expect(plans.parent).toMatch(/associations_parent_id_idx/);
      expect(plans.newest).toMatch(/Index Scan Backward using associations_created_at_idx/);
      expect(plans.byName).toMatch(/Index Scan using associations_name_fa_idx/);
      for (const p of Object.values(plans)) expect(p).not.toMatch(/Seq Scan/);

      const byId: { 'QUERY PLAN': string }[] = await qr.query(
        `EXPLAIN SELECT * FROM associations WHERE id = $1`,
        [some.id],
      );
      expect(byId.map((r) => r['QUERY PLAN']).join('\n')).toMatch(/Index Scan using associations_pkey/);
    } finally {
      await qr.query(`SET search_path = public`);
      await qr.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await qr.release();
    }
  });
});
