import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, CHAMBER_ROLES, Roles } from '@tashakkol/shared';
import { UpdateSupportSettingsDto } from './supports.dto';
import { SupportSettingsService } from './support-settings.service';
import { SupportSettingsView } from './supports.views';

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
  @ApiOkResponse({ type: SupportSettingsView })
  get(): Promise<SupportSettingsView> {
    return this.settings.get();
  }

  @Put()
  @Roles('admin')
  @ApiOperation({ summary: 'Change the financial-independence threshold (admin; needs version)' })
  @ApiOkResponse({ type: SupportSettingsView })
  update(@Auth() auth: AuthContext, @Body() dto: UpdateSupportSettingsDto): Promise<SupportSettingsView> {
    return this.settings.update(auth, dto);
  }
}
