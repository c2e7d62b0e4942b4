import { Module } from '@nestjs/common';
import { AssociationsModule } from '@tashakkol/associations';
import { KpiModule } from '@tashakkol/kpi';
import { SupportsModule } from '@tashakkol/supports';
import { CatalogLabelsController } from './catalog-labels.controller';
import { CatalogLabelsService } from './catalog-labels.service';

@Module({
  imports: [AssociationsModule, SupportsModule, KpiModule],
  controllers: [CatalogLabelsController],
  providers: [CatalogLabelsService],
})
export class LabelsModule {}
