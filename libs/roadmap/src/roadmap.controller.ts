import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, ParseUuidPipe, Roles } from '@tashakkol/shared';
import { RoadmapQueryDto } from './roadmap.dto';
import { RoadmapService } from './roadmap.service';
import { AssociationRoadmapView, RoadmapOverviewView } from './roadmap.views';

@ApiTags('roadmap')
@ApiBearerAuth()
@Controller('roadmap')
export class RoadmapController {
  constructor(private readonly roadmap: RoadmapService) {}

  @Get('overview')
  @Roles('president', 'admin', 'staff', 'approver')
  @ApiOperation({
    summary:
      "The president's overview (نقشه راه): funnel by phase with median and p90 days, stalled associations, supports by phase and kind, score distribution, open alerts",
  })
  @ApiQuery({
    name: 'fiscalYear',
    required: false,
    example: 1405,
    description: 'Jalali year for the supports section',
  })
  @ApiOkResponse({ type: RoadmapOverviewView })
  overview(@Query() query: RoadmapQueryDto): Promise<RoadmapOverviewView> {
    return this.roadmap.overview(query.fiscalYear);
  }

  @Get('associations/:id')
  @ApiOperation({
    summary:
      "One association's road: current phase, history, supports per phase, latest score, open alerts (a board sees its own)",
  })
  @ApiOkResponse({ type: AssociationRoadmapView })
  association(
    @Auth() auth: AuthContext,
    @Param('id', ParseUuidPipe) id: string,
  ): Promise<AssociationRoadmapView> {
    return this.roadmap.association(auth, id);
  }
}
