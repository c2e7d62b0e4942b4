import { describe, expect, it } from 'vitest';
import { fieldPaths, initialValues, OUTPUT_FORMS, toBody } from './outputForms';

describe('the form of an output', () => {
  it('starts a rating output with one row per factor of the catalog', () => {
    const values = initialValues(OUTPUT_FORMS.potential_factors, null);
    expect((values.ratings as { factor: string }[]).map((r) => r.factor)).toEqual([
      'firm_count',
      'economic_weight',
      'export_share',
      'informal_networks',
      'leadership',
      'cohesion',
    ]);
  });

  it('shows what is recorded: numbers as text to edit, a missing flag as false', () => {
    const values = initialValues(OUTPUT_FORMS.founding_assembly, { heldAt: '2026-06-15', attendees: 23 });
    expect(values).toEqual({ heldAt: '2026-06-15', attendees: '23', quorumMet: false, minutesRef: '' });
  });

  it('sends numbers typed in Persian digits as numbers, leaves empty optional fields out, carries the version', () => {
    const body = toBody(
      OUTPUT_FORMS.founding_assembly,
      { heldAt: '1405/03/25', attendees: '۲۳', quorumMet: true, minutesRef: '  ' },
      3,
    );
    expect(body).toEqual({ heldAt: '1405/03/25', attendees: 23, quorumMet: true, version: 3 });
  });

  it('sends a number it cannot read as typed, so the API names the field', () => {
    expect(toBody(OUTPUT_FORMS.founding_assembly, { attendees: 'بیست' }).attendees).toBe('بیست');
  });

  it('builds list rows and drops their empty optional cells', () => {
    const body = toBody(OUTPUT_FORMS.founding_members, {
      members: [
        { name: ' رضا کرمانی ', firmName: '' },
        { name: 'زهرا', firmName: 'پسته' },
      ],
    });
    expect(body).toEqual({ members: [{ name: 'رضا کرمانی' }, { name: 'زهرا', firmName: 'پسته' }] });
  });

  it('knows the path of every field, so an API error naming members.1.name lands beside it', () => {
    const paths = fieldPaths(OUTPUT_FORMS.founding_members, { members: [{}, {}] });
    expect(paths).toEqual([
      'members',
      'members.0.name',
      'members.0.firmName',
      'members.1.name',
      'members.1.firmName',
    ]);
  });

  it('has a form for each of the sixteen outputs of the six gates', () => {
    expect(Object.keys(OUTPUT_FORMS)).toHaveLength(16);
  });
});
