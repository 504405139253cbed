import type { Entity } from '@backstage/catalog-model';
import type {
  AnswerSet,
  AreaDefinition,
  CriterionDefinition,
  MaturityModel,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import { buildAnswer, canBePartial, valueForState } from './answerForState';
import type {
  PlannedAssessment,
  PracticeState,
  ServicePlan,
} from './demoAssessmentPlan';
import { createPrng, seedFrom, type Prng } from './prng';
import { criteriaWithEvidence, evidenceLinksFor } from './serviceEvidence';

/** One entry of the seed file read by the backend (`mlopsMaturity.seed.file`). */
export interface DemoAssessmentEntry {
  entityRef: string;
  submissions: {
    submittedAt: string;
    submittedBy: string;
    answers: AnswerSet;
  }[];
  draft?: { answers: AnswerSet; updatedBy: string; updatedAt: string };
  targets?: Record<string, string>;
}

const PARTIAL_NOTES = [
  'Done by hand before larger releases; not automated yet.',
  'A checklist covers it, but nobody runs it on a schedule.',
  'Partly scripted; someone runs the script when a release is near.',
  'In place for the main model only, not for the fallback.',
];
const UNMET_NOTES = [
  'Planned for next quarter.',
  'Nobody owns this yet.',
  'Discussed in the last retrospective; no decision so far.',
];

interface CriterionInArea {
  area: AreaDefinition;
  criterion: CriterionDefinition;
  rank: number;
}

/** Generates the history of one service, replaying its plan in order. */
class ServiceHistory {
  private readonly state = new Map<string, PracticeState>();
  /** Per area, the criterion that keeps the area below each level until the plan reaches it. */
  private readonly blockers = new Map<string, Map<number, string>>();
  /** Per criterion: whether the team added a generic note and links, drawn once. */
  private readonly extras = new Map<
    string,
    { note: boolean; noteIndex: number; links: boolean }
  >();

  constructor(
    private readonly plan: ServicePlan,
    private readonly entity: Entity,
    private readonly criteria: CriterionInArea[],
    private readonly rankOf: (levelId: string) => number,
    withEvidence: Map<string, boolean>,
    private readonly rng: Prng,
  ) {
    for (const { criterion: c } of this.applicable()) {
      const noted = plan.notes?.[c.id]?.state;
      const r = rng.next();
      let initial: PracticeState;
      if (noted) initial = noted;
      else if (withEvidence.get(c.id)) initial = 'met';
      else if (withEvidence.has(c.id)) initial = r < 0.8 ? 'met' : 'partial';
      else if (r < 0.25) initial = 'met';
      else initial = r < 0.6 ? 'partial' : 'unmet';
      this.state.set(c.id, this.expressible(c, initial));
      this.extras.set(c.id, {
        note: rng.chance(0.3),
        noteIndex: Math.floor(rng.next() * 12),
        links: rng.chance(0.75),
      });
    }
    this.chooseBlockers(withEvidence);
  }

  private applicable() {
    return this.criteria.filter(
      ({ criterion }) => !this.plan.notApplicable?.[criterion.id],
    );
  }

  private expressible(c: CriterionDefinition, state: PracticeState) {
    return state === 'partial' && !canBePartial(c) ? 'unmet' : state;
  }

  private chooseBlockers(withEvidence: Map<string, boolean>) {
    for (const { area, criterion, rank } of this.applicable()) {
      const perLevel = this.blockers.get(area.id) ?? new Map<number, string>();
      this.blockers.set(area.id, perLevel);
      const current = perLevel.get(rank);
      // A practice the catalog proves (sufficient evidence) cannot hold an area back.
      const eligible =
        this.plan.notes?.[criterion.id]?.state !== 'met' &&
        !withEvidence.get(criterion.id);
      // Prefer a blocker without catalog evidence, so "no" does not contradict the catalog.
      const better =
        current === undefined ||
        (withEvidence.has(current) && !withEvidence.has(criterion.id)) ||
        (withEvidence.has(current) === withEvidence.has(criterion.id) &&
          this.rng.chance(0.35));
      if (eligible && better) perLevel.set(rank, criterion.id);
    }
  }

  /** Answers for one assessment; areas without a planned level are left out. */
  answersFor(assessment: PlannedAssessment): AnswerSet {
    for (const { criterion: c } of this.applicable()) {
      const s = this.state.get(c.id)!;
      if (s !== 'met' && !this.plan.notes?.[c.id] && this.rng.chance(0.3)) {
        const step = s === 'unmet' && canBePartial(c) ? 'partial' : 'met';
        this.state.set(c.id, step);
      }
    }
    const answers: AnswerSet = {};
    for (const { area, criterion: c, rank } of this.criteria) {
      const planned = assessment.levels[area.id];
      if (!planned) continue;
      const reason = this.plan.notApplicable?.[c.id];
      if (reason) {
        answers[c.id] = { notApplicable: { reason } };
        continue;
      }
      const reached = this.rankOf(planned);
      if (rank <= reached) {
        this.state.set(c.id, 'met');
      } else if (
        rank === reached + 1 &&
        this.blockers.get(area.id)?.get(rank) === c.id &&
        this.state.get(c.id) === 'met'
      ) {
        this.state.set(c.id, this.expressible(c, 'partial'));
      }
      answers[c.id] = this.answer(c);
    }
    return answers;
  }

  private answer(c: CriterionDefinition) {
    const state = this.state.get(c.id)!;
    const planned = this.plan.notes?.[c.id];
    const extra = this.extras.get(c.id)!;
    const bank = state === 'unmet' ? UNMET_NOTES : PARTIAL_NOTES;
    let note: string | undefined;
    if (planned) note = planned.state === state ? planned.text : undefined;
    else if (state !== 'met' && extra.note) {
      note = bank[extra.noteIndex % bank.length];
    }
    const links =
      state !== 'unmet' && extra.links
        ? evidenceLinksFor(this.entity, c.id)
        : undefined;
    return buildAnswer(valueForState(c, state), note, links);
  }
}

function timestamp(date: string, rng: Prng): string {
  const hour = 8 + Math.floor(rng.next() * 10);
  const minute = Math.floor(rng.next() * 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return new Date(`${date}T${pad(hour)}:${pad(minute)}:00.000Z`).toISOString();
}

/**
 * Turns the demo plan into seed file entries: deterministic (seeded by the
 * service name), valid for the model, and reaching exactly the planned level
 * in every area of every submission.
 */
export async function generateDemoAssessments(options: {
  model: MaturityModel;
  /** The example catalog: ML services and the resources they depend on. */
  entities: Entity[];
  plan: ServicePlan[];
}): Promise<DemoAssessmentEntry[]> {
  const { model, entities, plan } = options;
  const rankOf = (levelId: string) => {
    const rank = model.levels.findIndex(level => level.id === levelId);
    if (rank < 0) throw new Error(`The model has no level '${levelId}'`);
    return rank;
  };
  const criteria = model.areas.flatMap(area =>
    area.criteria.map(criterion => ({
      area,
      criterion,
      rank: rankOf(criterion.levelId),
    })),
  );
  const entries: DemoAssessmentEntry[] = [];
  for (const service of plan) {
    const entity = entities.find(
      e => e.kind === 'Component' && e.metadata.name === service.name,
    );
    if (!entity) throw new Error(`No example entity named ${service.name}`);
    const rng = createPrng(seedFrom(service.name));
    const withEvidence = await criteriaWithEvidence(model, entity, entities);
    const history = new ServiceHistory(
      service,
      entity,
      criteria,
      rankOf,
      withEvidence,
      rng,
    );
    const user = (name: string) => `user:default/${name}`;
    const entry: DemoAssessmentEntry = {
      entityRef: `component:default/${service.name}`,
      submissions: service.submissions.map(submission => ({
        submittedAt: timestamp(submission.date, rng),
        submittedBy: user(rng.pick(service.team)),
        answers: history.answersFor(submission),
      })),
    };
    if (service.draft) {
      entry.draft = {
        answers: history.answersFor(service.draft),
        updatedBy: user(service.draft.by),
        updatedAt: timestamp(service.draft.date, rng),
      };
    }
    if (service.targets) entry.targets = { ...service.targets };
    entries.push(entry);
  }
  return entries;
}
