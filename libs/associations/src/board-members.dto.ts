import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { IsDateInput } from '@tashakkol/shared';
import { BOARD_ROLES, BoardRole, ELECTION_METHODS, ElectionMethod } from './board-member.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const given = (field: string) => ValidateIf((o: Record<string, unknown>) => o[field] !== undefined);
const givenNotNull = (field: string) =>
  ValidateIf((o: Record<string, unknown>) => o[field] !== undefined && o[field] !== null);

export class CreateBoardMemberDto {
  @ApiProperty({ example: 'محمدرضا صادقی', maxLength: 120 })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  fullName!: string;

  @ApiProperty({ enum: BOARD_ROLES, example: 'chair' })
  @IsIn(BOARD_ROLES)
  role!: BoardRole;

  @ApiPropertyOptional({ example: 'شرکت فرآوری پسته رفسنجان', maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  firmName?: string;

  @ApiProperty({ example: '2024-05-01', format: 'date' })
  @IsDateInput()
  termStart!: string;

  @ApiPropertyOptional({ example: '2026-04-30', format: 'date' })
  @IsOptional()
  @IsDateInput()
  termEnd?: string;

  @ApiProperty({
    enum: ELECTION_METHODS,
    example: 'general_assembly',
    description: 'How the seat was filled',
  })
  @IsIn(ELECTION_METHODS)
  electedBy!: ElectionMethod;
}

export class UpdateBoardMemberDto {
  @ApiProperty({ example: 1, description: 'The version you last read (stale → 409)' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ example: 'محمدرضا صادقی', maxLength: 120 })
  @given('fullName')
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  fullName?: string;

  @ApiPropertyOptional({ enum: BOARD_ROLES })
  @given('role')
  @IsIn(BOARD_ROLES)
  role?: BoardRole;

  @ApiPropertyOptional({ maxLength: 200, nullable: true })
  @givenNotNull('firmName')
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  firmName?: string | null;

  @ApiPropertyOptional({
    example: '2024-05-01',
    format: 'date',
    description: 'Corrects the first day of the term',
  })
  @given('termStart')
  @IsDateInput()
  termStart?: string;

  @ApiPropertyOptional({
    example: '2026-04-30',
    format: 'date',
    nullable: true,
    description: 'Ends the term (its row stays in the history)',
  })
  @givenNotNull('termEnd')
  @IsDateInput()
  termEnd?: string | null;

  @ApiPropertyOptional({
    example: 'پایان دوره و برگزاری انتخابات مجمع عمومی',
    maxLength: 300,
    nullable: true,
  })
  @givenNotNull('endReason')
  @IsString()
  @MaxLength(300)
  endReason?: string | null;

  @ApiPropertyOptional({ enum: ELECTION_METHODS })
  @given('electedBy')
  @IsIn(ELECTION_METHODS)
  electedBy?: ElectionMethod;
}

export class BoardMemberQueryDto {
  @ApiPropertyOptional({
    description: 'true: only those serving today; false: only past terms; absent: the whole history',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsIn([true, false], { message: 'current must be true or false' })
  current?: boolean;
}
