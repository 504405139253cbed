import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  OrganisationParams,
  parseOrganisationParams,
  writeOrganisationParams,
} from './organisationParams';

/**
 * The page's view (grouping, filters, sort, page, open group) held in the
 * URL, so that copying the address shares the view. A change of grouping or
 * filters goes back to the first page.
 */
export function useOrganisationParams(): [
  OrganisationParams,
  (change: Partial<OrganisationParams>) => void,
] {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => parseOrganisationParams(search), [search]);
  const update = useCallback(
    (change: Partial<OrganisationParams>) => {
      setSearch(
        current => {
          const before = parseOrganisationParams(current);
          const resetPage =
            change.page === undefined &&
            (change.filters !== undefined ||
              change.grouping !== undefined ||
              change.sort !== undefined ||
              change.order !== undefined ||
              change.pageSize !== undefined);
          return writeOrganisationParams(
            { ...before, ...change, ...(resetPage ? { page: 1 } : {}) },
            current,
          );
        },
        { replace: false },
      );
    },
    [setSearch],
  );
  return [params, update];
}
