import { screen, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { createFakeApi } from '../__fixtures__/fakeApi';
import { model } from '../__fixtures__/model';
import { AssessmentView } from '../components/AssessmentView';
import { renderForEntity } from './render';

/** The question's fieldset, named by its legend. */
export const question = (name: string) => screen.getByRole('group', { name });

/**
 * The questionnaire shows one area at a time: selects an area by its title in
 * the area navigation (whose buttons start with the title).
 */
export async function showArea(
  user: ReturnType<typeof userEvent.setup>,
  title: string,
) {
  const nav = screen.getByRole('navigation', {
    name: 'Areas of the questionnaire',
  });
  await user.click(
    within(nav).getByRole('button', { name: new RegExp(`^${title}`) }),
  );
}

/** Areas of the fixture model. */
export const DEVELOPMENT = 'Development & Experimentation';
export const MONITORING = 'Monitoring & Maintenance';

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
