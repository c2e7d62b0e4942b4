import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { LifecycleSettings } from './lifecycle-settings.entity';
import { PhasesView } from './lifecycle.views';
import { Auth, AuthContext, Roles } from '@tashakkol/shared';
import { UpdateLifecycleSettingsDto } from './lifecycle.dto';
import { LifecycleSettingsService } from './lifecycle-settings.service';

@ApiTags('lifecycle')
@ApiBearerAuth()
@Controller('lifecycle')
export class LifecycleSettingsController {
  constructor(private readonly settings: LifecycleSettingsService) {}

  @Get('phases')
  @ApiOkResponse({ type: PhasesView })
  @ApiOperation({
    summary:
      'The six phases in order: Persian and English names, gate outputs, supports and precautions, and the settings in force',
  })
  phases() {
    return this.settings.phases();
  }

  @Get('settings')
  @ApiOkResponse({ type: LifecycleSettings })
  @Roles('admin', 'staff', 'approver', 'president')
  @ApiOperation({
    summary: 'The lifecycle settings (threshold, minimum founding members, approval, wording)',
  })
  get() {
    return this.settings.current();
  }

  @Patch('settings')
  @ApiOkResponse({ type: LifecycleSettings })
  @Roles('admin')
  @ApiOperation({
    summary:
      'Change the potential threshold, minimum founding members, "transitions need approval" or the wording of the precautions (admin; needs version; supports come from PATCH /support-kinds/:code)',
  })
  update(@Auth() auth: AuthContext, @Body() dto: UpdateLifecycleSettingsDto) {
    return this.settings.update(auth, dto);
  }
}
