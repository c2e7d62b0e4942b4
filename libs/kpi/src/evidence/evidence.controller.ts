import { Controller, Get, Param, Post, Query, Req, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { Auth, AuthContext, Roles, ParseUuidPipe } from '@tashakkol/shared';
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
  async upload(
    @Auth() auth: AuthContext,
    @Param('id', ParseUuidPipe) id: string,
    @Query('indicatorCode') indicatorCode: string | undefined,
    @Req() req: FastifyRequest,
  ) {
    return this.evidence.upload(auth, id, indicatorCode, () => readUpload(req));
  }

  @Get()
  @ApiOperation({ summary: "The report's evidence documents" })
  list(@Auth() auth: AuthContext, @Param('id', ParseUuidPipe) id: string) {
    return this.evidence.list(auth, id);
  }

  @Get(':evidenceId')
  @ApiOperation({ summary: 'Download a document (the chamber, and the board of its association only)' })
  @ApiProduces(
    'application/pdf',
    'image/png',
    'image/jpeg',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  )
  async download(
    @Auth() auth: AuthContext,
    @Param('id', ParseUuidPipe) id: string,
    @Param('evidenceId', ParseUuidPipe) evidenceId: string,
  ) {
    const { evidence, data } = await this.evidence.download(auth, id, evidenceId);
    return new StreamableFile(data, {
      type: evidence.contentType,
      length: data.length,
      disposition: `attachment; filename*=UTF-8''${encodeURIComponent(evidence.fileName)}`,
    });
  }
}
