import type { ApolloError } from '@apollo/client';
import { useMemo, useState } from 'react';
import {
  useCatalogWithItemsQuery,
  type CatalogWithItemsQuery,
} from '../../../src/client/generated/hooks';

export type Item = NonNullable<CatalogWithItemsQuery['catalog']>['items']['edges'][number]['node'];

/** The server's error message and `extensions.code`. */
export function ErrorBox({ error }: { error: ApolloError | undefined }) {
  if (!error) return null;
  const graphQLErrors = error.graphQLErrors.length > 0 ? error.graphQLErrors : null;
  return (
    <div className="error" role="alert">
      {graphQLErrors
        ? graphQLErrors.map((e, i) => (
            <p key={i}>
              {e.message} <code>{String(e.extensions?.code ?? '')}</code>
            </p>
          ))
        : error.message}
    </div>
  );
}

/** Forward/backward paging over a connection by cursor (a stack of the cursors seen). */
export function useCursorPages() {
  const [stack, setStack] = useState<(string | null)[]>([null]);
  return {
    after: stack[stack.length - 1] ?? null,
    page: stack.length,
    next: (cursor: string) => setStack(s => [...s, cursor]),
    previous: () => setStack(s => (s.length > 1 ? s.slice(0, -1) : s)),
    reset: () => setStack([null]),
  };
}

export function Pager({
  pages,
  total,
  pageInfo,
}: {
  pages: ReturnType<typeof useCursorPages>;
  total: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}) {
  return (
    <div className="pager">
      <button disabled={pages.page === 1} onClick={pages.previous}>
        ‹ Previous
      </button>
      <span className="muted">
        page {pages.page} · {total} in all
      </span>
      <button
        disabled={!pageInfo.hasNextPage || pageInfo.endCursor === null}
        onClick={() => pageInfo.endCursor && pages.next(pageInfo.endCursor)}
      >
        Next ›
      </button>
    </div>
  );
}

/** Every item of a catalog up to `limit` (names for labels and pickers). */
export function useAllItems(catalogName: string, limit = 1000) {
  const result = useCatalogWithItemsQuery({ variables: { name: catalogName, first: limit } });
  const edges = result.data?.catalog?.items.edges;
  const items = useMemo(() => edges?.map(e => e.node) ?? [], [edges]);
  const byId = useMemo(() => new Map(items.map(item => [item.id, item])), [items]);
  return { items, byId, total: result.data?.catalog?.items.totalCount ?? 0, error: result.error };
}

export function RuleTable({
  rules,
}: {
  rules: readonly { ruleName: string; passed: boolean; reason: string }[];
}) {
  return (
    <table className="rules">
      <thead>
        <tr>
          <th>Rule</th>
          <th>Result</th>
          <th>Reason</th>
        </tr>
      </thead>
      <tbody>
        {rules.map(r => (
          <tr key={r.ruleName} className={r.passed ? 'pass' : 'fail'}>
            <td>{r.ruleName}</td>
            <td>{r.passed ? 'passed' : 'failed'}</td>
            <td>{r.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
