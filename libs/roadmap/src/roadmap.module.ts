import { Module } from '@nestjs/common';
import { RoadmapController } from './roadmap.controller';
import { RoadmapService } from './roadmap.service';

@Module({ providers: [RoadmapService], exports: [RoadmapService] })
export class RoadmapModule {}

@Module({ imports: [RoadmapModule], controllers: [RoadmapController] })
export class RoadmapApiModule {}
