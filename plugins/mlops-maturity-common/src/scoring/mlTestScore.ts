import type { ModelIndex } from './modelIndex';
import type {
  CriterionResult,
  MlTestScoreBand,
  MlTestScoreResult,
} from './scorecardTypes';

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
 * The ML Test Score lens over the criteria the model tags with a section:
 * credits summed per section, the score is the lowest section. Only the
 * sections the model tags take part, so a model that covers two sections is
 * not pinned at 0 by the two it leaves out. Not-applicable criteria add nothing.
 */
export function computeMlTestScore(
  index: ModelIndex,
  results: CriterionResult[],
): MlTestScoreResult | undefined {
  const sectionCount = index.mlSections.length;
  if (!sectionCount) return undefined;
  const sums = new Array<number>(sectionCount).fill(0);
  for (let i = 0; i < results.length; i++) {
    const section = index.criteria[i].mlSection;
    if (section >= 0 && results[i].applicable)
      sums[section] += results[i].credit;
  }
  const sections: Record<string, number> = {};
  let score = Infinity;
  for (let s = 0; s < sectionCount; s++) {
    // Option credits such as 0.3 do not add up exactly in binary.
    const sum = Math.round(sums[s] * 1000) / 1000;
    sections[index.mlSections[s]] = sum;
    if (sum < score) score = sum;
  }
  return { sections, score, band: mlTestScoreBand(score) };
}
