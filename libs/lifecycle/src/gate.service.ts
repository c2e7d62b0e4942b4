import { Inject, Injectable, Optional } from '@nestjs/common';
import { PhaseKey } from '@tashakkol/associations';
import { EntityManager } from 'typeorm';
import { evaluateGate, GateVerdict } from './gate-rules';
import { IndicatorAgreementReader, INDICATOR_AGREEMENT_READER } from './indicator-agreement.port';
import { LifecycleSettings } from './lifecycle-settings.entity';
import { PhaseOutput } from './phase-output.entity';
import { RecordedOutputs } from './phase-outputs';
import { phaseOf } from './phase-table';

/** Gathers what a gate needs (recorded outputs, settings, the KPI module's answer) and asks the rules. */
@Injectable()
export class GateService {
  constructor(@Optional() @Inject(INDICATOR_AGREEMENT_READER) private readonly indicators?: IndicatorAgreementReader) {}

  async evaluate(em: EntityManager, associationId: string, phase: PhaseKey, settings: LifecycleSettings): Promise<GateVerdict> {
    const rows = await em.find(PhaseOutput, { where: { associationId, phase } });
    const outputs = Object.fromEntries(rows.map((r) => [r.key, r.data])) as RecordedOutputs;
    const needsIndicators = phaseOf(phase).externalGateItems.some((i) => i.key === 'indicators_agreed');
    const indicators = needsIndicators && this.indicators ? await this.indicators.indicatorsAgreed(associationId) : undefined;
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
