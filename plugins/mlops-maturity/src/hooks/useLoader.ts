import {
  DependencyList,
  useCallback,
  useEffect,
  useRef,
  useState,
} from 'react';

/** The state of one asynchronous load. */
export interface LoaderState<T> {
  loading: boolean;
  value?: T;
  error?: Error;
  /** Loads again, keeping the current value visible meanwhile. */
  retry: () => void;
}

/**
 * Runs `load` when the dependencies change and exposes its state. Results of
 * superseded loads are dropped, so a slow old request never overwrites a
 * newer answer.
 */
export function useLoader<T>(
  load: () => Promise<T>,
  deps: DependencyList,
): LoaderState<T> {
  const [state, setState] = useState<{
    loading: boolean;
    value?: T;
    error?: Error;
  }>({ loading: true });
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(0);

  useEffect(() => {
    const id = ++latest.current;
    setState(s => ({ ...s, loading: true, error: undefined }));
    load().then(
      value => {
        if (id === latest.current) setState({ loading: false, value });
      },
      error => {
        if (id === latest.current) setState({ loading: false, error });
      },
    );
    // `load` is recreated on every render; the caller's deps say when to rerun.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, attempt]);

  const retry = useCallback(() => setAttempt(n => n + 1), []);
  return { ...state, retry };
}
