import { isRecordedIndicator, recordedValues } from './chamber-records';

describe('the values the chamber records for a period', () => {
  const delivered = { rials: 1_200_000_000n, trainingParticipantHours: 240 };

  it('takes chamber funding and training from the delivered grants and the on-time rate from the reports', () => {
    expect(
      recordedValues(['chamber_funding', 'training_hours', 'report_on_time_rate'], {
        delivered,
        onTimeRate: 80,
      }),
    ).toEqual({ chamber_funding: 1_200_000_000, training_hours: 240, report_on_time_rate: 80 });
  });

  it('records zero Rials when nothing was delivered, and nothing when the ledger is not available', () => {
    expect(
      recordedValues(['chamber_funding'], {
        delivered: { rials: 0n, trainingParticipantHours: 0 },
        onTimeRate: null,
      }),
    ).toEqual({ chamber_funding: 0 });
    expect(
      recordedValues(['chamber_funding', 'report_on_time_rate'], { delivered: null, onTimeRate: null }),
    ).toEqual({});
  });

  it('knows which codes are the chamber’s facts', () => {
    expect(
      ['chamber_funding', 'training_hours', 'report_on_time_rate', 'revenue'].map(isRecordedIndicator),
    ).toEqual([true, true, true, false]);
  });
});
