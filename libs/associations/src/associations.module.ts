import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@tashakkol/audit';
import { ASSOCIATION_DIRECTORY } from '@tashakkol/identity';
import { AssociationDirectoryService } from './association-directory.service';
import { AssociationTransferService } from './association-transfer.service';
import { Association } from './association.entity';
import { AssociationsController } from './associations.controller';
import { AssociationsService } from './associations.service';
import { BoardMember } from './board-member.entity';
import { BoardMembersController } from './board-members.controller';
import { BoardMembersService } from './board-members.service';
import { CatalogsController } from './catalogs.controller';
import { CatalogsService } from './catalogs.service';
import { ClassificationCriterion } from './classification-criterion.entity';
import { LegalForm } from './legal-form.entity';
import { SectorCategory } from './sector-category.entity';
import { RegisterWriter } from './register-writer.service';

/** Identity's port, provided globally so UsersService can check a board user's association. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([Association])],
  providers: [
    AssociationDirectoryService,
    { provide: ASSOCIATION_DIRECTORY, useExisting: AssociationDirectoryService },
  ],
  exports: [ASSOCIATION_DIRECTORY],
})
export class AssociationDirectoryModule {}

@Module({
  imports: [
    TypeOrmModule.forFeature([Association, LegalForm, SectorCategory, ClassificationCriterion, BoardMember]),
    AuditModule,
    AssociationDirectoryModule,
  ],
  providers: [
    AssociationsService,
    CatalogsService,
    BoardMembersService,
    AssociationTransferService,
    RegisterWriter,
  ],
  exports: [
    RegisterWriter,
    AssociationsService,
    CatalogsService,
    BoardMembersService,
    AssociationTransferService,
    TypeOrmModule,
  ],
})
export class AssociationsModule {}

@Module({
  imports: [AssociationsModule],
  controllers: [CatalogsController, AssociationsController, BoardMembersController],
})
export class AssociationsApiModule {}
