import { Body, Controller, Get, Param, Patch, Post, Put, Query, Req, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { Auth, AuthContext, Roles, ParseUuidPipe } from '@tashakkol/shared';
import type { FastifyRequest } from 'fastify';
import { AssociationTransferService } from './association-transfer.service';
import { Association } from './association.entity';
import {
  AssociationExportQueryDto,
  AssociationQueryDto,
  CreateAssociationDto,
  PutCultureProfileDto,
  UpdateAssociationDto,
} from './associations.dto';
import { AssociationsService } from './associations.service';
import { readUpload } from './upload';

@ApiTags('associations')
@ApiBearerAuth()
@Controller('associations')
export class AssociationsController {
  constructor(
    private readonly associations: AssociationsService,
    private readonly transfer: AssociationTransferService,
  ) {}

  @Post()
  @Roles('staff', 'approver', 'admin')
  @ApiOperation({
    summary: 'Register an association (تشکل). It starts in phase concept_review with status proposed',
  })
  @ApiCreatedResponse({ type: Association })
  create(@Auth() auth: AuthContext, @Body() dto: CreateAssociationDto) {
    return this.associations.create(auth, dto);
  }

  @Get()
  @ApiOperation({
    summary:
      'Search the register. `q` ignores ي/ی, ك/ک, ZWNJ and diacritics. A board user sees only its own association',
  })
  @ApiOkResponse({ description: '`{ items: Association[], total, page, pageSize }`' })
  list(@Auth() auth: AuthContext, @Query() query: AssociationQueryDto) {
    return this.associations.list(auth, query);
  }

  @Get('export')
  @Roles('staff', 'approver', 'admin', 'president')
  @ApiOperation({
    summary: 'Download the filtered list as CSV (UTF-8) or XLSX; the columns can be imported back',
  })
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'The file, as an attachment' })
  async export(@Auth() auth: AuthContext, @Query() query: AssociationExportQueryDto) {
    const file = await this.transfer.export(auth, query);
    return new StreamableFile(file.data, {
      type: file.contentType,
      disposition: `attachment; filename="${file.filename}"`,
    });
  }

  @Post('import')
  @Roles('staff', 'approver', 'admin')
  @ApiOperation({
    summary:
      'Import associations from a CSV or XLSX file (header row = the fields of POST /associations). ' +
      'All rows or none: any bad row → 400 with `details.problems: [{line, field, message}]`',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    },
  })
  @ApiCreatedResponse({ description: '`{ imported, ids }`' })
  async import(@Auth() auth: AuthContext, @Req() req: FastifyRequest) {
    return this.transfer.import(auth, await readUpload(req));
  }

  @Get(':id')
  @ApiOperation({ summary: 'One association (another association’s board user → 404)' })
  @ApiOkResponse({ type: Association })
  get(@Auth() auth: AuthContext, @Param('id', ParseUuidPipe) id: string) {
    return this.associations.getVisible(auth, id);
  }

  @Patch(':id')
  @Roles('staff', 'approver', 'admin', 'board')
  @ApiOperation({
    summary:
      'Change the register entry (needs version; stale → 409). A board may change only contact and cultureProfile (else 403)',
  })
  @ApiOkResponse({ type: Association })
  update(
    @Auth() auth: AuthContext,
    @Param('id', ParseUuidPipe) id: string,
    @Body() dto: UpdateAssociationDto,
  ) {
    return this.associations.update(auth, id, dto);
  }

  @Put(':id/culture-profile')
  @Roles('staff', 'approver', 'admin', 'board')
  @ApiOperation({
    summary:
      'Replace the culture profile (free text + chosen traits); the board may do it for its own association',
  })
  @ApiOkResponse({ type: Association })
  putCultureProfile(
    @Auth() auth: AuthContext,
    @Param('id', ParseUuidPipe) id: string,
    @Body() dto: PutCultureProfileDto,
  ) {
    return this.associations.putCultureProfile(auth, id, dto);
  }
}
