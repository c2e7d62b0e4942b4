import { validateOutput } from './output-validation';
import { SAMPLE_OUTPUTS } from './sample-outputs';

describe('validating an output with its own DTO', () => {
  it('accepts a sample output and separates the version from the data', async () => {
    const { version, data } = await validateOutput('charter', {
      ...SAMPLE_OUTPUTS.formation.charter,
      version: 3,
    });
    expect(version).toBe(3);
    expect(data).toEqual(SAMPLE_OUTPUTS.formation.charter);
  });

  it('names the nested field that is wrong', async () => {
    await expect(
      validateOutput('roadmap', { milestones: [{ kind: 'services_launched', plannedAt: 'soon' }] }),
    ).rejects.toThrow(/^milestones\[0\]\.plannedAt/);
    await expect(
      validateOutput('founding_assembly', { heldAt: '2026-06-15', attendees: -1, quorumMet: true }),
    ).rejects.toThrow(/^attendees/);
  });

  it('refuses fields the output does not have and bodies that are not objects', async () => {
    await expect(validateOutput('charter', { adopted: true, approvedBy: 'x' })).rejects.toThrow(
      /approvedBy is not an accepted field/,
    );
    await expect(validateOutput('charter', [1, 2])).rejects.toThrow(/^body:/);
  });
});
