import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { AuditService } from '@tashakkol/audit';
import { AuthContext } from '@tashakkol/shared';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { CreateSupportKindDto } from './supports.dto';
import { DuplicateKindError, UnknownSupportKindError } from './supports.errors';
import { SupportKind } from './support-kind.entity';

@Injectable()
export class SupportKindsService {
  constructor(
    @InjectRepository(SupportKind) private readonly kinds: Repository<SupportKind>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<SupportKind[]> {
    return this.kinds.find({ order: { sortOrder: 'ASC', code: 'ASC' } });
  }

  async create(auth: AuthContext, dto: CreateSupportKindDto): Promise<SupportKind> {
    return this.db.transaction(async (em) => {
      if (await em.exists(SupportKind, { where: { code: dto.code } })) throw new DuplicateKindError(dto.code);
      const kind = await em.save(em.create(SupportKind, { ...dto, sortOrder: 100 }));
      await this.audit.record(em, auth, {
        action: 'support_kind.create',
        entity: 'support_kind',
        entityId: kind.code,
        after: kind,
      });
      return kind;
    });
  }

  /** The kind named in a request body; an unknown one is bad input (400 naming kindCode). */
  async getForInput(em: EntityManager, code: string): Promise<SupportKind> {
    const kind = await em.findOne(SupportKind, { where: { code } });
    if (!kind) throw new UnknownSupportKindError(code);
    return kind;
  }
}
