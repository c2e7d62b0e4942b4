import { Body, Controller, Get, Param, Patch, Post, Query, Req } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { readUpload } from '@tashakkol/associations';
import {
  Auth,
  AuthContext,
  ParseUuidPipe,
  Roles,
  ApiErrorResponses,
  ApiPaginatedResponse,
} from '@tashakkol/shared';
import type { FastifyRequest } from 'fastify';
import { MembersService } from './members.service';
import { CreateMemberDto, MemberQueryDto, UpdateMemberDto } from './participation.dto';
import { ImportedDto, MembersSummaryDto, MemberViewDto } from './participation.views';

@ApiTags('participation')
@ApiBearerAuth()
@Controller('associations/:id/members')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @Get()
  @ApiOperation({
    summary: "The member registry (اعضا); contacts and identifiers only for the association's own board",
  })
  @ApiPaginatedResponse(MemberViewDto)
  list(@Auth() auth: AuthContext, @Param('id', ParseUuidPipe) id: string, @Query() query: MemberQueryDto) {
    return this.members.list(auth, id, query);
  }

  @Get('summary')
  @ApiOperation({ summary: 'Counts of the registry: current members, firms, persons, dues paid' })
  @ApiOkResponse({ type: MembersSummaryDto })
  summary(@Auth() auth: AuthContext, @Param('id', ParseUuidPipe) id: string) {
    return this.members.summary(auth, id);
  }

  @Post()
  @Roles('board')
  @ApiOperation({ summary: 'Register a member (the board keeps its registry)' })
  @ApiCreatedResponse({ type: MemberViewDto })
  @ApiErrorResponses(409)
  create(@Auth() auth: AuthContext, @Param('id', ParseUuidPipe) id: string, @Body() dto: CreateMemberDto) {
    return this.members.create(auth, id, dto);
  }

  @Post('import')
  @Roles('board')
  @ApiOperation({ summary: 'Import members from CSV or XLSX: all rows or none, bad rows reported by line' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    },
  })
  @ApiCreatedResponse({ type: ImportedDto })
  async import(
    @Auth() auth: AuthContext,
    @Param('id', ParseUuidPipe) id: string,
    @Req() req: FastifyRequest,
  ) {
    return this.members.import(auth, id, await readUpload(req));
  }

  @Patch(':memberId')
  @Roles('board')
  @ApiOperation({ summary: 'Change a member, record that they left, or their dues (needs version)' })
  @ApiOkResponse({ type: MemberViewDto })
  @ApiErrorResponses(409)
  update(
    @Auth() auth: AuthContext,
    @Param('id', ParseUuidPipe) id: string,
    @Param('memberId', ParseUuidPipe) memberId: string,
    @Body() dto: UpdateMemberDto,
  ) {
    return this.members.update(auth, id, memberId, dto);
  }
}
