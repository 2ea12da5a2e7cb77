import { ApolloError } from '@apollo/client';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useEvaluateMatrixQuery } from '../../../src/client/generated/hooks';
import type { Selection } from './App';
import { ErrorBox, useAllItems } from './common';
import { PairExplain } from './PairExplain';

/** Comparisons per request (the server caps pages at ITEMS_PAGE_MAX). */
const PAGE = 500;
/** Pairs loaded before asking: 5000 pairs cover a full 100-item catalog. */
const AUTO_PAIRS = 5000;
/** Items on an axis: a larger catalog shows a window of its items (paged). */
const AXIS = 100;
const SIZE = 640;
const COLORS = { compatible: '#2e9d5b', incompatible: '#d9534f', unknown: '#e4e4e4' };

/**
 * The compatibility matrix as a canvas heatmap. Comparisons arrive a page at a time; the
 * axes are a window of AXIS items of the catalog. Clicking a cell explains that pair.
 */
export function Matrix({ selection }: { selection: Selection }) {
  const { items, total } = useAllItems(selection.catalogName);
  const ruleSetName = selection.ruleSetName;
  const [limit, setLimit] = useState(AUTO_PAIRS);
  const [offset, setOffset] = useState(0);
  const [picked, setPicked] = useState<[string, string] | null>(null);
  // A failed page: fetchMore rejects and does not set the query's `error`.
  const [pageError, setPageError] = useState<ApolloError | undefined>(undefined);
  const { data, error, loading, fetchMore } = useEvaluateMatrixQuery({
    skip: ruleSetName === null,
    variables: { catalogName: selection.catalogName, ruleSetName: ruleSetName ?? '', first: PAGE },
    fetchPolicy: 'cache-first',
    notifyOnNetworkStatusChange: true,
  });
  const matrix = data?.evaluateMatrix;
  const edges = matrix?.comparisons.edges;
  const pageInfo = matrix?.comparisons.pageInfo;
  const loaded = edges?.length ?? 0;

  // Page through the comparisons until `limit` pairs are loaded.
  useEffect(() => {
    if (loading || pageError || !pageInfo?.hasNextPage || loaded >= limit || !pageInfo.endCursor)
      return;
    fetchMore({
      variables: { after: pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        evaluateMatrix: {
          ...fetchMoreResult.evaluateMatrix,
          comparisons: {
            ...fetchMoreResult.evaluateMatrix.comparisons,
            edges: [
              ...previous.evaluateMatrix.comparisons.edges,
              ...fetchMoreResult.evaluateMatrix.comparisons.edges,
            ],
          },
        },
      }),
    }).catch((cause: unknown) =>
      setPageError(
        cause instanceof ApolloError ? cause : new ApolloError({ errorMessage: String(cause) }),
      ),
    );
  }, [loading, pageError, pageInfo, loaded, limit, fetchMore]);

  const verdicts = useMemo(() => {
    const map = new Map<string, boolean>();
    for (const { node } of edges ?? []) {
      map.set(`${node.item1Id}|${node.item2Id}`, node.compatible);
      map.set(`${node.item2Id}|${node.item1Id}`, node.compatible);
    }
    return map;
  }, [edges]);
  const axis = useMemo(() => items.slice(offset, offset + AXIS), [items, offset]);
  const cell = Math.max(4, Math.floor(SIZE / Math.max(axis.length, 1)));

  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    context.clearRect(0, 0, context.canvas.width, context.canvas.height);
    axis.forEach((row, i) =>
      axis.forEach((column, j) => {
        if (i === j) return;
        const verdict = verdicts.get(`${row.id}|${column.id}`);
        context.fillStyle =
          verdict === undefined
            ? COLORS.unknown
            : verdict
              ? COLORS.compatible
              : COLORS.incompatible;
        context.fillRect(j * cell, i * cell, cell - 1, cell - 1);
      }),
    );
    if (picked) {
      const i = axis.findIndex(item => item.id === picked[0]);
      const j = axis.findIndex(item => item.id === picked[1]);
      context.strokeStyle = '#111';
      context.lineWidth = 2;
      if (i >= 0 && j >= 0) context.strokeRect(j * cell, i * cell, cell - 1, cell - 1);
    }
  }, [axis, verdicts, cell, picked]);

  const onClick = (event: React.MouseEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const j = Math.floor((event.clientX - box.left) / cell);
    const i = Math.floor((event.clientY - box.top) / cell);
    const row = axis[i];
    const column = axis[j];
    if (row && column && i !== j) setPicked([row.id, column.id]);
  };

  if (ruleSetName === null) return <p className="muted">The catalog's schema has no rule set.</p>;
  const summary = matrix?.summary;
  return (
    <section className="matrix" data-testid="matrix">
      <ErrorBox error={error ?? pageError} />
      {summary && (
        <dl className="summary" data-testid="matrix-summary">
          <dt>Pairs</dt>
          <dd>{summary.totalPairs}</dd>
          <dt>Compatible</dt>
          <dd>{summary.compatiblePairs}</dd>
          <dt>Incompatible</dt>
          <dd>{summary.incompatiblePairs}</dd>
          <dt>Rate</dt>
          <dd>{(summary.compatibilityRate * 100).toFixed(1)} %</dd>
          <dt>Loaded</dt>
          <dd data-testid="matrix-loaded">
            {loaded} of {matrix.comparisons.totalCount} pairs
            {pageInfo?.hasNextPage && !loading && (
              <button
                onClick={() => {
                  setPageError(undefined);
                  setLimit(l => l + AUTO_PAIRS);
                }}
              >
                Load more
              </button>
            )}
          </dd>
        </dl>
      )}
      {total > AXIS && (
        <div className="pager">
          <button disabled={offset === 0} onClick={() => setOffset(o => Math.max(0, o - AXIS))}>
            ‹ Items
          </button>
          <span className="muted">
            items {offset + 1}–{Math.min(offset + AXIS, items.length)} of {total}
          </span>
          <button disabled={offset + AXIS >= items.length} onClick={() => setOffset(o => o + AXIS)}>
            Items ›
          </button>
        </div>
      )}
      <div className="heatmap">
        <canvas
          ref={canvas}
          width={cell * axis.length}
          height={cell * axis.length}
          data-testid="matrix-canvas"
          data-cell={cell}
          data-items={axis.length}
          onClick={onClick}
          title="Click a cell to explain the pair"
        />
        <p className="legend">
          <span style={{ background: COLORS.compatible }} /> compatible
          <span style={{ background: COLORS.incompatible }} /> incompatible
          <span style={{ background: COLORS.unknown }} /> not loaded yet
        </p>
      </div>
      {picked && <PairExplain selection={selection} pair={picked} />}
    </section>
  );
}
