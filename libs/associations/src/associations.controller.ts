import { Body, Controller, Get, Param, Patch, Post, Put, Query, Req, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  ApiErrorResponses,
  ApiFileResponse,
  ApiPaginatedResponse,
  Auth,
  AuthContext,
  CSV,
  Page,
  ParseUuidPipe,
  Roles,
  XLSX,
} from '@tashakkol/shared';
import type { FastifyRequest } from 'fastify';
import { AssociationTransferService } from './association-transfer.service';
import { AssociationImportView } from './association-import.view';
import { AssociationView } from './association-view';
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
  @ApiCreatedResponse({ type: AssociationView })
  @ApiErrorResponses(409, 422)
  create(@Auth() auth: AuthContext, @Body() dto: CreateAssociationDto): Promise<AssociationView> {
    return this.associations.create(auth, dto);
  }

  @Get()
  @ApiOperation({
    summary:
      'Search the register. `q` ignores ي/ی, ك/ک, ZWNJ and diacritics. A board user sees only its own association',
  })
  @ApiPaginatedResponse(AssociationView)
  list(@Auth() auth: AuthContext, @Query() query: AssociationQueryDto): Promise<Page<AssociationView>> {
    return this.associations.list(auth, query);
  }

  @Get('export')
  @Roles('staff', 'approver', 'admin', 'president')
  @ApiOperation({
    summary: 'Download the filtered list as CSV (UTF-8) or XLSX; the columns can be imported back',
  })
  @ApiFileResponse([CSV, XLSX])
  async export(
    @Auth() auth: AuthContext,
    @Query() query: AssociationExportQueryDto,
  ): Promise<StreamableFile> {
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
  @ApiCreatedResponse({ type: AssociationImportView })
  @ApiErrorResponses(400, 415, 422)
  async import(@Auth() auth: AuthContext, @Req() req: FastifyRequest): Promise<AssociationImportView> {
    return this.transfer.import(auth, await readUpload(req));
  }

  @Get(':id')
  @ApiOperation({ summary: 'One association (another association’s board user → 404)' })
  @ApiOkResponse({ type: AssociationView })
  get(@Auth() auth: AuthContext, @Param('id', ParseUuidPipe) id: string): Promise<AssociationView> {
    return this.associations.getVisible(auth, id);
  }

  @Patch(':id')
  @Roles('staff', 'approver', 'admin', 'board')
  @ApiOperation({
    summary:
      'Change the register entry (needs version; stale → 409). A board may change only contact and cultureProfile (else 403)',
  })
  @ApiOkResponse({ type: AssociationView })
  @ApiErrorResponses(422)
  update(
    @Auth() auth: AuthContext,
    @Param('id', ParseUuidPipe) id: string,
    @Body() dto: UpdateAssociationDto,
  ): Promise<AssociationView> {
    return this.associations.update(auth, id, dto);
  }

  @Put(':id/culture-profile')
  @Roles('staff', 'approver', 'admin', 'board')
  @ApiOperation({
    summary:
      'Replace the culture profile (free text + chosen traits); the board may do it for its own association',
  })
  @ApiOkResponse({ type: AssociationView })
  putCultureProfile(
    @Auth() auth: AuthContext,
    @Param('id', ParseUuidPipe) id: string,
    @Body() dto: PutCultureProfileDto,
  ): Promise<AssociationView> {
    return this.associations.putCultureProfile(auth, id, dto);
  }
}
