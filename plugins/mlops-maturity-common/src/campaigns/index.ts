export * from './campaignTypes';
export * from './campaignContract';
export {
  campaignShortfall,
  type CampaignServiceLevels,
} from './campaignShortfall';
export { campaignRaisedTargets } from './campaignTargets';
export {
  campaignProgress,
  campaignFigures,
  emptyCampaignTally,
  type CampaignCountRow,
} from './campaignProgress';
