export { mlopsMaturityTranslationRef } from './translation';
export { mlopsMaturityTranslations } from './resource';
