import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, CHAMBER_ROLES, Roles } from '@tashakkol/shared';
import { UpdateSupportSettingsDto } from './supports.dto';
import { SupportSettingsService } from './support-settings.service';

@ApiTags('supports')
@ApiBearerAuth()
@Controller('support-settings')
export class SupportSettingsController {
  constructor(private readonly settings: SupportSettingsService) {}

  @Get()
  @Roles(...CHAMBER_ROLES)
  @ApiOperation({
    summary: 'The financial-independence threshold (Rials per year, and share of revenue once known)',
  })
  @ApiOkResponse({ description: '`{ independenceThresholdRials, independenceMaxSharePercent, version }`' })
  get() {
    return this.settings.get();
  }

  @Put()
  @Roles('admin')
  @ApiOperation({ summary: 'Change the financial-independence threshold (admin; needs version)' })
  update(@Auth() auth: AuthContext, @Body() dto: UpdateSupportSettingsDto) {
    return this.settings.update(auth, dto);
  }
}
