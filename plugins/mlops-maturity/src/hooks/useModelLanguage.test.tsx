import { screen } from '@testing-library/react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import {
  appLanguageApiRef,
  type AppLanguageApi,
} from '@backstage/core-plugin-api/alpha';
import { toModelLanguage, useModelLanguage } from './useModelLanguage';

function fakeLanguageApi(language: string): AppLanguageApi {
  return {
    getAvailableLanguages: () => ({ languages: ['en', 'pt-BR'] }),
    setLanguage: () => {},
    getLanguage: () => ({ language }),
    language$: () =>
      ({
        subscribe: () => ({ unsubscribe: () => {}, closed: false }),
      } as unknown as ReturnType<AppLanguageApi['language$']>),
  };
}

function ShowLanguage() {
  const { lang } = useModelLanguage();
  return <span>{lang}</span>;
}

describe('useModelLanguage', () => {
  it('maps app languages to model languages', () => {
    expect(toModelLanguage('pt-BR')).toBe('pt-BR');
    expect(toModelLanguage('pt')).toBe('pt-BR');
    expect(toModelLanguage('en-GB')).toBe('en');
    expect(toModelLanguage(undefined)).toBe('en');
  });

  it("follows the app's language", async () => {
    await renderInTestApp(
      <TestApiProvider apis={[[appLanguageApiRef, fakeLanguageApi('pt-BR')]]}>
        <ShowLanguage />
      </TestApiProvider>,
    );
    expect(screen.getByText('pt-BR')).toBeInTheDocument();
  });
});
