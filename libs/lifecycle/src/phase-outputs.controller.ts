import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { PhaseOutput } from './phase-output.entity';
import { PhaseOutputsView } from './lifecycle.views';
import { ApiErrorResponses, Auth, AuthContext, ParseUuidPipe, Roles } from '@tashakkol/shared';
import { OUTPUT_DTOS } from './phase-outputs.dto';
import { PhaseOutputsService } from './phase-outputs.service';

const OUTPUT_MODELS = Object.values(OUTPUT_DTOS);

@ApiTags('lifecycle')
@ApiBearerAuth()
@ApiExtraModels(...OUTPUT_MODELS)
@Controller('associations/:id/phases/:phase/outputs')
export class PhaseOutputsController {
  constructor(private readonly outputs: PhaseOutputsService) {}

  @Get()
  @ApiOkResponse({ type: PhaseOutputsView })
  @ApiOperation({ summary: 'The outputs of one phase, each with who recorded it, when, and its revisions' })
  list(@Auth() auth: AuthContext, @Param('id', ParseUuidPipe) id: string, @Param('phase') phase: string) {
    return this.outputs.list(auth, id, phase);
  }

  @Put(':key')
  @ApiOkResponse({
    type: PhaseOutput,
    description: 'The output as recorded (revision, version, who and when)',
  })
  @ApiErrorResponses(409, 422)
  @Roles('staff', 'approver', 'admin')
  @ApiErrorResponses(409, 422)
  @ApiOperation({
    summary:
      "Record one output of a phase; its body is the DTO of that output (key → ClassificationDto, LawsAndPoliciesDto, …). Revising an existing output needs its version (stale → 409). `registration`, `board_election` and `formation_method = sub_branch` also write the register (number, authority, date; the elected board; the parent), in the same transaction: another association's registration number → 409, a loop in the tree → 422.",
  })
  @ApiBody({ schema: { oneOf: OUTPUT_MODELS.map((m) => ({ $ref: getSchemaPath(m) })) } })
  record(
    @Auth() auth: AuthContext,
    @Param('id', ParseUuidPipe) id: string,
    @Param('phase') phase: string,
    @Param('key') key: string,
    @Body() body: Record<string, unknown>,
  ) {
    return this.outputs.record(auth, id, phase, key, body);
  }
}
