import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AssociationDirectory } from '@tashakkol/identity';
import { Repository } from 'typeorm';
import { Association } from './association.entity';

@Injectable()
export class AssociationDirectoryService implements AssociationDirectory {
  constructor(@InjectRepository(Association) private readonly associations: Repository<Association>) {}

  exists(associationId: string): Promise<boolean> {
    return this.associations.exists({ where: { id: associationId } });
  }
}
