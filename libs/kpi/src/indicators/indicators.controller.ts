import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrorResponses, ApiPaginatedResponse, Auth, AuthContext, Page, Roles } from '@tashakkol/shared';
import { CreateIndicatorDto, IndicatorQueryDto, UpdateIndicatorDto } from './indicator.dto';
import { KpiIndicator } from './indicator.entity';
import { IndicatorsService } from './indicators.service';

@ApiTags('indicators')
@ApiBearerAuth()
@Controller('indicators')
export class IndicatorsController {
  constructor(private readonly indicators: IndicatorsService) {}

  @Get()
  @ApiOperation({ summary: 'The indicator catalog (شاخص های سنجش عملکرد), by code; every signed-in role' })
  @ApiPaginatedResponse(KpiIndicator)
  list(@Query() query: IndicatorQueryDto): Promise<Page<KpiIndicator>> {
    return this.indicators.list(query);
  }

  @Get(':code')
  @ApiOperation({ summary: 'One indicator of the catalog' })
  @ApiOkResponse({ type: KpiIndicator })
  get(@Param('code') code: string): Promise<KpiIndicator> {
    return this.indicators.get(code);
  }

  @Post()
  @Roles('admin')
  @ApiOperation({
    summary: 'Add an indicator (admin). A derived formula is checked: known codes, same frequency, no cycle.',
  })
  @ApiCreatedResponse({ type: KpiIndicator })
  @ApiErrorResponses(409)
  create(@Auth() auth: AuthContext, @Body() dto: CreateIndicatorDto): Promise<KpiIndicator> {
    return this.indicators.create(auth, dto);
  }

  @Patch(':code')
  @Roles('admin')
  @ApiOperation({ summary: 'Change an indicator (admin; needs version). Deactivate with active=false.' })
  @ApiOkResponse({ type: KpiIndicator })
  update(
    @Auth() auth: AuthContext,
    @Param('code') code: string,
    @Body() dto: UpdateIndicatorDto,
  ): Promise<KpiIndicator> {
    return this.indicators.update(auth, code, dto);
  }
}
