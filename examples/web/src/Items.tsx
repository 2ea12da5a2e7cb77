import { useState } from 'react';
import { useCatalogWithItemsQuery } from '../../../src/client/generated/hooks';
import type { Selection } from './App';
import { ErrorBox, Pager, useCursorPages } from './common';

const PAGE = 15;

/** A catalog's items, a page at a time; pick two to explain their pair. */
export function Items({
  selection,
  onExplain,
}: {
  selection: Selection;
  onExplain: (a: string, b: string) => void;
}) {
  const pages = useCursorPages();
  const { data, error, loading } = useCatalogWithItemsQuery({
    variables: { name: selection.catalogName, first: PAGE, after: pages.after },
  });
  const [picked, setPicked] = useState<string[]>([]);
  const toggle = (id: string) =>
    setPicked(p => (p.includes(id) ? p.filter(x => x !== id) : [...p, id].slice(-2)));
  const catalog = data?.catalog;
  return (
    <section>
      <h2>
        {selection.catalogName} <span className="muted">items</span>
      </h2>
      <ErrorBox error={error} />
      {loading && !catalog && <p className="muted">Loading…</p>}
      {catalog && (
        <>
          <p className="muted">{catalog.description} Pick two items to explain their pair.</p>
          <button
            disabled={picked.length !== 2 || selection.ruleSetName === null}
            data-testid="explain-picked"
            onClick={() => picked[0] && picked[1] && onExplain(picked[0], picked[1])}
          >
            Explain pair {picked.join(' × ')}
          </button>
          <table className="items" data-testid="items">
            <thead>
              <tr>
                <th></th>
                <th>Id</th>
                <th>Name</th>
                <th>Attributes</th>
              </tr>
            </thead>
            <tbody>
              {catalog.items.edges.map(({ node }) => (
                <tr key={node.id}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`pick ${node.id}`}
                      checked={picked.includes(node.id)}
                      onChange={() => toggle(node.id)}
                    />
                  </td>
                  <td>
                    <code>{node.id}</code>
                  </td>
                  <td>{node.name}</td>
                  <td className="attributes">
                    {Object.entries(node.attributes)
                      .map(
                        ([k, v]) =>
                          `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`,
                      )
                      .join(' · ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager pages={pages} total={catalog.items.totalCount} pageInfo={catalog.items.pageInfo} />
        </>
      )}
    </section>
  );
}
