import fc from 'fast-check';
import { NOW, metAnswer } from '../__testUtils__/scoring';
import {
  scenarioArbitrary,
  randomModelArbitrary,
  type Scenario,
} from '../__testUtils__/arbitraries';
import { validateModel } from '../model/validateModel';
import { validateAnswers } from '../input/validateAnswers';
import { buildReport } from '../report/buildReport';
import { renderReportMarkdown } from '../report/renderReportMarkdown';
import { computeScorecard } from './computeScorecard';
import type { Scorecard } from './scorecardTypes';

function scorecardOf({
  model,
  answers,
  evidence,
  targets,
}: Scenario): Scorecard {
  return computeScorecard({ model, answers, evidence, targets, now: NOW });
}

/** Rank of a level id in a ladder; not assessed (null) is below the floor. */
function rankOf(ids: string[], id: string | null): number {
  return id === null ? -1 : ids.indexOf(id);
}

describe('scoring invariants (property-based)', () => {
  it('generates only models that validate, with answers that validate', () => {
    fc.assert(
      fc.property(scenarioArbitrary, scenario => {
        expect(validateModel(scenario.model)).toEqual(scenario.model);
        expect(validateAnswers(scenario.model, scenario.answers)).toEqual({
          ok: true,
          answers: scenario.answers,
        });
      }),
      { numRuns: 100 },
    );
  });

  it('never lowers an area level or the overall level when an unmet criterion becomes met', () => {
    fc.assert(
      fc.property(scenarioArbitrary, fc.nat(), (scenario, pick) => {
        const before = scorecardOf(scenario);
        const unmet = before.areas
          .flatMap(a => a.criteria)
          .filter(c => c.applicable && !c.met);
        fc.pre(unmet.length > 0);
        const chosen = unmet[pick % unmet.length];
        const definition = scenario.model.areas
          .flatMap(a => a.criteria)
          .find(c => c.id === chosen.criterionId)!;
        const after = scorecardOf({
          ...scenario,
          answers: {
            ...scenario.answers,
            [chosen.criterionId]: metAnswer(definition),
          },
        });

        const levelIds = scenario.model.levels.map(l => l.id);
        after.areas.forEach((area, i) => {
          expect(rankOf(levelIds, area.levelId)).toBeGreaterThanOrEqual(
            rankOf(levelIds, before.areas[i].levelId),
          );
          expect(area.score ?? -1).toBeGreaterThanOrEqual(
            before.areas[i].score ?? -1,
          );
        });
        const overallIds = scenario.model.overallLevels.map(o => o.id);
        expect(
          rankOf(overallIds, after.overall.levelId),
        ).toBeGreaterThanOrEqual(rankOf(overallIds, before.overall.levelId));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps scores in 0-100, null exactly when not assessed, and progress in 0-1', () => {
    fc.assert(
      fc.property(scenarioArbitrary, scenario => {
        for (const area of scorecardOf(scenario).areas) {
          expect(area.score === null).toBe(area.levelId === null);
          const inRange =
            area.score === null || (area.score >= 0 && area.score <= 100);
          expect(inRange).toBe(true);
          expect(area.progress.ratio).toBeGreaterThanOrEqual(0);
          expect(area.progress.ratio).toBeLessThanOrEqual(1);
          expect(area.progress.met).toBeLessThanOrEqual(area.progress.total);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('has an empty roadmap when every area has reached its target, and only then for assessed areas', () => {
    fc.assert(
      fc.property(scenarioArbitrary, scenario => {
        const scorecard = scorecardOf(scenario);
        const allReached = scorecard.areas.every(a => a.targetReached);
        const assessedReached = scorecard.areas.every(
          a => a.targetReached || a.levelId === null,
        );
        // Every target reached => empty roadmap => every assessed area reached.
        expect(allReached ? scorecard.roadmap : []).toEqual([]);
        expect(scorecard.roadmap.length === 0 ? assessedReached : true).toBe(
          true,
        );
        // A not-assessed area never reads "target reached".
        expect(
          scorecard.areas.filter(a => a.levelId === null && a.targetReached),
        ).toEqual([]);
        // And the roadmap is a part of the gaps.
        for (const item of scorecard.roadmap)
          expect(scorecard.gaps).toContain(item);
      }),
      { numRuns: 300 },
    );
  });

  it('counts every criterion exactly once', () => {
    fc.assert(
      fc.property(scenarioArbitrary, scenario => {
        const scorecard = scorecardOf(scenario);
        const total = Object.values(scorecard.counts).reduce(
          (a, b) => a + b,
          0,
        );
        expect(total).toBe(
          scenario.model.areas.reduce((n, a) => n + a.criteria.length, 0),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('is deterministic, also across fresh copies of the model', () => {
    fc.assert(
      fc.property(scenarioArbitrary, scenario => {
        const first = scorecardOf(scenario);
        expect(scorecardOf(scenario)).toEqual(first);
        expect(
          scorecardOf({ ...scenario, model: structuredClone(scenario.model) }),
        ).toEqual(first);
      }),
      { numRuns: 100 },
    );
  });

  it('reports on every area of the model, in both languages', () => {
    fc.assert(
      fc.property(
        scenarioArbitrary,
        fc.constantFrom('en' as const, 'pt-BR' as const),
        (scenario, lang) => {
          const report = buildReport(scenario.model, scorecardOf(scenario), {
            lang,
            entityRef: 'component:default/x',
            generatedAt: NOW,
          });
          expect(report.areas.map(a => a.areaId)).toEqual(
            scenario.model.areas.map(a => a.id),
          );
          const markdown = renderReportMarkdown(report);
          for (const area of scenario.model.areas) {
            expect(markdown).toContain(`### ${area.title[lang]}`);
          }
          expect(report.actionPlan).toHaveLength(
            scorecardOf(scenario).roadmap.length,
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  it('places a random model with no answers as not assessed everywhere', () => {
    fc.assert(
      fc.property(randomModelArbitrary, model => {
        const scorecard = computeScorecard({
          model,
          answers: {},
          evidence: {},
          now: NOW,
        });
        expect(scorecard.overall.levelId).toBeNull();
        expect(
          scorecard.areas.every(a => a.levelId === null && a.score === null),
        ).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});
