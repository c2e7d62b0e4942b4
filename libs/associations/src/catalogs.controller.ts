import { Body, Controller, Get, Param, ParseIntPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrorResponses, Auth, AuthContext, BadInputError, Roles } from '@tashakkol/shared';
import {
  CreateCategoryDto,
  CreateCodedEntryDto,
  CreateCriterionDto,
  UpdateCategoryDto,
  UpdateCodedEntryDto,
  UpdateCriterionDto,
} from './catalogs.dto';
import { CatalogsService } from './catalogs.service';
import { CultureTraitView } from './culture-traits';
import { ClassificationCriterion } from './classification-criterion.entity';
import { LegalForm } from './legal-form.entity';
import { SectorCategory } from './sector-category.entity';

@ApiTags('catalogs')
@ApiBearerAuth()
@Controller('catalogs')
export class CatalogsController {
  constructor(private readonly catalogs: CatalogsService) {}

  @Get('categories')
  @ApiOperation({ summary: 'Sector categories (رسته) with ISIC code and chamber priority' })
  @ApiOkResponse({ type: SectorCategory, isArray: true })
  categories(): Promise<SectorCategory[]> {
    return this.catalogs.categories();
  }

  @Post('categories')
  @Roles('admin')
  @ApiOperation({
    summary: 'Add a sector category (admin). An invalid ISIC code → 400; a duplicate Persian name → 409',
  })
  @ApiCreatedResponse({ type: SectorCategory })
  @ApiErrorResponses(409)
  createCategory(@Auth() auth: AuthContext, @Body() dto: CreateCategoryDto): Promise<SectorCategory> {
    return this.catalogs.createCategory(auth, dto);
  }

  @Patch('categories/:id')
  @Roles('admin')
  @ApiOperation({ summary: 'Change a sector category (admin; needs version)' })
  @ApiOkResponse({ type: SectorCategory })
  updateCategory(
    @Auth() auth: AuthContext,
    @Param(
      'id',
      new ParseIntPipe({
        exceptionFactory: () => new BadInputError('request.bad_id', 'id: must be a whole number'),
      }),
    )
    id: number,
    @Body() dto: UpdateCategoryDto,
  ): Promise<SectorCategory> {
    return this.catalogs.updateCategory(auth, id, dto);
  }

  @Get('legal-forms')
  @ApiOperation({ summary: 'Legal forms of association (انجمن، اتحادیه، سندیکا …)' })
  @ApiOkResponse({ type: LegalForm, isArray: true })
  legalForms(): Promise<LegalForm[]> {
    return this.catalogs.legalForms();
  }

  @Post('legal-forms')
  @Roles('admin')
  @ApiOperation({ summary: 'Add a legal form (admin)' })
  @ApiCreatedResponse({ type: LegalForm })
  @ApiErrorResponses(409)
  createLegalForm(@Auth() auth: AuthContext, @Body() dto: CreateCodedEntryDto): Promise<LegalForm> {
    return this.catalogs.createLegalForm(auth, dto);
  }

  @Patch('legal-forms/:code')
  @Roles('admin')
  @ApiOperation({ summary: 'Change a legal form (admin; needs version)' })
  @ApiOkResponse({ type: LegalForm })
  updateLegalForm(
    @Auth() auth: AuthContext,
    @Param('code') code: string,
    @Body() dto: UpdateCodedEntryDto,
  ): Promise<LegalForm> {
    return this.catalogs.updateLegalForm(auth, code, dto);
  }

  @Get('classification-criteria')
  @ApiOperation({ summary: 'Classification criteria (معیارهای تفکیک تشکل ها)' })
  @ApiOkResponse({ type: ClassificationCriterion, isArray: true })
  criteria(): Promise<ClassificationCriterion[]> {
    return this.catalogs.criteria();
  }

  @Post('classification-criteria')
  @Roles('admin')
  @ApiOperation({ summary: 'Add a classification criterion (admin)' })
  @ApiCreatedResponse({ type: ClassificationCriterion })
  @ApiErrorResponses(409)
  createCriterion(
    @Auth() auth: AuthContext,
    @Body() dto: CreateCriterionDto,
  ): Promise<ClassificationCriterion> {
    return this.catalogs.createCriterion(auth, dto);
  }

  @Patch('classification-criteria/:code')
  @Roles('admin')
  @ApiOperation({ summary: 'Change a classification criterion (admin; needs version)' })
  @ApiOkResponse({ type: ClassificationCriterion })
  updateCriterion(
    @Auth() auth: AuthContext,
    @Param('code') code: string,
    @Body() dto: UpdateCriterionDto,
  ): Promise<ClassificationCriterion> {
    return this.catalogs.updateCriterion(auth, code, dto);
  }

  @Get('culture-traits')
  @ApiOperation({ summary: 'Traits a board may choose for its culture profile' })
  @ApiOkResponse({ type: CultureTraitView, isArray: true })
  cultureTraits(): readonly CultureTraitView[] {
    return this.catalogs.cultureTraits();
  }
}
