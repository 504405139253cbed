import fc from 'fast-check';
import { NOW } from '../__testUtils__/scoring';
import { scenarioArbitrary } from '../__testUtils__/arbitraries';
import { reviewOf } from '../__testUtils__/reviews';
import {
  REVIEW_METHODS,
  type CriterionReview,
  type ReviewVerdict,
} from '../reviews/reviewDefinitions';
import { computeScorecard } from './computeScorecard';
import type { Scorecard } from './scorecardTypes';
import type { Scenario } from '../__testUtils__/arbitraries';

function rankOf(ids: string[], id: string | null): number {
  return id === null ? -1 : ids.indexOf(id);
}

/** A scenario with verdicts of one kind on a random subset of its criteria. */
const reviewedScenario = (verdict: ReviewVerdict) =>
  scenarioArbitrary.chain(scenario => {
    const ids = scenario.model.areas.flatMap(a => a.criteria.map(c => c.id));
    return fc
      .record({
        picked: fc.subarray(ids, { minLength: 1 }),
        method: fc.constantFrom(...REVIEW_METHODS),
      })
      .map(({ picked, method }) => ({
        scenario,
        criteria: Object.fromEntries(
          picked.map((id): [string, CriterionReview] => [
            id,
            verdict === 'dispute'
              ? { verdict, method, note: 'does not hold' }
              : { verdict, method },
          ]),
        ),
      }));
  });

function scorecards(
  scenario: Scenario,
  criteria: Record<string, CriterionReview>,
): [Scorecard, Scorecard] {
  const input = { ...scenario, now: NOW };
  return [
    computeScorecard(input),
    computeScorecard({ ...input, review: reviewOf(criteria) }),
  ];
}

/** Compares every area level, score and the overall level of two scorecards. */
function expectOrdered(
  scenario: Scenario,
  low: Scorecard,
  high: Scorecard,
): void {
  const levelIds = scenario.model.levels.map(l => l.id);
  high.areas.forEach((area, i) => {
    expect(rankOf(levelIds, area.levelId)).toBeGreaterThanOrEqual(
      rankOf(levelIds, low.areas[i].levelId),
    );
    expect(area.score ?? -1).toBeGreaterThanOrEqual(low.areas[i].score ?? -1);
  });
  const overallIds = scenario.model.overallLevels.map(o => o.id);
  expect(rankOf(overallIds, high.overall.levelId)).toBeGreaterThanOrEqual(
    rankOf(overallIds, low.overall.levelId),
  );
}

describe('review invariants (property-based)', () => {
  it('never lowers a level or a score when criteria are confirmed', () => {
    fc.assert(
      fc.property(reviewedScenario('confirm'), ({ scenario, criteria }) => {
        const [before, after] = scorecards(scenario, criteria);
        expectOrdered(scenario, before, after);
        // Confirming changes provenance only, so levels are exactly equal.
        expect(after.areas.map(a => a.levelId)).toEqual(
          before.areas.map(a => a.levelId),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('never raises a level or a score when criteria are disputed, and every dispute is unmet', () => {
    fc.assert(
      fc.property(reviewedScenario('dispute'), ({ scenario, criteria }) => {
        const [before, after] = scorecards(scenario, criteria);
        expectOrdered(scenario, after, before);
        const disputed = after.areas
          .flatMap(a => a.criteria)
          .filter(c => c.provenance === 'disputed');
        expect(disputed.every(c => !c.met && c.credit === 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('lists disputed roadmap items before all others, and keeps the roadmap part of the gaps', () => {
    fc.assert(
      fc.property(reviewedScenario('dispute'), ({ scenario, criteria }) => {
        const [, after] = scorecards(scenario, criteria);
        const flags = after.roadmap.map(i => i.provenance === 'disputed');
        expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
        for (const item of after.roadmap) expect(after.gaps).toContain(item);
        // A not-assessed area never reaches a target, so an empty roadmap
        // speaks for the assessed areas only.
        const allReached = after.areas.every(a => a.targetReached);
        const assessedReached = after.areas.every(
          a => a.targetReached || a.levelId === null,
        );
        expect(allReached ? after.roadmap : []).toEqual([]);
        expect(after.roadmap.length === 0 ? assessedReached : true).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
