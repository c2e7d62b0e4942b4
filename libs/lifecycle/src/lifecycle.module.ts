import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Association, AssociationsModule } from '@tashakkol/associations';
import { AuditModule } from '@tashakkol/audit';
import { IdentityModule } from '@tashakkol/identity';
import { NotificationsModule } from '@tashakkol/notifications';
import { GateService } from './gate.service';
import { LifecycleReader } from './lifecycle-reader.service';
import { LifecycleSettingsController } from './lifecycle-settings.controller';
import { LifecycleSettings } from './lifecycle-settings.entity';
import { LifecycleSettingsService } from './lifecycle-settings.service';
import { LifecycleController } from './lifecycle.controller';
import { LifecycleService } from './lifecycle.service';
import { PhaseOutputRevision } from './phase-output-revision.entity';
import { PhaseOutput } from './phase-output.entity';
import { PhaseOutputsController } from './phase-outputs.controller';
import { PhaseOutputsService } from './phase-outputs.service';
import { PhaseTransition } from './phase-transition.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      Association,
      PhaseOutput,
      PhaseOutputRevision,
      PhaseTransition,
      LifecycleSettings,
    ]),
    AuditModule,
    IdentityModule,
    NotificationsModule,
    AssociationsModule,
  ],
  providers: [GateService, LifecycleSettingsService, PhaseOutputsService, LifecycleService, LifecycleReader],
  exports: [LifecycleReader, LifecycleService, LifecycleSettingsService, PhaseOutputsService],
})
export class LifecycleModule {}

@Module({
  imports: [LifecycleModule],
  controllers: [LifecycleSettingsController, LifecycleController, PhaseOutputsController],
})
export class LifecycleApiModule {}
