import type { Entity } from '@backstage/catalog-model';
import type {
  MaturityModel,
  Scorecard,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import {
  ownerRefOf,
  refOf,
  referencedRef,
  specString,
  tagsOf,
} from './entityAttributes';

/** A row of `entity_index`. */
export interface EntityIndexRow {
  entity_ref: string;
  kind: string;
  namespace: string;
  name: string;
  title: string | null;
  sort_name: string;
  owner_ref: string | null;
  system_ref: string | null;
  domain_ref: string | null;
  lifecycle: string | null;
  type: string | null;
  in_catalog: boolean;
  seen_at: Date;
  submission_id: string | null;
  assessed_at: Date | null;
  assessed_by: string | null;
  overall_level: string | null;
  overall_rank: number | null;
  model_version: string | null;
  /** The review applied to the latest submission; null when it has none. */
  review_id: string | null;
  fingerprint: string;
}

/** A row of `entity_area_index`. */
export interface AreaIndexRow {
  entity_ref: string;
  area_id: string;
  level_id: string | null;
  level_rank: number | null;
  score: number | null;
}

/** A row of `entity_gaps`. */
export interface GapRow {
  entity_ref: string;
  criterion_id: string;
  area_id: string;
  level_id: string;
}

/**
 * Everything the index holds about one ML service. `domainRef` undefined
 * means "the domain of the system as the index knows it" (a submission does
 * not read the system from the catalog).
 */
export interface IndexEntry {
  entity: Omit<EntityIndexRow, 'domain_ref'> & { domain_ref?: string | null };
  areas: AreaIndexRow[];
  tags: string[];
  gaps: GapRow[];
}

/** The submission an index entry rests on. */
export interface IndexedSubmission {
  id: string;
  submittedAt: Date;
  submittedBy: string;
}

/**
 * The index entry of an ML service from its catalog entity and its current
 * scorecard. Gaps are the scorecard's roadmap (unmet criteria up to the
 * target level), kept only for assessed services: those are the ones a team
 * report counts, and leaving out the never-assessed keeps the table small.
 */
export function buildIndexEntry(options: {
  model: MaturityModel;
  entity: Entity;
  scorecard: Scorecard;
  latest: IndexedSubmission | null;
  /** The domain of the entity's system; leave out to look it up in the index. */
  domainRef?: string | null;
  seenAt: Date;
  /**
   * The refresh's hash of the inputs. Entries written outside a refresh
   * (submissions, target changes) have none, so the next refresh
   * recomputes them with its own inputs.
   */
  fingerprint?: string;
}): IndexEntry {
  const { model, entity, scorecard, latest } = options;
  const entityRef = refOf(entity);
  const levelRank = new Map(model.levels.map((l, i) => [l.id, i]));
  const overallId = scorecard.overall.levelId;
  const overallRank = overallId
    ? model.overallLevels.findIndex(o => o.id === overallId)
    : -1;
  const title = entity.metadata.title || null;
  const row = {
    entity_ref: entityRef,
    kind: entity.kind.toLocaleLowerCase('en-US'),
    namespace: (entity.metadata.namespace ?? 'default').toLocaleLowerCase(
      'en-US',
    ),
    name: entity.metadata.name,
    title,
    sort_name: (title ?? entity.metadata.name).toLocaleLowerCase('en-US'),
    owner_ref: ownerRefOf(entity),
    system_ref: referencedRef(entity, 'partOf', 'system', 'System'),
    ...(options.domainRef !== undefined
      ? { domain_ref: options.domainRef }
      : {}),
    // Lower-cased, so filters match the way the catalog's filters do.
    lifecycle:
      specString(entity, 'lifecycle')?.toLocaleLowerCase('en-US') ?? null,
    type: specString(entity, 'type')?.toLocaleLowerCase('en-US') ?? null,
    in_catalog: true,
    submission_id: latest?.id ?? null,
    assessed_at: latest?.submittedAt ?? null,
    assessed_by: latest?.submittedBy ?? null,
    overall_level: overallId,
    overall_rank: overallRank >= 0 ? overallRank : null,
    model_version: scorecard.modelVersion,
    // The scorecard names the review it applied, so every index write
    // (submission, review, target change, refresh) keeps the flag right.
    review_id: scorecard.review?.id ?? null,
  };
  const areas = scorecard.areas.map<AreaIndexRow>(area => ({
    entity_ref: entityRef,
    area_id: area.areaId,
    level_id: area.levelId,
    level_rank: area.levelId === null ? null : levelRank.get(area.levelId)!,
    score: area.score,
  }));
  const tags = tagsOf(entity);
  const gaps = latest
    ? scorecard.roadmap.map<GapRow>(item => ({
        entity_ref: entityRef,
        criterion_id: item.criterionId,
        area_id: item.areaId,
        level_id: item.levelId,
      }))
    : [];
  return {
    entity: {
      ...row,
      seen_at: options.seenAt,
      fingerprint: options.fingerprint ?? '',
    },
    areas,
    tags,
    gaps,
  };
}
