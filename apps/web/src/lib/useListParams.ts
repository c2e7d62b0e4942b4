// A list's page, page size and filters kept in the URL (so a reload, a shared link or Back shows the
// same list): read a parameter, change several at once (replacing the history entry), a filter changed
// sends the list back to its first page.
import { useSearchParams } from 'react-router';

/** A value of '' or undefined removes the parameter from the URL. */
export type ParamChanges = Record<string, string | undefined>;

export function useListParams(defaultPageSize = 20) {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const pageSize = Number(params.get('pageSize') ?? String(defaultPageSize)) || defaultPageSize;

  const set = (changes: ParamChanges) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };

  return {
    /** The parameter's value, '' when absent. */
    get: (name: string) => params.get(name) ?? '',
    page,
    pageSize,
    set,
    /** Changes filters and goes back to the first page. */
    setFilter: (changes: ParamChanges) => set({ ...changes, page: undefined }),
    /** What `Pager` takes besides `total`. */
    pager: {
      page,
      pageSize,
      onPage: (p: number) => set({ page: String(p) }),
      onPageSize: (n: number) => set({ pageSize: String(n), page: undefined }),
    },
  };
}
