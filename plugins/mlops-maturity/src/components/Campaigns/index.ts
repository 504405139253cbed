export { CampaignLines } from './CampaignLines';
export { CampaignPage } from './CampaignPage';
export { CampaignsPanel } from './CampaignsPanel';
export { CAMPAIGN_PATH, campaignIdOfPath } from './useCampaignLink';
