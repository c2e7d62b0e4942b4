import { isRecordedIndicator, MEMBERS_VOICE_INDICATORS, recordedValues } from './chamber-records';

describe('the members’ voice in the recorded values (participation → members axis)', () => {
  const registry = { associationId: 'a', members: 120, firms: 85 };
  const voice = {
    associationId: 'a',
    fiscalYear: 1405,
    memberSatisfaction: 72.5,
    surveyResponseRate: 41.7,
    generalAssembliesOnTime: 1,
    boardElectionsHeld: 0,
  };
  const none = { delivered: null, onTimeRate: null };

  it('takes the members count and the member database’s records from the registry on the period’s last day', () => {
    expect(recordedValues(['members_count', 'database_records'], { ...none, registry })).toEqual({
      members_count: 120,
      database_records: 85,
    });
  });

  it('leaves the registry’s counts unknown (not zero) when the registry had no current member', () => {
    expect(
      recordedValues(['members_count', 'database_records'], {
        ...none,
        registry: { associationId: 'a', members: 0, firms: 0 },
      }),
    ).toEqual({});
  });

  it('takes satisfaction, response rate, assemblies on time and elections from the year', () => {
    expect(
      recordedValues(
        ['member_satisfaction', 'survey_response_rate', 'general_assemblies_on_time', 'board_elections_held'],
        { ...none, voice },
      ),
    ).toEqual({
      member_satisfaction: 72.5,
      survey_response_rate: 41.7,
      general_assemblies_on_time: 1,
      board_elections_held: 0,
    });
  });

  it('scores no satisfaction without a survey of at least 5 answers, but zero assemblies when none was held on time', () => {
    const quiet = {
      ...voice,
      memberSatisfaction: null,
      surveyResponseRate: null,
      generalAssembliesOnTime: 0,
    };
    expect(
      recordedValues(['member_satisfaction', 'survey_response_rate', 'general_assemblies_on_time'], {
        ...none,
        voice: quiet,
      }),
    ).toEqual({ general_assemblies_on_time: 0 });
  });

  it('gives nothing without participation, and only the codes the period carries', () => {
    expect(recordedValues(MEMBERS_VOICE_INDICATORS, none)).toEqual({});
    expect(recordedValues(['member_satisfaction'], { ...none, registry, voice })).toEqual({
      member_satisfaction: 72.5,
    });
  });

  it('knows them all as facts the board does not report', () => {
    expect(MEMBERS_VOICE_INDICATORS.every(isRecordedIndicator)).toBe(true);
    expect(isRecordedIndicator('new_members')).toBe(false);
  });
});
