import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, ParseUuidPipe, Public, Roles, ApiErrorResponses } from '@tashakkol/shared';
import { CreateSurveyDto, CreateSurveyRunDto, SubmitAnswersDto, VersionDto } from './participation.dto';
import {
  RecordedDto,
  SurveyLinkViewDto,
  SurveyListDto,
  SurveyRunCreatedDto,
  SurveyRunListDto,
  SurveyRunResponsesDto,
  SurveyRunResultsDto,
  SurveyRunViewDto,
  SurveyViewDto,
} from './participation.views';
import { SurveysService } from './surveys.service';

@ApiTags('participation')
@ApiBearerAuth()
@Controller()
export class SurveysController {
  constructor(private readonly surveys: SurveysService) {}

  @Get('surveys')
  @Roles('staff', 'admin', 'approver', 'president')
  @ApiOperation({ summary: 'The questionnaires (پرسشنامه ها) the chamber has defined' })
  @ApiOkResponse({ type: SurveyListDto })
  async list() {
    return { items: await this.surveys.listSurveys() };
  }

  @Post('surveys')
  @Roles('staff', 'admin')
  @ApiOperation({ summary: 'Define a questionnaire: Likert items and open questions' })
  @ApiCreatedResponse({ type: SurveyViewDto })
  @ApiErrorResponses(409)
  create(@Auth() auth: AuthContext, @Body() dto: CreateSurveyDto) {
    return this.surveys.createSurvey(auth, dto);
  }

  @Post('associations/:id/survey-runs')
  @Roles('staff', 'admin')
  @ApiOperation({
    summary: 'Send a questionnaire to every current member: one one-time link each (shown once)',
  })
  @ApiCreatedResponse({ type: SurveyRunCreatedDto })
  @ApiErrorResponses(409, 422)
  createRun(
    @Auth() auth: AuthContext,
    @Param('id', ParseUuidPipe) id: string,
    @Body() dto: CreateSurveyRunDto,
  ) {
    return this.surveys.createRun(auth, id, dto);
  }

  @Get('associations/:id/survey-runs')
  @ApiOperation({ summary: "An association's survey runs" })
  @ApiOkResponse({ type: SurveyRunListDto })
  listRuns(@Auth() auth: AuthContext, @Param('id', ParseUuidPipe) id: string) {
    return this.surveys.listRuns(auth, id);
  }

  @Get('survey-runs/:id/results')
  @ApiOperation({ summary: 'Aggregates of a run (none under 5 answers); never an individual answer' })
  @ApiOkResponse({ type: SurveyRunResultsDto })
  results(@Auth() auth: AuthContext, @Param('id', ParseUuidPipe) id: string) {
    return this.surveys.results(auth, id);
  }

  @Get('survey-runs/:id/responses')
  @Roles('staff', 'admin')
  @ApiOperation({
    summary:
      'The anonymous individual answers of a run, for the chamber (none under 5 answers); a board → 403',
  })
  @ApiOkResponse({ type: SurveyRunResponsesDto })
  responses(@Auth() auth: AuthContext, @Param('id', ParseUuidPipe) id: string) {
    return this.surveys.responses(auth, id);
  }

  @Post('survey-runs/:id/close')
  @HttpCode(200)
  @Roles('staff', 'admin')
  @ApiOperation({ summary: 'Close a run: its unused links stop working' })
  @ApiOkResponse({ type: SurveyRunViewDto })
  @ApiErrorResponses(409)
  close(@Auth() auth: AuthContext, @Param('id', ParseUuidPipe) id: string, @Body() dto: VersionDto) {
    return this.surveys.closeRun(auth, id, dto.version);
  }
}

/** The member's side: no account, only the one-time link's token. */
@ApiTags('participation')
@Controller('survey-links')
export class SurveyLinksController {
  constructor(private readonly surveys: SurveysService) {}

  @Get(':token')
  @Public()
  @ApiOperation({
    summary: 'The questionnaire behind a one-time link (used or expired → 410, unknown → 404)',
  })
  @ApiOkResponse({ type: SurveyLinkViewDto })
  @ApiErrorResponses(410)
  read(@Param('token') token: string) {
    return this.surveys.readLink(token);
  }

  @Post(':token')
  @Public()
  @ApiOperation({ summary: 'Answer once, anonymously (an answer out of range → 400 naming the item)' })
  @ApiCreatedResponse({ type: RecordedDto })
  @ApiErrorResponses(410)
  answer(@Param('token') token: string, @Body() dto: SubmitAnswersDto) {
    return this.surveys.answer(token, dto);
  }
}
