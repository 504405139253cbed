/**
 * A campaign's progress over every generated service: the bench creates
 * one campaign whose scope is every ML service (Monitoring & Maintenance at
 * least Intermediate, overall at least Reproducible), with its service
 * token, and reads its progress as the guest: the aggregate per team, the
 * first services missing the goal with what they need, and the points.
 * The campaign starts tomorrow: one in force would notify its 200 teams
 * right after it is created, while the progress is being measured, and the
 * progress query is the same before the start.
 */
import { probeEndpoint, type LoadOperation } from './benchOperation';

const API = '/api/mlops-maturity';

/** `GET /campaigns/{id}/progress` of a campaign over every service. */
export const campaignProgress: LoadOperation = {
  kind: 'load',
  id: 'campaign-progress',
  label: 'Campaign progress (every service in scope)',
  async prepare(ctx) {
    const missing = await probeEndpoint(ctx.guest, 'GET', `${API}/campaigns`);
    if (missing) return missing;
    const today = new Date();
    const day = (offset: number) =>
      new Date(today.getTime() + offset * 86_400_000)
        .toISOString()
        .slice(0, 10);
    const created = await ctx.service.expect(
      'POST',
      `${API}/campaigns`,
      [201],
      {
        title: 'Bench: monitoring everywhere',
        description: '',
        scope: {},
        goal: {
          areas: { monitoring: 'intermediate' },
          overall: 'reproducible',
        },
        startsOn: day(1),
        deadline: day(60),
      },
    );
    const { id } = JSON.parse(created.body) as { id: string };
    const path = `${API}/campaigns/${id}/progress`;
    return async () => (await ctx.guest.expect('GET', path, [200])).ms;
  },
};
