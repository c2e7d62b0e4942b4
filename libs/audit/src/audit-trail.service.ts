import { Inject, Injectable } from '@nestjs/common';
import { AuthContext, Page } from '@tashakkol/shared';
import { AUDIT_ACTOR_NAMES, AuditActorNames } from './actor-names.port';
import { AuditQueryDto } from './audit.dto';
import { AuditService } from './audit.service';
import { AuditEntryView } from './audit.views';

/** The log as people read it: each page of entries with its actors' names (one lookup a page). */
@Injectable()
export class AuditTrailService {
  constructor(
    private readonly audit: AuditService,
    @Inject(AUDIT_ACTOR_NAMES) private readonly names: AuditActorNames,
  ) {}

  async list(auth: AuthContext, query: AuditQueryDto): Promise<Page<AuditEntryView>> {
    const page = await this.audit.list(auth, query);
    const ids = page.items.map((e) => e.actorId).filter((id): id is string => id !== null);
    const names = await this.names.fullNamesOf(ids);
    return {
      ...page,
      items: page.items.map((e) => ({ ...e, actorName: e.actorId ? (names.get(e.actorId) ?? null) : null })),
    };
  }
}
