import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, ParseUuidPipe, Roles } from '@tashakkol/shared';
import { ChamberAssessmentView, PutChamberAssessmentDto } from './chamber-assessment.dto';
import { ChamberAssessmentsService } from './chamber-assessments.service';

@ApiTags('kpi scores')
@ApiBearerAuth()
@Controller('associations/:id/chamber-assessments')
export class ChamberAssessmentsController {
  constructor(private readonly assessments: ChamberAssessmentsService) {}

  @Get(':period')
  @ApiOperation({
    summary: "The chamber expert's assessment of the association for a period (chamber and its board)",
  })
  @ApiOkResponse({ type: ChamberAssessmentView })
  get(@Auth() auth: AuthContext, @Param('id', ParseUuidPipe) id: string, @Param('period') period: string) {
    return this.assessments.get(auth, id, period);
  }

  @Put(':period')
  @Roles('staff')
  @ApiOperation({
    summary:
      "Staff record the chamber expert's assessment (per criterion a score and a comment); it feeds the chamber axis of the scores",
  })
  @ApiOkResponse({ type: ChamberAssessmentView })
  put(
    @Auth() auth: AuthContext,
    @Param('id', ParseUuidPipe) id: string,
    @Param('period') period: string,
    @Body() dto: PutChamberAssessmentDto,
  ) {
    return this.assessments.put(auth, id, period, dto);
  }
}
