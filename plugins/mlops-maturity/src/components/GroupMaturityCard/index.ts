export { GroupMaturityCard } from './GroupMaturityCard';
