import type { ModelLanguage } from '../../model/types';
import { en } from './en';
import { ptBR } from './ptBR';
import type { ReportTexts } from './ReportTexts';

export type { ReportTexts } from './ReportTexts';

/** The report's fixed wording per language; the model supplies its own texts. */
export const REPORT_TEXTS: Record<ModelLanguage, ReportTexts> = {
  en,
  'pt-BR': ptBR,
};
