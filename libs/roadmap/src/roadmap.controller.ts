import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, ParseUuidPipe, Roles } from '@tashakkol/shared';
import {
  AssociationRoadmapExportQueryDto,
  AssociationRoadmapQueryDto,
  RoadmapExportQueryDto,
  RoadmapQueryDto,
} from './roadmap.dto';
import { RoadmapExportService } from './roadmap-export.service';
import { AssociationRoadmapView, RoadmapOverviewView } from './roadmap.views';
import { RoadmapService } from './roadmap.service';

const FILE_RESPONSE = { description: 'The file', schema: { type: 'string', format: 'binary' } } as const;

@ApiTags('roadmap')
@ApiBearerAuth()
@Controller('roadmap')
export class RoadmapController {
  constructor(
    private readonly roadmap: RoadmapService,
    private readonly exports: RoadmapExportService,
  ) {}

  @Get('overview')
  @Roles('president', 'admin', 'staff', 'approver')
  @ApiOperation({
    summary:
      "The president's overview (نقشه راه): funnel, stalled, development stages, supports and their outcomes, reporting completeness, movers, scores, alerts; `asOf` says how fresh",
  })
  @ApiOkResponse({ type: RoadmapOverviewView })
  overview(@Query() query: RoadmapQueryDto): Promise<RoadmapOverviewView> {
    return this.roadmap.overview(query);
  }

  @Get('overview/export')
  @Roles('president', 'admin', 'staff', 'approver')
  @ApiOperation({ summary: 'The overview as XLSX (default) or CSV: Persian headers, Jalali dates' })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  @ApiOkResponse(FILE_RESPONSE)
  exportOverview(@Query() query: RoadmapExportQueryDto): Promise<StreamableFile> {
    return this.exports.overview(query, query.format ?? 'xlsx');
  }

  @Get('associations/:id')
  @ApiOperation({
    summary:
      "One association's road: phases, milestones, grants and KPI trend on one time line, completeness, stage (a board sees its own)",
  })
  @ApiOkResponse({ type: AssociationRoadmapView })
  association(
    @Auth() auth: AuthContext,
    @Param('id', ParseUuidPipe) id: string,
    @Query() query: AssociationRoadmapQueryDto,
  ): Promise<AssociationRoadmapView> {
    return this.roadmap.association(auth, id, query);
  }

  @Get('associations/:id/export')
  @ApiOperation({ summary: "One association's road as XLSX (default) or CSV (a board exports its own)" })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  @ApiOkResponse(FILE_RESPONSE)
  exportAssociation(
    @Auth() auth: AuthContext,
    @Param('id', ParseUuidPipe) id: string,
    @Query() query: AssociationRoadmapExportQueryDto,
  ): Promise<StreamableFile> {
    return this.exports.association(auth, id, query, query.format ?? 'xlsx');
  }
}
