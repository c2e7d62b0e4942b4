import { Injectable } from '@nestjs/common';
import {
  ASSOCIATION_STATUS_LABELS,
  BOARD_ROLE_LABELS,
  catalogLabels,
  CatalogsService,
  MEMBERSHIP_TYPE_LABELS,
  SCOPE_LABELS,
} from '@tashakkol/associations';
import { ROLE_LABELS } from '@tashakkol/identity';
import {
  axisLabels,
  CRITERION_LABELS,
  GRADE_LABELS,
  IndicatorsService,
  REPORT_STATUS_LABELS,
} from '@tashakkol/kpi';
import { lifecycleLabels } from '@tashakkol/lifecycle';
import {
  GRANT_STATUS_LABELS,
  PRECAUTION_LABELS,
  SupportKindsService,
  supportKindLabels,
} from '@tashakkol/supports';
import { CatalogLabelsView } from './catalog-labels.view';

/** Composes the labels each context exports; one read per database catalog, run side by side. */
@Injectable()
export class CatalogLabelsService {
  constructor(
    private readonly catalogs: CatalogsService,
    private readonly supportKinds: SupportKindsService,
    private readonly indicators: IndicatorsService,
  ) {}

  async all(): Promise<CatalogLabelsView> {
    const [legalForms, categories, kinds, indicators] = await Promise.all([
      this.catalogs.legalForms(),
      this.catalogs.categories(),
      this.supportKinds.list(),
      this.indicators.labels(),
    ]);
    return {
      ...lifecycleLabels(),
      associationStatuses: ASSOCIATION_STATUS_LABELS,
      scopes: SCOPE_LABELS,
      membershipTypes: MEMBERSHIP_TYPE_LABELS,
      boardRoles: BOARD_ROLE_LABELS,
      ...catalogLabels(legalForms, categories),
      supportKinds: supportKindLabels(kinds),
      grantStatuses: GRANT_STATUS_LABELS,
      precautions: PRECAUTION_LABELS,
      reportStatuses: REPORT_STATUS_LABELS,
      indicators,
      axes: axisLabels(),
      criteria: CRITERION_LABELS,
      roles: ROLE_LABELS,
      grades: GRADE_LABELS,
    };
  }
}
