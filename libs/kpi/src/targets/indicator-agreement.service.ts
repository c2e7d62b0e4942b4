import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { indicatorAgreement } from '../domain/agreement';
import { KpiIndicator } from '../indicators/indicator.entity';
import { IndicatorAgreementReader } from '../indicator-agreement.port';
import { KpiTarget } from './target.entity';
import { requiredCodes } from './targets.service';

/** Answers the lifecycle's gate question from the association's agreed targets. */
@Injectable()
export class IndicatorAgreementService implements IndicatorAgreementReader {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async indicatorsAgreed(associationId: string): Promise<{ met: boolean; missing: string[] }> {
    const [indicators, targets] = await Promise.all([
      this.db.manager.find(KpiIndicator, { where: { active: true } }),
      this.db.manager.find(KpiTarget, { where: { associationId } }),
    ]);
    return indicatorAgreement(requiredCodes(indicators), targets);
  }
}
