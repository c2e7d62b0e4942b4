import { Controller, Get, Header } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CatalogLabelsService } from './catalog-labels.service';
import { CatalogLabelsView } from './catalog-labels.view';

@ApiTags('catalogs')
@ApiBearerAuth()
@Controller('catalogs')
export class CatalogLabelsController {
  constructor(private readonly labels: CatalogLabelsService) {}

  @Get('labels')
  // Not kept by the browser: after a catalog edit the next read must have the new names (with
  // max-age=300 the admin's own refetch got the old ones from the HTTP cache for five minutes).
  @Header('cache-control', 'private, no-cache')
  @ApiOperation({
    summary:
      'Persian and English labels of every code the API answers with (phases, statuses, catalogs …), so the app never shows a raw key',
  })
  @ApiOkResponse({ type: CatalogLabelsView })
  all(): Promise<CatalogLabelsView> {
    return this.labels.all();
  }
}
