import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, Roles } from '@tashakkol/shared';
import { CreateSupportKindDto, UpdateSupportKindDto } from './supports.dto';
import { SupportKind } from './support-kind.entity';
import { SupportKindsService } from './support-kinds.service';

@ApiTags('supports')
@ApiBearerAuth()
@Controller('support-kinds')
export class SupportKindsController {
  constructor(private readonly kinds: SupportKindsService) {}

  @Get()
  @ApiOperation({
    summary:
      'Support kinds (انواع حمایت): names, the phases each suits, and what it carries (Rials, hours, in-kind)',
  })
  @ApiOkResponse({ type: SupportKind, isArray: true })
  list(): Promise<SupportKind[]> {
    return this.kinds.list();
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Add a support kind to the catalog (admin)' })
  @ApiCreatedResponse({ type: SupportKind })
  create(@Auth() auth: AuthContext, @Body() dto: CreateSupportKindDto): Promise<SupportKind> {
    return this.kinds.create(auth, dto);
  }

  @Patch(':code')
  @Roles('admin')
  @ApiOperation({
    summary:
      "Edit a support kind (admin): names, the phases it suits, what it carries, order, or retire it; needs the kind's version",
  })
  @ApiOkResponse({ type: SupportKind })
  update(
    @Auth() auth: AuthContext,
    @Param('code') code: string,
    @Body() dto: UpdateSupportKindDto,
  ): Promise<SupportKind> {
    return this.kinds.update(auth, code, dto);
  }
}
