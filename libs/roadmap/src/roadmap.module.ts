import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { KpiScoringModule } from '@tashakkol/kpi';
import { QueueName, SCORES_SETTLED } from '@tashakkol/shared';
import { SupportsModule } from '@tashakkol/supports';
import { RoadmapWorkerBootstrap } from './jobs/roadmap-worker.bootstrap';
import { RefreshRoadmapJob } from './jobs/refresh.job';
import { RoadmapProcessor } from './jobs/roadmap.processor';
import { RoadmapProducer } from './jobs/roadmap.producer';
import { RoadmapScoresListener } from './jobs/scores-settled.listener';
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

/** In the worker, where kpi's scoring jobs run: settled scores ask for a debounced rebuild. */
@Global()
@Module({
  imports: [RoadmapModule],
  providers: [RoadmapScoresListener, { provide: SCORES_SETTLED, useExisting: RoadmapScoresListener }],
  exports: [SCORES_SETTLED],
})
export class RoadmapScoresListenerModule {}

/** Registered by apps/worker only: the read model's refresh job and its schedule. */
@Module({
  imports: [RoadmapModule, RoadmapScoresListenerModule],
  providers: [RoadmapProcessor, RefreshRoadmapJob, RoadmapWorkerBootstrap],
})
export class RoadmapJobsModule {}
