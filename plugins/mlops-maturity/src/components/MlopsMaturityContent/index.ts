export { MlopsMaturityContent } from './MlopsMaturityContent';
