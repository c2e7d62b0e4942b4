import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssociationsModule } from '@tashakkol/associations';
import { AuditModule } from '@tashakkol/audit';
import { MEMBERS_VOICE_SOURCE } from '@tashakkol/shared';
import { AssembliesController } from './assemblies.controller';
import { AssembliesService } from './assemblies.service';
import { Assembly } from './assembly.entity';
import { Ballot } from './ballot.entity';
import { Election } from './election.entity';
import { BallotLinksController, ElectionsController } from './elections.controller';
import { ElectionsService } from './elections.service';
import { Member } from './member.entity';
import { MembersController } from './members.controller';
import { MembersService } from './members.service';
import { OneTimeLink } from './one-time-link.entity';
import { ParticipationMembersVoiceSource, ParticipationReadService } from './participation-read.service';
import { SurveyResponse } from './survey-response.entity';
import { SurveyRun } from './survey-run.entity';
import { Survey } from './survey.entity';
import { SurveyLinksController, SurveysController } from './surveys.controller';
import { SurveysService } from './surveys.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      Member,
      Survey,
      SurveyRun,
      SurveyResponse,
      OneTimeLink,
      Assembly,
      Election,
      Ballot,
    ]),
    AssociationsModule,
    AuditModule,
  ],
  providers: [MembersService, SurveysService, AssembliesService, ElectionsService, ParticipationReadService],
  exports: [MembersService, SurveysService, AssembliesService, ElectionsService, ParticipationReadService],
})
export class ParticipationModule {}

@Module({
  imports: [ParticipationModule],
  controllers: [
    MembersController,
    SurveysController,
    SurveyLinksController,
    AssembliesController,
    ElectionsController,
    BallotLinksController,
  ],
})
export class ParticipationApiModule {}

/** Gives kpi's scoring the members' voice through its port (imported by apps/api and apps/worker). */
@Global()
@Module({
  imports: [ParticipationModule],
  providers: [
    ParticipationMembersVoiceSource,
    { provide: MEMBERS_VOICE_SOURCE, useExisting: ParticipationMembersVoiceSource },
  ],
  exports: [MEMBERS_VOICE_SOURCE],
})
export class ParticipationMembersVoiceModule {}
