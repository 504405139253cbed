/* eslint-disable no-console -- a benchmark script reports on the console */
/**
 * Scoring throughput: how many scorecards one core computes per second for
 * the default model, with random answers and random evidence. A script, not
 * a test: it prints figures and never fails on them.
 *
 * Run: `./run bench` from the repository root (or `yarn bench` here).
 * Options: `--seconds <n>` (default 3), `--inputs <n>` distinct inputs (default 2000).
 */
import {
  answerChoices,
  computeScorecard,
  defaultModel,
  type AnswerSet,
  type CriterionDefinition,
  type CriterionEvidence,
  type EvidenceSet,
  type ScoringInput,
} from '../src';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** A small seeded generator (mulberry32) so that runs are comparable. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)];
}

function valuesOf(criterion: CriterionDefinition): string[] {
  return answerChoices(criterion).map(c => c.value);
}

const EVIDENCE_STATUSES: CriterionEvidence['status'][] = [
  'found',
  'not-found',
  'unavailable',
];

function randomInput(next: () => number, now: Date): ScoringInput {
  const answers: AnswerSet = {};
  const evidence: EvidenceSet = {};
  for (const area of defaultModel.areas) {
    for (const criterion of area.criteria) {
      const roll = next();
      if (roll < 0.05) {
        answers[criterion.id] = { notApplicable: { reason: 'not used here' } };
      } else if (roll < 0.8) {
        answers[criterion.id] = { value: pick(next, valuesOf(criterion)) };
      }
      if (criterion.evidence) {
        const status = pick(next, EVIDENCE_STATUSES);
        evidence[criterion.id] = {
          status,
          sufficient: status === 'found' && next() < 0.5,
          items:
            status === 'found'
              ? [{ source: 'annotation', label: 'bench: yes' }]
              : [],
        };
      }
    }
  }
  const submittedAt = new Date(
    now.getTime() - Math.floor(next() * 400) * 86_400_000,
  );
  return {
    model: defaultModel,
    answers,
    evidence,
    now,
    submittedAt: submittedAt.toISOString(),
  };
}

function main() {
  const seconds = option('seconds', 3);
  const inputCount = option('inputs', 2000);
  const next = random(42);
  const now = new Date('2026-06-01T00:00:00Z');
  const inputs = Array.from({ length: inputCount }, () =>
    randomInput(next, now),
  );
  const criteria = defaultModel.areas.reduce(
    (n, a) => n + a.criteria.length,
    0,
  );

  // Warm up so the JIT has compiled the hot paths before timing.
  let sink = 0;
  for (let i = 0; i < 20_000; i++) {
    sink += computeScorecard(inputs[i % inputCount]).roadmap.length;
  }

  let count = 0;
  const startCpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const budget = BigInt(Math.round(seconds * 1e9));
  let elapsed = 0n;
  while (elapsed < budget) {
    // Check the clock once per batch; reading it costs more than a scorecard.
    for (let i = 0; i < 1000; i++) {
      sink += computeScorecard(inputs[count % inputCount]).roadmap.length;
      count++;
    }
    elapsed = process.hrtime.bigint() - start;
  }
  const wallSeconds = Number(elapsed) / 1e9;
  const cpu = process.cpuUsage(startCpu);
  // CPU time of this (single-threaded) process: the rate one core gives even
  // when other work on the machine takes turns on it.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const rate = (n: number) => Math.round(n).toLocaleString('en-US');

  console.log(
    `model ${defaultModel.id} ${defaultModel.version}: ${defaultModel.areas.length} areas, ${criteria} criteria; ${inputCount} random inputs`,
  );
  console.log(
    `computeScorecard: ${rate(
      count / cpuSeconds,
    )} scorecards/second of CPU time on one core (target 50,000)`,
  );
  console.log(
    `  ${count.toLocaleString('en-US')} scorecards in ${wallSeconds.toFixed(
      2,
    )} s wall clock (${rate(count / wallSeconds)}/s), ${cpuSeconds.toFixed(
      2,
    )} s CPU; ${((cpuSeconds * 1e6) / count).toFixed(2)} µs each`,
  );
  if (sink < 0) console.log(sink); // keeps the results observable so no work is skipped
}

main();
