/**
 * Everything the plugins know about answers, in one place: the answer types a
 * model may use, the choices and credits of each, the limits on an answer's
 * free text and links, and the checks of one answer. The scoring engine, the
 * model validator, the backend's input checks, the questionnaire, the history
 * view and the demo data all read this module, so that a choice, a credit or a
 * limit cannot drift between the backend and the form (a form that checked
 * less than the backend would let autosave run into a 400).
 */
import type { AnswerType } from '../model/types';
import type { Answer } from '../scoring/answerTypes';

/**
 * Longest "not applicable" reason accepted on one answer. As long as a note:
 * the reason is the note of an answer that has no value.
 * @public
 */
export const NOT_APPLICABLE_REASON_MAX_LENGTH = 2000;

/**
 * Longest note accepted on one answer. Notes are kept with every submission
 * and exported in reports; the bound keeps a draft body far below the
 * backend's request size limit even with every criterion annotated.
 * @public
 */
export const ANSWER_NOTE_MAX_LENGTH = 2000;

/**
 * Most evidence links accepted on one answer: enough to point at a pipeline,
 * a dashboard and a document per practice, few enough to show in a table.
 * @public
 */
export const ANSWER_MAX_EVIDENCE_LINKS = 10;

/**
 * Every answer type, in the order the model schema lists them. A tuple rather
 * than only the {@link AnswerType} union so that the schema can enumerate it.
 * @public
 */
export const ANSWER_TYPES = [
  'yes-no',
  'practice-scale',
  'multiple-choice',
] as const;

/** Value of a `yes-no` answer. @public */
export type YesNoValue = 'yes' | 'no';

/** Value of a `practice-scale` answer. @public */
export type PracticeScaleValue = 'none' | 'manual' | 'automated';

/**
 * A value fixed by an answer type rather than by the model; the frontend
 * translates these, whereas option labels come with the model.
 * @public
 */
export type FixedAnswerValue = YesNoValue | PracticeScaleValue;

/** One value an answer type fixes, with the credit it earns. @public */
export interface FixedAnswerChoice {
  value: FixedAnswerValue;
  /** Credit in [0, 1] towards meeting the criterion. */
  credit: number;
}

/**
 * What one answer type allows. Code that depends on the type reads this
 * table instead of switching on the type, so that a new type is one new row.
 * @public
 */
export interface AnswerTypeDefinition {
  /**
   * The values the type fixes with their credits, in display order; empty
   * when the criterion's own `options` are the choices.
   */
  fixedChoices: readonly FixedAnswerChoice[];
  /**
   * Whether criteria of this type carry `options` (required then, and not
   * allowed on any other type).
   */
  usesOptions: boolean;
  /**
   * The value that found catalog evidence stands for, used to pre-fill the
   * questionnaire. Only a yes/no question has one: a linked tool proves the
   * practice exists, not how automated it is or which option applies.
   */
  valueWhenEvidenceFound?: FixedAnswerValue;
}

/**
 * The answer types and what each allows. `practice-scale` follows the ML
 * Test Score's convention: not done, done by hand and documented, automated.
 * @public
 */
export const ANSWER_TYPE_DEFINITIONS: Readonly<
  Record<AnswerType, AnswerTypeDefinition>
> = Object.freeze({
  'yes-no': {
    fixedChoices: [
      { value: 'yes', credit: 1 },
      { value: 'no', credit: 0 },
    ],
    usesOptions: false,
    valueWhenEvidenceFound: 'yes',
  },
  'practice-scale': {
    fixedChoices: [
      { value: 'none', credit: 0 },
      { value: 'manual', credit: 0.5 },
      { value: 'automated', credit: 1 },
    ],
    usesOptions: false,
  },
  'multiple-choice': { fixedChoices: [], usesOptions: true },
});

function creditsOf<V extends FixedAnswerValue>(
  type: AnswerType,
): Readonly<Record<V, number>> {
  return Object.freeze(
    Object.fromEntries(
      ANSWER_TYPE_DEFINITIONS[type].fixedChoices.map(c => [c.value, c.credit]),
    ) as Record<V, number>,
  );
}

/** Answer values of a yes-no criterion and their credits. @public */
export const YES_NO_CREDITS: Readonly<Record<YesNoValue, number>> =
  creditsOf<YesNoValue>('yes-no');

/** Answer values of a practice-scale criterion and their credits. @public */
export const PRACTICE_SCALE_CREDITS: Readonly<
  Record<PracticeScaleValue, number>
> = creditsOf<PracticeScaleValue>('practice-scale');

/**
 * The part of a criterion that decides its answers, with option labels of
 * any form, so that both the model (labels in every language) and the
 * localized model the frontend gets (labels as text) fit.
 * @public
 */
export interface AnswerableCriterion<Label = unknown> {
  answerType: AnswerType;
  options?: ReadonlyArray<{ id: string; credit: number; label: Label }>;
}

/**
 * One choice of a criterion: a value its type fixes (the frontend supplies
 * the words), or one of its options (the model supplies the label).
 * @public
 */
export type AnswerChoice<Label = unknown> =
  | { kind: 'fixed'; value: FixedAnswerValue; credit: number }
  | { kind: 'option'; value: string; credit: number; label: Label };

/**
 * The values a criterion allows with their credits, in display order: the
 * type's fixed choices, or the criterion's options in model order.
 * @public
 */
