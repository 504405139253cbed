import { defaultModel } from '../model/default';
import { campaignShortfall } from './campaignShortfall';
import { campaignRaisedTargets } from './campaignTargets';

const NOW = new Date('2027-01-10T12:00:00.000Z');
const areaLevels = {
  development: 'basic',
  deployment: 'intermediate',
  monitoring: 'basic',
  governance: 'basic',
};

function shortfallOf(goal: Parameters<typeof campaignShortfall>[1]) {
  return campaignShortfall(
    defaultModel,
    goal,
    { areaLevels, assessedAt: null },
    NOW,
  );
}

describe('campaignRaisedTargets', () => {
  it('raises an area below the goal above its own target', () => {
    const raised = campaignRaisedTargets(
      defaultModel,
      { ...areaLevels, monitoring: null },
      { monitoring: 'basic' },
      [shortfallOf({ areas: { monitoring: 'advanced' } })],
    );
    expect(raised).toEqual({
      development: 'intermediate',
      deployment: 'advanced',
      monitoring: 'advanced',
      governance: 'intermediate',
    });
  });

  it('keeps an own target above the goal, and changes nothing when the goal adds nothing', () => {
    expect(
      campaignRaisedTargets(
        defaultModel,
        areaLevels,
        { monitoring: 'advanced' },
        [shortfallOf({ areas: { monitoring: 'intermediate' } })],
      ),
    ).toBeUndefined();
    // The default target (next level) already is the campaign's level.
    expect(
      campaignRaisedTargets(defaultModel, areaLevels, {}, [
        shortfallOf({ areas: { monitoring: 'intermediate' } }),
      ]),
    ).toBeUndefined();
  });

  it('takes the highest of several campaigns', () => {
    const raised = campaignRaisedTargets(defaultModel, areaLevels, {}, [
      shortfallOf({ areas: { development: 'intermediate' } }),
      shortfallOf({ areas: { development: 'advanced' } }),
    ]);
    expect(raised?.development).toBe('advanced');
    expect(raised?.monitoring).toBe('intermediate');
  });

  it('ignores a goal the service meets', () => {
    const met = shortfallOf({ areas: { deployment: 'intermediate' } });
    expect(met.meets).toBe(true);
    expect(
      campaignRaisedTargets(defaultModel, areaLevels, {}, [met]),
    ).toBeUndefined();
  });
});
