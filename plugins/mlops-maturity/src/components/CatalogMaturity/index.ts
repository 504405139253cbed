export {
  EntityMaturityLevelPicker,
  EntityMaturityStatusPicker,
} from './EntityMaturityLevelPicker';
export {
  EntityMaturityLevelFilter,
  EntityMaturityStatusFilter,
  type MaturityEntityFilters,
} from './maturityLabelFilters';
export { createMaturityLevelColumn } from './maturityLevelColumn';
