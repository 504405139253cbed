export { MlopsMaturityCard } from './MlopsMaturityCard';
export type { MlopsMaturityCardProps } from './MlopsMaturityCard';
