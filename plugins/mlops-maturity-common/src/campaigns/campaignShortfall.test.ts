import { defaultModel } from '../model/default';
import { campaignShortfall } from './campaignShortfall';

const NOW = new Date('2027-01-10T12:00:00.000Z');
const levels = (
  development: string | null,
  deployment: string | null,
  monitoring: string | null,
  governance: string | null,
) => ({ development, deployment, monitoring, governance });

describe('campaignShortfall', () => {
  it('meets an area goal at or above the level', () => {
    const result = campaignShortfall(
      defaultModel,
      { areas: { monitoring: 'intermediate' } },
      {
        areaLevels: levels('basic', 'basic', 'advanced', 'basic'),
        assessedAt: null,
      },
      NOW,
    );
    expect(result).toEqual({
      meets: true,
      areas: [],
      overall: null,
      assessment: null,
    });
  });

  it('names an area below the goal, and a not-assessed area', () => {
    const result = campaignShortfall(
      defaultModel,
      { areas: { monitoring: 'intermediate', governance: 'basic' } },
      {
        areaLevels: levels('basic', 'basic', 'basic', null),
        assessedAt: null,
      },
      NOW,
    );
    expect(result.meets).toBe(false);
    expect(result.areas).toEqual([
      {
        areaId: 'monitoring',
        levelId: 'basic',
        requiredLevelId: 'intermediate',
      },
      { areaId: 'governance', levelId: null, requiredLevelId: 'basic' },
    ]);
  });

  it('turns an overall goal into the areas its rules need (Defined: development, deployment, governance intermediate)', () => {
    const result = campaignShortfall(
      defaultModel,
      { overall: 'defined', areas: { monitoring: 'intermediate' } },
      {
        areaLevels: levels('intermediate', 'basic', 'basic', 'advanced'),
        assessedAt: null,
      },
      NOW,
    );
    expect(result.overall).toEqual({
      levelId: 'reproducible',
      requiredLevelId: 'defined',
    });
    expect(result.areas).toEqual([
      {
        areaId: 'deployment',
        levelId: 'basic',
        requiredLevelId: 'intermediate',
      },
      {
        areaId: 'monitoring',
        levelId: 'basic',
        requiredLevelId: 'intermediate',
      },
    ]);
  });

  it('checks the age of the latest submission', () => {
    const goal = { overall: 'initial', assessedWithinDays: 30 };
    const areaLevels = levels('basic', 'basic', 'basic', 'basic');
    expect(
      campaignShortfall(
        defaultModel,
        goal,
        { areaLevels, assessedAt: null },
        NOW,
      ).assessment,
    ).toBe('missing');
    expect(
      campaignShortfall(
        defaultModel,
        goal,
        { areaLevels, assessedAt: '2026-12-01T00:00:00.000Z' },
        NOW,
      ).assessment,
    ).toBe('too-old');
    const fresh = campaignShortfall(
      defaultModel,
      goal,
      { areaLevels, assessedAt: '2026-12-20T00:00:00.000Z' },
      NOW,
    );
    expect(fresh.meets).toBe(true);
  });
});
