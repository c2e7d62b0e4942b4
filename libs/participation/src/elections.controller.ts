import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, ParseUuidPipe, Public, Roles, ApiErrorResponses } from '@tashakkol/shared';
import { ElectionsService } from './elections.service';
import {
  BallotDto,
  CreateElectionDto,
  RecordedVotesDto,
  ReissueBallotsDto,
  VersionDto,
} from './participation.dto';
import {
  BallotLinksDto,
  BallotLinkViewDto,
  ElectionListDto,
  ElectionViewDto,
  RecordedDto,
} from './participation.views';

@ApiTags('participation')
@ApiBearerAuth()
@Controller()
export class ElectionsController {
  constructor(private readonly elections: ElectionsService) {}

  @Get('associations/:id/elections')
  @ApiOperation({ summary: 'Board elections (انتخابات هیئت مدیره), newest first' })
  @ApiOkResponse({ type: ElectionListDto })
  list(@Auth() auth: AuthContext, @Param('id', ParseUuidPipe) id: string) {
    return this.elections.list(auth, id);
  }

  @Post('associations/:id/elections')
  @Roles('board', 'staff', 'admin')
  @ApiOperation({ summary: 'Open an election: seats, the term, the candidates' })
  @ApiCreatedResponse({ type: ElectionViewDto })
  create(@Auth() auth: AuthContext, @Param('id', ParseUuidPipe) id: string, @Body() dto: CreateElectionDto) {
    return this.elections.create(auth, id, dto);
  }

  // The chamber issues the links and gives them to the members: a board holding them could see who
  // voted or vote in a member's place (principle 4: the board must not see or shape who said what).
  @Post('elections/:id/ballot-links')
  @Roles('staff', 'admin')
  @ApiOperation({
    summary:
      "Issue one secret-ballot link per current member (shown once), for the chamber's staff to give each member: never the board",
  })
  @ApiCreatedResponse({ type: BallotLinksDto })
  @ApiErrorResponses(409, 422)
  issue(@Auth() auth: AuthContext, @Param('id', ParseUuidPipe) id: string) {
    return this.elections.issueBallots(auth, id);
  }

  @Post('elections/:id/ballot-links/reissue')
  @Roles('staff', 'admin')
  @ApiOperation({
    summary:
      'Re-issue the ballot links members lost (shown once); their old links stop working (410). A member who has voted gets a link that is already used',
  })
  @ApiCreatedResponse({ type: BallotLinksDto })
  @ApiErrorResponses(409)
  reissue(@Auth() auth: AuthContext, @Param('id', ParseUuidPipe) id: string, @Body() dto: ReissueBallotsDto) {
    return this.elections.reissueBallots(auth, id, dto);
  }

  @Put('elections/:id/recorded-votes')
  @Roles('board', 'staff', 'admin')
  @ApiOperation({ summary: 'Record the votes counted on paper in the assembly (needs version)' })
  @ApiOkResponse({ type: ElectionViewDto })
  @ApiErrorResponses(409)
  record(@Auth() auth: AuthContext, @Param('id', ParseUuidPipe) id: string, @Body() dto: RecordedVotesDto) {
    return this.elections.recordVotes(auth, id, dto);
  }

  @Post('elections/:id/count')
  @HttpCode(200)
  @Roles('board', 'staff', 'admin')
  @ApiOperation({
    summary: 'Count (plurality; a tie on the last seat → 422) and write the elected board to the register',
  })
  @ApiOkResponse({ type: ElectionViewDto })
  @ApiErrorResponses(409, 422)
  count(@Auth() auth: AuthContext, @Param('id', ParseUuidPipe) id: string, @Body() dto: VersionDto) {
    return this.elections.count(auth, id, dto.version);
  }
}

/** The member's side of a ballot: no account, only the one-time link's token. */
@ApiTags('participation')
@Controller('ballot-links')
export class BallotLinksController {
  constructor(private readonly elections: ElectionsService) {}

  @Get(':token')
  @Public()
  @ApiOperation({ summary: 'The ballot behind a one-time link (used or expired → 410, unknown → 404)' })
  @ApiOkResponse({ type: BallotLinkViewDto })
  @ApiErrorResponses(410)
  read(@Param('token') token: string) {
    return this.elections.readBallot(token);
  }

  @Post(':token')
  @Public()
  @ApiOperation({ summary: 'Cast the secret ballot once' })
  @ApiCreatedResponse({ type: RecordedDto })
  @ApiErrorResponses(410)
  cast(@Param('token') token: string, @Body() dto: BallotDto) {
    return this.elections.castBallot(token, dto);
  }
}
