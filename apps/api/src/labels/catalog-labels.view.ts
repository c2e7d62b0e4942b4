import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';

export class LabelView {
  @ApiProperty({ example: 'بررسی مفهومی' })
  fa!: string;

  @ApiProperty({ example: 'Concept review' })
  en!: string;
}

const family = (description: string) =>
  ApiProperty({ description, type: 'object', additionalProperties: { $ref: getSchemaPath(LabelView) } });

/** For each family of codes the API answers with, code → its Persian and English label. */
@ApiExtraModels(LabelView)
export class CatalogLabelsView {
  @family('The six phases, in order')
  phases!: Record<string, LabelView>;

  @family('The outputs of every phase gate')
  phaseOutputs!: Record<string, LabelView>;

  @family('Association statuses')
  associationStatuses!: Record<string, LabelView>;

  @family('Scopes (provincial, national)')
  scopes!: Record<string, LabelView>;

  @family('Membership types')
  membershipTypes!: Record<string, LabelView>;

  @family('Board member roles')
  boardRoles!: Record<string, LabelView>;

  @family('Legal forms, from the legal-form catalog')
  legalForms!: Record<string, LabelView>;

  @family('Sector categories by id, from the category catalog')
  sectorCategories!: Record<string, LabelView>;

  @family('Support kinds, from the support-kind catalog')
  supportKinds!: Record<string, LabelView>;

  @family('Support grant statuses')
  grantStatuses!: Record<string, LabelView>;

  @family('Precautions a grant approval may meet')
  precautions!: Record<string, LabelView>;

  @family('KPI report statuses')
  reportStatuses!: Record<string, LabelView>;

  @family('Performance indicators, from the indicator catalog')
  indicators!: Record<string, LabelView>;

  @family('The three axes of evaluation')
  axes!: Record<string, LabelView>;

  @family("The national chamber's five rating criteria")
  criteria!: Record<string, LabelView>;

  @family('User roles')
  roles!: Record<string, LabelView>;

  @family('Grades of the composite score')
  grades!: Record<string, LabelView>;
}
