import { Injectable } from '@nestjs/common';
import { ScoresSettled } from '@tashakkol/shared';
import { RoadmapProducer } from './roadmap.producer';

/** New scores → one debounced rebuild of the read model (the funnel's score bands, movers, outcomes). */
@Injectable()
export class RoadmapScoresListener implements ScoresSettled {
  constructor(private readonly producer: RoadmapProducer) {}

  scoresSettled(): Promise<void> {
    return this.producer.requestRefresh('scores-settled');
  }
}
