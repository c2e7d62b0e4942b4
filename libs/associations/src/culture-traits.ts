import { ApiProperty } from '@nestjs/swagger';
/** Traits a board may pick for its culture profile; later used to choose indicators and weights. */
export const CULTURE_TRAITS = [
  { code: 'export_oriented', nameFa: 'صادرات محور', nameEn: 'Export oriented' },
  { code: 'family_firms', nameFa: 'بنگاه های خانوادگی', nameEn: 'Family firms' },
  { code: 'traditional_craft', nameFa: 'صنعت سنتی و میراثی', nameEn: 'Traditional craft' },
  { code: 'innovation_driven', nameFa: 'نوآوری محور', nameEn: 'Innovation driven' },
  { code: 'consensus_decisions', nameFa: 'تصمیم گیری اجماعی', nameEn: 'Consensus decisions' },
  { code: 'member_services', nameFa: 'خدمت محور برای اعضا', nameEn: 'Member services first' },
  { code: 'policy_advocacy', nameFa: 'مطالبه گری و سیاست گذاری', nameEn: 'Policy advocacy' },
  { code: 'cooperative_spirit', nameFa: 'روحیه تعاونی', nameEn: 'Cooperative spirit' },
  { code: 'small_firms', nameFa: 'بنگاه های کوچک', nameEn: 'Mostly small firms' },
  { code: 'large_firms', nameFa: 'بنگاه های بزرگ', nameEn: 'Mostly large firms' },
] as const;

export const CULTURE_TRAIT_CODES: readonly string[] = CULTURE_TRAITS.map((t) => t.code);
export const MAX_CULTURE_TRAITS = 5;

export class CultureTraitView {
  @ApiProperty({ example: 'export_oriented' }) code!: string;
  @ApiProperty({ example: 'صادرات محور' }) nameFa!: string;
  @ApiProperty({ example: 'Export oriented' }) nameEn!: string;
}
