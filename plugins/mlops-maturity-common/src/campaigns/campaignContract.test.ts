import { defaultModel } from '../model/default';
import {
  campaignInputSchema,
  isCampaignDay,
  isCampaignInForce,
} from './campaignContract';

const schema = campaignInputSchema(defaultModel);
const valid = {
  title: 'Monitoring for production models',
  description: 'Every production model monitored',
  scope: { owner: ['team-a'], lifecycle: ['Production'] },
  goal: { areas: { monitoring: 'intermediate' } },
  startsOn: '2027-01-01',
  deadline: '2027-03-31',
};

function issuesOf(input: unknown) {
  const result = schema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map(i => `${i.path.join('.')}: ${i.message}`);
}

describe('campaignInputSchema', () => {
  it('normalises the scope like the organisation filters', () => {
    const parsed = schema.parse(valid);
    expect(parsed.scope).toEqual({
      owner: ['group:default/team-a'],
      lifecycle: ['production'],
    });
    expect(parsed.goal).toEqual({ areas: { monitoring: 'intermediate' } });
  });

  it.each([
    [{ ...valid, title: ' ' }, 'title'],
    [{ ...valid, goal: {} }, 'goal'],
    [{ ...valid, goal: { areas: { nope: 'basic' } } }, 'goal.areas.nope'],
    [
      { ...valid, goal: { areas: { monitoring: 'expert' } } },
      'goal.areas.monitoring',
    ],
    [{ ...valid, goal: { overall: 'best' } }, 'goal.overall'],
    [
      { ...valid, goal: { overall: 'defined', assessedWithinDays: 0 } },
      'goal.assessedWithinDays',
    ],
    [{ ...valid, startsOn: '2027-02-30' }, 'startsOn'],
    [{ ...valid, deadline: '2026-12-31' }, 'deadline'],
    [{ ...valid, scope: { colour: ['red'] } }, 'scope'],
    [{ ...valid, extra: 1 }, ''],
  ])('names the field of a wrong input (%#: %s)', (input, field) => {
    const issues = issuesOf(input);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.some(issue => issue.startsWith(`${field}:`))).toBe(true);
  });
});

describe('campaign days', () => {
  it('accepts real days only', () => {
    expect(isCampaignDay('2027-03-31')).toBe(true);
    expect(isCampaignDay('2027-04-31')).toBe(false);
    expect(isCampaignDay('31/03/2027')).toBe(false);
  });

  it('is in force from its start while open', () => {
    const open = { status: 'open' as const, startsOn: '2027-01-01' };
    expect(isCampaignInForce(open, '2026-12-31')).toBe(false);
    expect(isCampaignInForce(open, '2027-01-01')).toBe(true);
    expect(isCampaignInForce({ ...open, status: 'closed' }, '2027-02-01')).toBe(
      false,
    );
  });
});
