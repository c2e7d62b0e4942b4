import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

export class ScoresQueryDto {
  @ApiPropertyOptional({
    example: '1405-Q2',
    description: 'Jalali period; the latest scored period when omitted',
  })
  @IsOptional()
  @Matches(/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/, {
    message: 'period: must be a Jalali period like 1405-07, 1405-Q2 or 1405',
  })
  period?: string;
}
