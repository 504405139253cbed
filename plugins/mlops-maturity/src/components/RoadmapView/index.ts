export { RoadmapView } from './RoadmapView';
