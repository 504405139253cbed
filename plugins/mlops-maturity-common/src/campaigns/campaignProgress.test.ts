import { campaignProgress, type CampaignCountRow } from './campaignProgress';

const A = 'group:default/team-a';
const B = 'group:default/team-b';

/*
 * Hand-computed fixture (ten services):
 *   team-a: 3 assessed meeting, 1 assessed missing, 1 provisional meeting, 1 not assessed
 *   team-b: 2 assessed missing, 1 provisional missing
 *   no owner: 1 assessed meeting
 * Total: in scope 10, assessed 7, meeting 4 (share 4/7), provisional 2
 * (1 meeting), not assessed 1, left 10 - 4 = 6.
 * team-a: in scope 6, assessed 4, meeting 3 (share 3/4), left 3.
 * team-b: in scope 3, assessed 2, meeting 0 (share 0), left 3 — same left
 * as team-a, lower share: first.
 */
const rows: CampaignCountRow[] = [
  { ownerRef: A, status: 'assessed', meets: true, count: 3 },
  { ownerRef: A, status: 'assessed', meets: false, count: 1 },
  { ownerRef: A, status: 'provisional', meets: true, count: 1 },
  { ownerRef: A, status: 'not-assessed', meets: false, count: 1 },
  { ownerRef: B, status: 'assessed', meets: false, count: 2 },
  { ownerRef: B, status: 'provisional', meets: false, count: 1 },
  { ownerRef: null, status: 'assessed', meets: true, count: 1 },
];

describe('campaignProgress', () => {
  it('counts the share of assessed services meeting the goal, provisional ones apart', () => {
    const { total } = campaignProgress(rows);
    expect(total).toEqual({
      inScope: 10,
      assessed: 7,
      meeting: 4,
      provisional: 2,
      provisionalMeeting: 1,
      notAssessed: 1,
      share: 4 / 7,
      left: 6,
    });
  });

  it('gives each team its figures, most left first, then the lowest share', () => {
    const { teams } = campaignProgress(
      rows,
      new Map([
        [A, 'Team A'],
        [B, 'Team B'],
      ]),
    );
    expect(teams).toEqual([
      {
        teamRef: B,
        title: 'Team B',
        inScope: 3,
        assessed: 2,
        meeting: 0,
        provisional: 1,
        provisionalMeeting: 0,
        notAssessed: 0,
        share: 0,
        left: 3,
      },
      {
        teamRef: A,
        title: 'Team A',
        inScope: 6,
        assessed: 4,
        meeting: 3,
        provisional: 1,
        provisionalMeeting: 1,
        notAssessed: 1,
        share: 0.75,
        left: 3,
      },
    ]);
  });

  it.each([
    ['no rows', [], { inScope: 0, share: null, left: 0 }],
    [
      'only provisional services',
      [{ ownerRef: A, status: 'provisional', meets: true, count: 2 }],
      { inScope: 2, provisionalMeeting: 2, share: null, left: 2 },
    ],
    [
      'every assessed service meeting',
      [{ ownerRef: A, status: 'assessed', meets: true, count: 5 }],
      { inScope: 5, meeting: 5, share: 1, left: 0 },
    ],
  ] as Array<[string, CampaignCountRow[], object]>)(
    'handles %s',
    (_name, input, expected) => {
      expect(campaignProgress(input).total).toMatchObject(expected);
    },
  );
});
