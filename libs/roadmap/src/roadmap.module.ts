import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { KpiScoringModule } from '@tashakkol/kpi';
import { QueueName } from '@tashakkol/shared';
import { SupportsModule } from '@tashakkol/supports';
import { RoadmapWorkerBootstrap } from './jobs/roadmap-worker.bootstrap';
import { RoadmapProcessor } from './jobs/roadmap.processor';
import { RoadmapProducer } from './jobs/roadmap.producer';
import { RoadmapExportService } from './roadmap-export.service';
import { RoadmapReadModel } from './roadmap-read-model.service';
import { RoadmapController } from './roadmap.controller';
import { RoadmapService } from './roadmap.service';

@Module({
  imports: [KpiScoringModule, SupportsModule, BullModule.registerQueue({ name: QueueName.Roadmap })],
  providers: [RoadmapService, RoadmapReadModel, RoadmapProducer, RoadmapExportService],
  exports: [RoadmapService, RoadmapReadModel, RoadmapProducer, RoadmapExportService],
})
export class RoadmapModule {}

@Module({ imports: [RoadmapModule], controllers: [RoadmapController] })
export class RoadmapApiModule {}

/** Registered by apps/worker only: the read model's refresh job and its schedule. */
@Module({ imports: [RoadmapModule], providers: [RoadmapProcessor, RoadmapWorkerBootstrap] })
export class RoadmapJobsModule {}
