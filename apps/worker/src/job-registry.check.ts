import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { AuditProducer } from '@tashakkol/audit';
import { DECLARED_JOBS, HandledJobs, HANDLES_JOBS_KEY, unhandledJobs } from '@tashakkol/shared';

/** Refuses to start when a declared job has no processor; then schedules the repeatable jobs. */
@Injectable()
export class JobRegistryCheck implements OnApplicationBootstrap {
  private readonly logger = new Logger('Worker');

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    private readonly audit: AuditProducer,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const handled = this.discovery
      .getProviders()
      .map((w) =>
        w.metatype ? this.reflector.get<HandledJobs | undefined>(HANDLES_JOBS_KEY, w.metatype) : undefined,
      )
      .filter((h): h is HandledJobs => !!h);
    const missing = unhandledJobs(DECLARED_JOBS, handled);
    if (missing.length > 0) {
      throw new Error(`Worker refuses to start: no processor for ${missing.join(', ')}`);
    }
    await this.audit.keepNightlyScheduled();
    this.logger.log(`Processors ready for ${handled.flatMap((h) => h.jobs).join(', ')}`);
  }
}
