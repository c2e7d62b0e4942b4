import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, ParseUuidPipe } from '@tashakkol/shared';
import { RatingQueryDto, YearlyRatingView } from './rating.dto';
import { RatingService } from './rating.service';

@ApiTags('kpi scores')
@ApiBearerAuth()
@Controller('associations/:id/rating')
export class RatingController {
  constructor(private readonly rating: RatingService) {}

  @Get()
  @ApiOperation({
    summary:
      "The association's one yearly rating (رتبه سالانه) from every scored period of the Jalali year: five criteria, grade A–D, position against the average and the best",
  })
  @ApiOkResponse({ type: YearlyRatingView })
  @ApiNotFoundResponse({
    description: 'No period of that year scored yet (or another association, for a board user)',
  })
  get(@Auth() auth: AuthContext, @Param('id', ParseUuidPipe) id: string, @Query() query: RatingQueryDto) {
    return this.rating.read(auth, id, query);
  }
}
