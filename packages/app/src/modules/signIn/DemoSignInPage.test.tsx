import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { DEMO_IDENTITY_STORAGE_KEY, DemoSignInPage } from './DemoSignInPage';

/** An unsigned token for `sub`, valid for an hour. */
function token(sub: string) {
  const part = (value: object) =>
    Buffer.from(JSON.stringify(value)).toString('base64url');
  const exp = Math.floor(Date.now() / 1000) + 3600;
  return `${part({ alg: 'none' })}.${part({ sub, ent: [sub], exp })}.x`;
}

/** What /api/auth/<provider>/refresh answers for the demo's two users. */
const USERS: Record<string, string> = {
  guest: 'user:default/guest',
  'platform-lead': 'user:default/platform-lead',
};

describe('DemoSignInPage', () => {
  const fetchMock = jest.fn(async (url: string) => {
    const provider = /\/api\/auth\/([^/]+)\/refresh/.exec(url)?.[1] ?? '';
    const userEntityRef = USERS[provider];
    return new Response(
      JSON.stringify({
        profile: {},
        backstageIdentity: {
          token: token(userEntityRef),
          identity: {
            type: 'user',
            userEntityRef,
            ownershipEntityRefs: [userEntityRef],
          },
        },
      }),
      { status: 200, headers: { 'content-type': 'application/json' } },
    );
  });

  beforeEach(() => {
    localStorage.clear();
    fetchMock.mockClear();
    global.fetch = fetchMock as unknown as typeof fetch;
  });

  it('offers the guest and the platform lead, with distinct button names', async () => {
    await renderInTestApp(<DemoSignInPage onSignInSuccess={jest.fn()} />);
    expect(
      screen.getByText('Guest (Recommendations team)'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Platform lead (ML Platform team)'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Enter as guest' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Enter as platform lead' }),
    ).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('signs in through the platform-lead provider from the keyboard and remembers it until sign-out', async () => {
    const onSignInSuccess = jest.fn();
    await renderInTestApp(<DemoSignInPage onSignInSuccess={onSignInSuccess} />);
    const button = screen.getByRole('button', {
      name: 'Enter as platform lead',
    });
    button.focus();
    await userEvent.keyboard('{Enter}');

    await waitFor(() => expect(onSignInSuccess).toHaveBeenCalledTimes(1));
    expect(fetchMock.mock.calls[0][0]).toMatch(
      /\/api\/auth\/platform-lead\/refresh$/,
    );
    const identity = onSignInSuccess.mock.calls[0][0];
    await expect(identity.getBackstageIdentity()).resolves.toMatchObject({
      userEntityRef: 'user:default/platform-lead',
    });
    expect(localStorage.getItem(DEMO_IDENTITY_STORAGE_KEY)).toBe(
      'platform-lead',
    );

    await identity.signOut();
    expect(localStorage.getItem(DEMO_IDENTITY_STORAGE_KEY)).toBeNull();
  });

  it('signs in again as the remembered identity without asking', async () => {
    localStorage.setItem(DEMO_IDENTITY_STORAGE_KEY, 'guest');
    const onSignInSuccess = jest.fn();
    await renderInTestApp(<DemoSignInPage onSignInSuccess={onSignInSuccess} />);
    await waitFor(() => expect(onSignInSuccess).toHaveBeenCalledTimes(1));
    expect(fetchMock.mock.calls[0][0]).toMatch(/\/api\/auth\/guest\/refresh$/);
    expect(
      screen.queryByRole('button', { name: 'Enter as platform lead' }),
    ).not.toBeInTheDocument();
  });

  it('ignores a remembered value that is not one of the identities', async () => {
    localStorage.setItem(DEMO_IDENTITY_STORAGE_KEY, 'admin');
    await renderInTestApp(<DemoSignInPage onSignInSuccess={jest.fn()} />);
    expect(
      screen.getByRole('button', { name: 'Enter as guest' }),
    ).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('tries a failed sign-in again, as when the backend restarts', async () => {
    localStorage.setItem(DEMO_IDENTITY_STORAGE_KEY, 'platform-lead');
    fetchMock.mockImplementationOnce(
      async () => new Response('starting', { status: 503 }),
    );
    const onSignInSuccess = jest.fn();
    await renderInTestApp(<DemoSignInPage onSignInSuccess={onSignInSuccess} />);
    await waitFor(() => expect(onSignInSuccess).toHaveBeenCalledTimes(1), {
      timeout: 5000,
    });
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });
});
