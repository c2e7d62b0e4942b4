import { Controller, Get, Param, Post, Query, Req, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import {
  ApiErrorResponses,
  ApiFileResponse,
  Auth,
  AuthContext,
  ParseUuidPipe,
  Roles,
  XLSX,
} from '@tashakkol/shared';
import { EvidenceView } from '../reports/report.views';
import type { FastifyRequest } from 'fastify';
import { EvidenceService } from './evidence.service';
import { readUpload } from './upload';

@ApiTags('kpi-reports')
@ApiBearerAuth()
@Controller('kpi-reports/:id/evidence')
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  @Post()
  @Roles('board')
  @ApiOperation({
    summary:
      'Attach an evidence document (PDF, PNG, JPEG or XLSX; ≤ 10 MB; structure checked) to a draft or returned report',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      properties: { file: { type: 'string', format: 'binary' } },
      required: ['file'],
    },
  })
  @ApiQuery({ name: 'indicatorCode', required: false, description: 'The indicator the document supports' })
  @ApiCreatedResponse({ type: EvidenceView })
  @ApiErrorResponses(409, 413, 415)
  async upload(
    @Auth() auth: AuthContext,
    @Param('id', ParseUuidPipe) id: string,
    @Query('indicatorCode') indicatorCode: string | undefined,
    @Req() req: FastifyRequest,
  ): Promise<EvidenceView> {
    return this.evidence.upload(auth, id, indicatorCode, () => readUpload(req));
  }

  @Get()
  @ApiOperation({ summary: "The report's evidence documents" })
  @ApiOkResponse({ type: EvidenceView, isArray: true })
  list(@Auth() auth: AuthContext, @Param('id', ParseUuidPipe) id: string): Promise<EvidenceView[]> {
    return this.evidence.list(auth, id);
  }

  @Get(':evidenceId')
  @ApiOperation({ summary: 'Download a document (the chamber, and the board of its association only)' })
  @ApiFileResponse(['application/pdf', 'image/png', 'image/jpeg', XLSX], 'The document as uploaded')
  async download(
    @Auth() auth: AuthContext,
    @Param('id', ParseUuidPipe) id: string,
    @Param('evidenceId', ParseUuidPipe) evidenceId: string,
  ): Promise<StreamableFile> {
    const { evidence, data } = await this.evidence.download(auth, id, evidenceId);
    return new StreamableFile(data, {
      type: evidence.contentType,
      length: data.length,
      disposition: `attachment; filename*=UTF-8''${encodeURIComponent(evidence.fileName)}`,
    });
  }
}
