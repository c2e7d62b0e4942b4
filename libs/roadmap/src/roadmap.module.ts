import { Module } from '@nestjs/common';
import { KpiScoringModule } from '@tashakkol/kpi';
import { SupportsModule } from '@tashakkol/supports';
import { RoadmapController } from './roadmap.controller';
import { RoadmapService } from './roadmap.service';

@Module({
  imports: [KpiScoringModule, SupportsModule],
  providers: [RoadmapService],
  exports: [RoadmapService],
})
export class RoadmapModule {}

@Module({ imports: [RoadmapModule], controllers: [RoadmapController] })
export class RoadmapApiModule {}
