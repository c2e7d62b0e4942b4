import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrorResponses, Auth, AuthContext, ParseUuidPipe, Roles } from '@tashakkol/shared';
import { AgreeTargetsDto, PutTargetsDto, TargetsView } from './target.dto';
import { TargetsService } from './targets.service';

@ApiTags('indicators')
@ApiBearerAuth()
@Controller('associations/:id/targets')
export class TargetsController {
  constructor(private readonly targets: TargetsService) {}

  @Get()
  @ApiOperation({
    summary:
      "The association's baselines, targets and weights for every active indicator (chamber and its own board)",
  })
  @ApiOkResponse({ type: TargetsView })
  get(@Auth() auth: AuthContext, @Param('id', ParseUuidPipe) id: string): Promise<TargetsView> {
    return this.targets.get(auth, id);
  }

  @Put()
  @Roles('staff', 'admin')
  @ApiOperation({
    summary:
      'Set baselines, targets and weight overrides (staff, with the board). A change waits for the board to agree again.',
  })
  @ApiOkResponse({ type: TargetsView })
  @ApiErrorResponses(409, 422)
  put(
    @Auth() auth: AuthContext,
    @Param('id', ParseUuidPipe) id: string,
    @Body() dto: PutTargetsDto,
  ): Promise<TargetsView> {
    return this.targets.put(auth, id, dto);
  }

  @Post('agreement')
  @HttpCode(200)
  @Roles('board')
  @ApiOperation({ summary: 'The board agrees to its targets (all, or the listed indicator codes)' })
  @ApiOkResponse({ type: TargetsView })
  @ApiErrorResponses(422)
  agree(
    @Auth() auth: AuthContext,
    @Param('id', ParseUuidPipe) id: string,
    @Body() dto: AgreeTargetsDto,
  ): Promise<TargetsView> {
    return this.targets.agree(auth, id, dto);
  }
}
