import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrorResponses, Auth, AuthContext, ParseUuidPipe, Roles } from '@tashakkol/shared';
import { BoardMembersView, BoardMemberView } from './board-member.view';
import { BoardMemberQueryDto, CreateBoardMemberDto, UpdateBoardMemberDto } from './board-members.dto';
import { BoardMembersService } from './board-members.service';

@ApiTags('associations')
@ApiBearerAuth()
@Controller('associations/:id/board-members')
export class BoardMembersController {
  constructor(private readonly board: BoardMembersService) {}

  @Get()
  @ApiOperation({
    summary: 'The board (هیئت مدیره), newest terms first, past terms kept; read-only for the board itself',
  })
  @ApiOkResponse({ type: BoardMembersView })
  list(
    @Auth() auth: AuthContext,
    @Param('id', ParseUuidPipe) id: string,
    @Query() query: BoardMemberQueryDto,
  ): Promise<BoardMembersView> {
    return this.board.list(auth, id, query);
  }

  @Post()
  @Roles('staff', 'approver', 'admin')
  @ApiOperation({
    summary: 'Record a board seat for a term. A second serving chair/deputy/secretary/treasurer → 422',
  })
  @ApiCreatedResponse({ type: BoardMemberView })
  @ApiErrorResponses(422)
  create(
    @Auth() auth: AuthContext,
    @Param('id', ParseUuidPipe) id: string,
    @Body() dto: CreateBoardMemberDto,
  ): Promise<BoardMemberView> {
    return this.board.create(auth, id, dto);
  }

  @Patch(':memberId')
  @Roles('staff', 'approver', 'admin')
  @ApiOperation({ summary: 'Change a seat or end its term (needs version); the row stays as history' })
  @ApiOkResponse({ type: BoardMemberView })
  @ApiErrorResponses(422)
  update(
    @Auth() auth: AuthContext,
    @Param('id', ParseUuidPipe) id: string,
    @Param('memberId', ParseUuidPipe) memberId: string,
    @Body() dto: UpdateBoardMemberDto,
  ): Promise<BoardMemberView> {
    return this.board.update(auth, id, memberId, dto);
  }
}
