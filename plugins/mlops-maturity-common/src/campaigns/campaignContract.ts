/**
 * The request contract of the campaign endpoints: the body a manager sends
 * to create or edit a campaign, its limits and the rules it is checked
 * against the model with. The frontend's form and the backend's routes both
 * use it.
 */
import { z } from 'zod';
import { overviewFilterParams } from '../api/overviewContract';
import type { OverallRulesModel } from '../scoring/overallNeeds';
import type { Campaign, CampaignInput } from './campaignTypes';

/** Longest campaign title. @public */
export const CAMPAIGN_TITLE_MAX = 200;
/** Longest campaign description. @public */
export const CAMPAIGN_DESCRIPTION_MAX = 4000;
/** Largest "assessed within N days" (ten years). @public */
export const CAMPAIGN_ASSESSED_WITHIN_MAX_DAYS = 3650;
/** How many services missing the goal a progress answer lists. @public */
export const CAMPAIGN_MISSING_LIMIT = 200;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a string is a real calendar day `YYYY-MM-DD`. @public */
export function isCampaignDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** The UTC day of a moment, `YYYY-MM-DD`. @public */
export function campaignDayOf(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

const day = z
  .string()
  .refine(isCampaignDay, 'must be a calendar day written YYYY-MM-DD');

const scopeShape = {
  domain: overviewFilterParams.domain,
  system: overviewFilterParams.system,
  owner: overviewFilterParams.owner,
  lifecycle: overviewFilterParams.lifecycle,
  type: overviewFilterParams.type,
  tag: overviewFilterParams.tag,
};

/**
 * The body of `POST /campaigns` and `PUT /campaigns/{id}`, with the model's
 * areas and levels: unknown fields, areas or levels, an empty goal and a
 * deadline before the start are issues on the field concerned. The scope's
 * refs are normalised like the organisation filters (`team-a` is
 * `group:default/team-a` as an owner).
 * @public
 */
export function campaignInputSchema(model: OverallRulesModel) {
  const areaIds = model.areas.map(a => a.id);
  const levelIds = model.levels.map(l => l.id);
  const overallIds = model.overallLevels.map(l => l.id);
  return z
    .object({
      title: z.string().trim().min(1).max(CAMPAIGN_TITLE_MAX),
      description: z.string().max(CAMPAIGN_DESCRIPTION_MAX).default(''),
      scope: z.object(scopeShape).strict().default({}),
      goal: z
        .object({
          areas: z
            .record(z.string())
            .superRefine((areas, ctx) => {
              for (const [areaId, levelId] of Object.entries(areas)) {
                if (!areaIds.includes(areaId)) {
                  ctx.addIssue({
                    code: z.ZodIssueCode.custom,
                    path: [areaId],
                    message: `is not an area of the model (${areaIds.join(
                      ', ',
                    )})`,
                  });
                } else if (!levelIds.includes(levelId)) {
                  ctx.addIssue({
                    code: z.ZodIssueCode.custom,
                    path: [areaId],
                    message: `'${levelId}' is not a level of the model (${levelIds.join(
                      ', ',
                    )})`,
                  });
                }
              }
            })
            .optional(),
          overall: z
            .string()
            .refine(
              id => overallIds.includes(id),
              `must be an overall level of the model (${overallIds.join(
                ', ',
              )})`,
            )
            .optional(),
          assessedWithinDays: z
            .number()
            .int()
            .min(1)
            .max(CAMPAIGN_ASSESSED_WITHIN_MAX_DAYS)
            .optional(),
        })
        .strict()
        .refine(
          goal =>
            Object.keys(goal.areas ?? {}).length > 0 ||
            goal.overall !== undefined,
          'must name a minimum level for at least one area or overall',
        ),
      startsOn: day,
      deadline: day,
    })
    .strict()
    .refine(input => input.deadline >= input.startsOn, {
      path: ['deadline'],
      message: 'must be on or after startsOn',
    })
    .transform((input): CampaignInput => {
      const scope: CampaignInput['scope'] = {};
      for (const [key, values] of Object.entries(input.scope)) {
        if (values?.length) scope[key as keyof typeof scope] = values;
      }
      const goal: CampaignInput['goal'] = {};
      if (input.goal.areas && Object.keys(input.goal.areas).length) {
        goal.areas = input.goal.areas;
      }
      if (input.goal.overall !== undefined) goal.overall = input.goal.overall;
      if (input.goal.assessedWithinDays !== undefined) {
        goal.assessedWithinDays = input.goal.assessedWithinDays;
      }
      return { ...input, scope, goal };
    });
}

/**
 * Whether a campaign is in force on a day: open, and started. A campaign
 * past its deadline stays in force (overdue) until it is closed.
 * @public
 */
export function isCampaignInForce(
  campaign: Pick<Campaign, 'status' | 'startsOn'>,
  today: string,
): boolean {
  return campaign.status === 'open' && campaign.startsOn <= today;
}

/**
 * The notification topic of campaign notifications: users can turn them
 * off in the notifications settings of the portal.
 * @public
 */
export const MLOPS_MATURITY_CAMPAIGN_NOTIFICATION_TOPIC =
  'mlops-maturity-campaigns';
