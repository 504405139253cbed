import { useEffect, useState } from 'react';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import {
  Content,
  ErrorPanel,
  Header,
  InfoCard,
  Page,
  Progress,
  ProxiedSignInPage,
} from '@backstage/core-components';
import type { IdentityApi, SignInPageProps } from '@backstage/core-plugin-api';

/**
 * Where the demo remembers who the visitor chose to be, so that a reload
 * signs in as the same identity; signing out forgets it.
 */
export const DEMO_IDENTITY_STORAGE_KEY = 'mlops-maturity-demo:sign-in';

/** One of the demo's password-less identities and the auth provider behind it. */
export interface DemoIdentity {
  /** The auth backend provider id (`/api/auth/<provider>/refresh`). */
  provider: string;
  title: string;
  description: string;
  /** Accessible name of the button; each must differ from the others. */
  buttonLabel: string;
}

/** The demo's identities, in the order the sign-in page offers them. */
export const DEMO_IDENTITIES: DemoIdentity[] = [
  {
    provider: 'guest',
    title: 'Guest (Recommendations team)',
    description:
      'A member of the Recommendations team: assesses and sets targets for the team’s own ML services, reads everything else.',
    buttonLabel: 'Enter as guest',
  },
  {
    provider: 'platform-lead',
    title: 'Platform lead (ML Platform team)',
    description:
      'Ingrid Nilsen of the ML Platform department: reviews any service’s assessment and manages maturity campaigns.',
    buttonLabel: 'Enter as platform lead',
  },
];

function rememberedProvider(): string | undefined {
  try {
    const stored = window.localStorage.getItem(DEMO_IDENTITY_STORAGE_KEY);
    return DEMO_IDENTITIES.some(i => i.provider === stored)
      ? stored!
      : undefined;
  } catch {
    // Storage can be unavailable (private mode); then the choice lasts one page load.
    return undefined;
  }
}

function remember(provider: string | undefined) {
  try {
    if (provider) {
      window.localStorage.setItem(DEMO_IDENTITY_STORAGE_KEY, provider);
    } else {
      window.localStorage.removeItem(DEMO_IDENTITY_STORAGE_KEY);
    }
  } catch {
    // See rememberedProvider.
  }
}

/**
 * How often a failed sign-in is tried again, and after how long: the
 * development backend restarts when a file changes, and a reload in that
 * moment should not drop the visitor on an error.
 */
// About half a minute in all: a development backend restart takes 10-20 s.
const SIGN_IN_ATTEMPTS = 30;
const RETRY_DELAY_MS = 1000;

/** Shows progress, then asks for the next attempt after {@link RETRY_DELAY_MS}. */
function RetrySoon(props: { onRetry: () => void }) {
  const { onRetry } = props;
  useEffect(() => {
    const timer = setTimeout(onRetry, RETRY_DELAY_MS);
    return () => clearTimeout(timer);
  }, [onRetry]);
  return <Progress />;
}

/** The identity as the app uses it, except that signing out also forgets the choice. */
function forgettingOnSignOut(identity: IdentityApi): IdentityApi {
  return {
    getProfileInfo: () => identity.getProfileInfo(),
    getBackstageIdentity: () => identity.getBackstageIdentity(),
    getCredentials: () => identity.getCredentials(),
    signOut: async () => {
      remember(undefined);
      await identity.signOut();
    },
  };
}

/**
 * The demo portal's sign-in page: the visitor picks one of the demo's
 * password-less identities (the auth backend's `guest` and `platform-lead`
 * providers); the page then signs in through that provider and keeps the
 * choice until sign-out.
 */
export function DemoSignInPage(props: SignInPageProps) {
  const { onSignInSuccess } = props;
  const [provider, setProvider] = useState(rememberedProvider);
  const [attempt, setAttempt] = useState(1);

  if (provider) {
    const choose = () => {
      remember(undefined);
      setAttempt(1);
      setProvider(undefined);
    };
    const retry = () => setAttempt(a => a + 1);
    return (
      <ProxiedSignInPage
        key={`${provider}-${attempt}`}
        provider={provider}
        onSignInSuccess={identity =>
          onSignInSuccess(forgettingOnSignOut(identity))
        }
        ErrorComponent={({ error }) =>
          attempt < SIGN_IN_ATTEMPTS ? (
            <RetrySoon onRetry={retry} />
          ) : (
            <Page themeId="home">
              <Header title="MLOps Maturity demo" />
              <Content>
                <ErrorPanel
                  title={`Signing in with the ${provider} provider failed`}
                  error={error ?? new Error('Unknown error')}
                />
                <Button variant="outlined" color="primary" onClick={choose}>
                  Choose another identity
                </Button>
              </Content>
            </Page>
          )
        }
      />
    );
  }

  return (
    <Page themeId="home">
      <Header title="MLOps Maturity demo" />
      <Content>
        <Typography variant="body1" paragraph>
          Choose who to be in this demo. No password is needed; your choice is
          kept until you sign out.
        </Typography>
        <Grid container spacing={2} component="ul" style={{ padding: 0 }}>
          {DEMO_IDENTITIES.map(identity => (
            <Grid
              item
              key={identity.provider}
              xs={12}
              sm={6}
              md={4}
              component="li"
              style={{ listStyle: 'none' }}
            >
              <InfoCard
                title={identity.title}
                variant="fullHeight"
                actions={
                  <Button
                    color="primary"
                    variant="outlined"
                    onClick={() => {
                      remember(identity.provider);
                      setProvider(identity.provider);
                    }}
                  >
                    {identity.buttonLabel}
                  </Button>
                }
              >
                <Typography variant="body1">{identity.description}</Typography>
              </InfoCard>
            </Grid>
          ))}
        </Grid>
      </Content>
    </Page>
  );
}
