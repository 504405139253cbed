import type {
  OverviewCovers,
  OverviewGroup,
  OverviewSummary,
} from '../../api/overviewTypes';
import type { Effort, ModelLanguage } from '../../model/types';
import type { ReportLevel } from '../reportTypes';

/**
 * What the backend aggregates for a team report: the group, the figures over
 * its services (its sub-groups' services included) and how many assessed
 * services each unmet criterion blocks.
 * @public
 */
export interface TeamReportInput {
  group: {
    ref: string;
    title: string;
    type: string | null;
    parentRef: string | null;
  };
  summary: OverviewSummary;
  /** The group's direct sub-groups that own services, with their own roll-up. */
  subgroups: OverviewGroup[];
  /**
   * Per criterion: the number of the group's assessed services for which it
   * is unmet between the current and the target level of its area.
   */
  gaps: Array<{ criterionId: string; services: number }>;
}

/** Options of `buildTeamReport`. @public */
export interface BuildTeamReportOptions {
  lang: ModelLanguage;
  generatedAt: Date;
  /** How many shared gaps the report ranks and plans; default 10. */
  limit?: number;
}

/** A level with its number of services and their share. @public */
export interface TeamReportLevelCount {
  /** Null for services without a level. */
  levelId: string | null;
  title: string;
  count: number;
  /** count / services, 0-1. */
  share: number;
}

/** One area across the group's services. @public */
export interface TeamReportArea {
  areaId: string;
  title: string;
  distribution: TeamReportLevelCount[];
  medianLevel: ReportLevel;
  meanScore: number | null;
}

/** A direct sub-group in the report. @public */
export interface TeamReportSubgroup {
  ref: string;
  title: string;
  type: string | null;
  services: number;
  assessed: number;
  assessedShare: number;
  medianOverallLevel: ReportLevel;
}

/** An unmet criterion that many of the group's services share. @public */
export interface TeamReportInvestment {
  criterionId: string;
  areaId: string;
  areaTitle: string;
  levelId: string;
  levelTitle: string;
  question: string;
  /** Assessed services it blocks. */
  services: number;
  /** services / assessed services, 0-1. */
  share: number;
}

/** One step of the team's action plan. @public */
export interface TeamReportAction extends TeamReportInvestment {
  step: number;
  recommendation: string;
  exampleTools: string[];
  effort: Effort;
  effortTitle: string;
}

/**
 * The maturity report of a group (team, department, organisation): its
 * services' levels, the gaps most of them share ranked by how many services
 * they block ("where to invest"), and an action plan; texts in one language.
 * @public
 */
export interface TeamReport {
  lang: ModelLanguage;
  generatedAt: string;
  model: { id: string; version: string; title: string };
  group: TeamReportInput['group'];
  summary: {
    /** Which services the levels count: the assessed only, or the provisional too. */
    covers: OverviewCovers;
    services: number;
    assessed: number;
    stale: number;
    /** Services without a submission whose catalog evidence gives them levels. */
    provisional: number;
    assessedShare: number;
    staleShare: number;
    overall: TeamReportLevelCount[];
    medianOverallLevel: ReportLevel;
    /** The summary as sentences, ready to print. */
    text: string[];
  };
  areas: TeamReportArea[];
  subgroups: TeamReportSubgroup[];
  /** Most shared gaps first. */
  whereToInvest: TeamReportInvestment[];
  /** The same gaps in the order to work on them: lower level first, then the most shared. */
  actionPlan: TeamReportAction[];
}
