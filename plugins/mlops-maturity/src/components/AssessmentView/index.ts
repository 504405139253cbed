export { AssessmentView } from './AssessmentView';