export function answerChoices<Label>(
  criterion: AnswerableCriterion<Label>,
): AnswerChoice<Label>[] {
  const definition = ANSWER_TYPE_DEFINITIONS[criterion.answerType];
  if (!definition.usesOptions) {
    return definition.fixedChoices.map(c => ({ kind: 'fixed', ...c }));
  }
  return (criterion.options ?? []).map(o => ({
    kind: 'option',
    value: o.id,
    credit: o.credit,
    label: o.label,
  }));
}

/**
 * The valid answer values of a criterion with their credits, in display
 * order: the lookup the scoring engine indexes once per model.
 * @public
 */
export function creditTable(
  criterion: AnswerableCriterion,
): Map<string, number> {
  return new Map(answerChoices(criterion).map(c => [c.value, c.credit]));
}

/**
 * Whether an answer takes its criterion out as not applicable: only with a
 * written reason (not blank). The scoring engine, the completeness check and
 * the report all ask this, so a not-applicable mark without a reason (stored
 * before the checks existed, or built by a caller that skipped
 * `validateAnswers`) is never honoured: the criterion stays applicable and
 * counts by its value, or as unanswered.
 * @public
 */
export function isNotApplicable(answer: Answer | undefined): boolean {
  const reason: unknown = answer?.notApplicable?.reason;
  return typeof reason === 'string' && reason.trim() !== '';
}

/** True for an absolute http(s) URL, the only evidence links accepted. @public */
export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * What can be wrong with one answer. Codes let the frontend show its own
 * translated text; the message is the backend's English wording.
 * @public
 */
export type AnswerProblemCode =
  | 'value-not-allowed'
  | 'value-and-not-applicable'
  | 'reason-missing'
  | 'reason-too-long'
  | 'note-too-long'
  | 'too-many-links'
  | 'link-not-http';

/** One problem of one answer. @public */
export interface AnswerProblem {
  code: AnswerProblemCode;
  /** The field inside the answer: `value`, `notApplicable.reason`, `evidenceLinks[2]`... */
  field: string;
  /** In English, without the criterion (the caller names it). */
  message: string;
}

/**
 * The message for a value the criterion does not allow; exported so that
 * the backend words a value of the wrong JSON type the same way.
 * @public
 */
export function valueNotAllowedMessage(
  criterion: AnswerableCriterion,
  value: unknown,
): string {
  const allowed = answerChoices(criterion).map(c => c.value);
  return `${JSON.stringify(value)} is not a valid answer (${
    criterion.answerType
  }; expected one of ${allowed.join(', ')})`;
}

/**
 * Checks one answer against every rule the backend enforces: a value the
 * criterion allows (when the criterion is given), not applicable with a
 * written reason of at most {@link NOT_APPLICABLE_REASON_MAX_LENGTH}
 * characters and no value, a note of at most {@link ANSWER_NOTE_MAX_LENGTH}
 * characters, and at most {@link ANSWER_MAX_EVIDENCE_LINKS} http(s) links.
 * Fields of the wrong JSON type count as invalid rather than throwing, so
 * the backend can run it on a parsed request body. An empty list means the
 * answer would be accepted.
 * @public
 */
export function answerProblems(
  answer: Answer,
  criterion?: AnswerableCriterion,
): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  const add = (code: AnswerProblemCode, field: string, message: string) =>
    problems.push({ code, field, message });
  const { value, notApplicable, note, evidenceLinks } = answer;
  const hasValue = value !== undefined && value !== null;

  if (hasValue && criterion) {
    const allowed = creditTable(criterion);
    if (typeof value !== 'string' || !allowed.has(value)) {
      add(
        'value-not-allowed',
        'value',
        valueNotAllowedMessage(criterion, value),
      );
    }
  }

  if (notApplicable !== undefined && notApplicable !== null) {
    const reason: unknown = (notApplicable as { reason?: unknown }).reason;
    if (typeof reason !== 'string' || !reason.trim()) {
      add(
        'reason-missing',
        'notApplicable.reason',
        'not applicable needs a written reason',
      );
    } else if (reason.length > NOT_APPLICABLE_REASON_MAX_LENGTH) {
      add(
        'reason-too-long',
        'notApplicable.reason',
        `the reason is ${reason.length} characters long; the limit is ${NOT_APPLICABLE_REASON_MAX_LENGTH}`,
      );
    }
    if (hasValue) {
      add(
        'value-and-not-applicable',
        'notApplicable',
        'an answer is either a value or not applicable, not both',
      );
    }
  }

  if (typeof note === 'string' && note.length > ANSWER_NOTE_MAX_LENGTH) {
    add(
      'note-too-long',
      'note',
      `the note is ${note.length} characters long; the limit is ${ANSWER_NOTE_MAX_LENGTH}`,
    );
  }

  if (Array.isArray(evidenceLinks)) {
    if (evidenceLinks.length > ANSWER_MAX_EVIDENCE_LINKS) {
      add(
        'too-many-links',
        'evidenceLinks',
        `${evidenceLinks.length} evidence links; at most ${ANSWER_MAX_EVIDENCE_LINKS} are allowed`,
      );
    }
    evidenceLinks.forEach((link: unknown, i) => {
      if (typeof link !== 'string' || !isHttpUrl(link)) {
        add(
          'link-not-http',
          `evidenceLinks[${i}]`,
          `${JSON.stringify(link)} is not an http(s) link`,
        );
      }
    });
  }
  return problems;
}
