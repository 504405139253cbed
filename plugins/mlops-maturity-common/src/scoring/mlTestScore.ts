import type { ModelIndex } from './modelIndex';
import type {
  CriterionResult,
  MlTestScoreBand,
  MlTestScoreResult,
} from './scorecardTypes';

/**
 * The number of tests in each section of the ML Test Score paper. The lens
 * reports every section on this 0-7 scale, whatever number of criteria a
 * model tags with it.
 */
export const ML_TEST_SCORE_TESTS_PER_SECTION = 7;

/**
 * The band of an ML Test Score (Breck et al., 2017), by the paper's
 * thresholds: 0, (0, 1], (1, 2], (2, 3], (3, 5], above 5.
 * @public
 */
export function mlTestScoreBand(score: number): MlTestScoreBand {
  if (score <= 0) return 'research-project';
  if (score <= 1) return 'serious-holes';
  if (score <= 2) return 'first-pass';
  if (score <= 3) return 'reasonably-tested';
  if (score <= 5) return 'strong';
  return 'exceptional';
}

/**
 * The ML Test Score lens over the criteria the model tags with a section.
 * A model asks fewer questions per section than the paper's seven tests, so
 * a plain sum could never reach the upper bands: each section's credits are
 * rescaled to the paper's 0-7 (7 × credits ÷ applicable tagged criteria, to
 * one decimal), and the score is the lowest section. Only the sections the
 * model tags take part, so a model that covers two sections is not pinned at
 * 0 by the two it leaves out; not-applicable criteria leave the count, and a
 * section whose tagged criteria are all not applicable drops out. No lens
 * when no section is left.
 */
export function computeMlTestScore(
  index: ModelIndex,
  results: CriterionResult[],
): MlTestScoreResult | undefined {
  const sectionCount = index.mlSections.length;
  if (!sectionCount) return undefined;
  const sums = new Array<number>(sectionCount).fill(0);
  const applicable = new Array<number>(sectionCount).fill(0);
  for (let i = 0; i < results.length; i++) {
    const section = index.criteria[i].mlSection;
    if (section >= 0 && results[i].applicable) {
      sums[section] += results[i].credit;
      applicable[section]++;
    }
  }
  const sections: Record<string, number> = {};
  let score = Infinity;
  for (let s = 0; s < sectionCount; s++) {
    if (!applicable[s]) continue;
    // One decimal, like the area scores; the band reads the rounded value
    // so that the score shown and its band always agree.
    const scaled =
      Math.round(
        ((ML_TEST_SCORE_TESTS_PER_SECTION * sums[s]) / applicable[s]) * 10,
      ) / 10;
    sections[index.mlSections[s]] = scaled;
    if (scaled < score) score = scaled;
  }
  if (score === Infinity) return undefined;
  return { sections, score, band: mlTestScoreBand(score) };
}
