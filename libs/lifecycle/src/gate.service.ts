import { Inject, Injectable, Optional } from '@nestjs/common';
import { PhaseKey } from '@tashakkol/associations';
import { EntityManager } from 'typeorm';
import { evaluateGate, GateVerdict } from './gate-rules';
import { IndicatorAgreementReader, INDICATOR_AGREEMENT_READER } from './indicator-agreement.port';
import { LifecycleSettings } from './lifecycle-settings.entity';
import { PhaseOutput } from './phase-output.entity';
import { RecordedOutputs } from './phase-outputs';
import { phaseOf } from './phase-table';

export interface PrefetchedIndicators {
  phase: PhaseKey;
  answer: { met: boolean; missing: string[] } | undefined;
}

/** Gathers what a gate needs (recorded outputs, settings, the KPI module's answer) and asks the rules. */
@Injectable()
export class GateService {
  constructor(
    @Optional() @Inject(INDICATOR_AGREEMENT_READER) private readonly indicators?: IndicatorAgreementReader,
  ) {}

  /**
   * Asks the KPI module, when the phase needs it. Callers that hold a row lock ask before taking it:
   * the port uses its own connection, and many requests waiting on the lock could starve the pool.
   */
  async indicatorsFor(associationId: string, phase: PhaseKey): Promise<PrefetchedIndicators> {
    const needsIndicators = phaseOf(phase).externalGateItems.some((i) => i.key === 'indicators_agreed');
    const answer =
      needsIndicators && this.indicators ? await this.indicators.indicatorsAgreed(associationId) : undefined;
    return { phase, answer };
  }

  async evaluate(
    em: EntityManager,
    associationId: string,
    phase: PhaseKey,
    settings: LifecycleSettings,
    prefetched?: PrefetchedIndicators,
  ): Promise<GateVerdict> {
    const rows = await em.find(PhaseOutput, { where: { associationId, phase } });
    const outputs = Object.fromEntries(rows.map((r) => [r.key, r.data])) as RecordedOutputs;
    const indicators = (
      prefetched?.phase === phase ? prefetched : await this.indicatorsFor(associationId, phase)
    ).answer;
    return evaluateGate(phase, outputs, {
      settings: {
        potentialThreshold: settings.potentialThreshold,
        minFoundingMembers: settings.minFoundingMembers,
        transitionsNeedApproval: settings.transitionsNeedApproval,
      },
      indicators,
    });
  }
}
