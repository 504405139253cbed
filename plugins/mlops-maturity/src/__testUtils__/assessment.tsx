import { screen } from '@testing-library/react';
import { createFakeApi } from '../__fixtures__/fakeApi';
import { model } from '../__fixtures__/model';
import { AssessmentView } from '../components/AssessmentView';
import { renderForEntity } from './render';

/** The question's fieldset, named by its legend. */
export const question = (name: string) => screen.getByRole('group', { name });

/** Questions of the fixture model. */
export const VCS = 'Is all ML code in version control?';
export const CI = 'Do pull requests run unit tests?';
export const TRACKING = 'Where are experiments tracked?';

/** Renders the Assessment view for the fixture ML service. */
export function renderAssessment(
  api = createFakeApi(),
  onSubmitted = jest.fn(),
) {
  return renderForEntity(
    <AssessmentView model={model} onSubmitted={onSubmitted} />,
    api,
  );
}
