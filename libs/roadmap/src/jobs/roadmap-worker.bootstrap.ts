import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { RoadmapProducer } from './roadmap.producer';

/** The worker keeps the read model fresh on a schedule, besides the debounced refreshes readers ask for. */
@Injectable()
export class RoadmapWorkerBootstrap implements OnApplicationBootstrap {
  constructor(private readonly producer: RoadmapProducer) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.producer.scheduleRefresh();
  }
}
