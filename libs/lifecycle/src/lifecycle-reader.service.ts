import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Association, PhaseKey } from '@tashakkol/associations';
import { NotFoundError } from '@tashakkol/shared';
import { DataSource, EntityManager } from 'typeorm';

/** What other contexts (supports, kpi, roadmap) may ask about an association's lifecycle. */
@Injectable()
export class LifecycleReader {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The association's current phase; pass `em` to read it inside the caller's transaction. */
  async currentPhase(associationId: string, em: EntityManager = this.db.manager): Promise<PhaseKey> {
    const row = await em.findOne(Association, {
      where: { id: associationId },
      select: { id: true, phase: true },
    });
    if (!row) throw new NotFoundError('association', associationId);
    return row.phase;
  }
}
