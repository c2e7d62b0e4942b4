import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, ParseUuidPipe, Roles, ApiErrorResponses } from '@tashakkol/shared';
import { AssembliesService } from './assemblies.service';
import { CreateAssemblyDto, RecordAssemblyDto } from './participation.dto';
import { AssemblyListDto, AssemblyViewDto } from './participation.views';

@ApiTags('participation')
@ApiBearerAuth()
@Controller('associations/:id/assemblies')
export class AssembliesController {
  constructor(private readonly assemblies: AssembliesService) {}

  @Get()
  @ApiOperation({ summary: 'General assemblies (مجامع عمومی), newest notice first' })
  @ApiOkResponse({ type: AssemblyListDto })
  list(@Auth() auth: AuthContext, @Param('id', ParseUuidPipe) id: string) {
    return this.assemblies.list(auth, id);
  }

  @Post()
  @Roles('board', 'staff', 'admin')
  @ApiOperation({ summary: 'Give notice of an assembly: date, agenda, quorum rule' })
  @ApiCreatedResponse({ type: AssemblyViewDto })
  create(@Auth() auth: AuthContext, @Param('id', ParseUuidPipe) id: string, @Body() dto: CreateAssemblyDto) {
    return this.assemblies.create(auth, id, dto);
  }

  @Patch(':assemblyId')
  @Roles('board', 'staff', 'admin')
  @ApiOperation({
    summary: 'Record that it met: day, eligible and attending members, resolutions (needs version)',
  })
  @ApiOkResponse({ type: AssemblyViewDto })
  @ApiErrorResponses(409)
  record(
    @Auth() auth: AuthContext,
    @Param('id', ParseUuidPipe) id: string,
    @Param('assemblyId', ParseUuidPipe) assemblyId: string,
    @Body() dto: RecordAssemblyDto,
  ) {
    return this.assemblies.record(auth, id, assemblyId, dto);
  }
}
