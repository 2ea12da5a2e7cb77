import { useState } from 'react';
import {
  useEvaluateClustersLazyQuery,
  useFindClusterCandidatesQuery,
  useValidateClusterQuery,
} from '../../../src/client/generated/hooks';
import type { Selection } from './App';
import { ErrorBox, RuleTable, useAllItems } from './common';

/**
 * Maximal clusters of the catalog under a cluster rule set, how they relate, and a builder
 * that validates a chosen set and lists the items that could join it.
 */
export function Clusters({ selection }: { selection: Selection }) {
  const { items, byId } = useAllItems(selection.catalogName);
  const [minClusterSize, setMinClusterSize] = useState(2);
  const [maxClusters, setMaxClusters] = useState(20);
  const [run, { data, error, loading }] = useEvaluateClustersLazyQuery();
  const [chosen, setChosen] = useState<string[]>([]);
  const name = (id: string) => byId.get(id)?.name ?? id;
  const clusterRuleSetName = selection.clusterRuleSetName;
  if (clusterRuleSetName === null) {
    return <p className="muted">The catalog's schema has no cluster rule set.</p>;
  }
  const analysis = data?.evaluateClusters;
  return (
    <section className="clusters" data-testid="clusters">
      <div className="row">
        <label>
          Min size
          <input
            type="number"
            min={1}
            value={minClusterSize}
            onChange={e => setMinClusterSize(Number(e.target.value))}
          />
        </label>
        <label>
          Max clusters
          <input
            type="number"
            min={1}
            value={maxClusters}
            onChange={e => setMaxClusters(Number(e.target.value))}
          />
        </label>
        <button
          data-testid="find-clusters"
          onClick={() =>
            // Not awaited: the lazy query's own `error` and `data` render the outcome.
            void run({
              variables: {
                catalogName: selection.catalogName,
                clusterRuleSetName,
                minClusterSize,
                maxClusters,
              },
            })
          }
        >
          Find clusters
        </button>
      </div>
      <ErrorBox error={error} />
      {loading && <p className="muted">Searching…</p>}
      {analysis && (
        <>
          <p data-testid="clusters-summary">
            {analysis.totalClusters} maximal clusters (sizes {analysis.minClusterSize}–
            {analysis.maxClusterSize}, mean {analysis.avgClusterSize.toFixed(1)}) covering{' '}
            {analysis.totalItemsCovered} items{analysis.truncated ? ' (truncated)' : ''}.
          </p>
          <ol className="cluster-list" data-testid="cluster-list">
            {analysis.clusters.map(cluster => (
              <li key={cluster.id}>
                <strong>{cluster.id}</strong> · {cluster.size} items
                {cluster.isMaximum && <span className="badge">largest</span>}
                {cluster.isMaximal && <span className="badge">maximal</span>}
                <button className="link" onClick={() => setChosen(cluster.itemIds)}>
                  open in builder
                </button>
                <div className="muted">{cluster.itemIds.map(name).join(', ')}</div>
              </li>
            ))}
          </ol>
          {analysis.relationships.length > 0 && (
            <details data-testid="relationships">
              <summary>
                {analysis.relationships.length} relationships between clusters (overlaps, subsets)
              </summary>
              <table className="relationships">
                <thead>
                  <tr>
                    <th>Cluster</th>
                    <th>Relation</th>
                    <th>Cluster</th>
                    <th>Shared items</th>
                  </tr>
                </thead>
                <tbody>
                  {analysis.relationships.map(r => (
                    <tr key={`${r.clusterId}-${r.relatedClusterId}`}>
                      <td>{r.clusterId}</td>
                      <td>{r.relationshipType.toLowerCase()}</td>
                      <td>{r.relatedClusterId}</td>
                      <td>
                        {r.overlapSize}: {r.sharedItems.map(name).join(', ')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          )}
        </>
      )}
      <Builder
        selection={selection}
        clusterRuleSetName={clusterRuleSetName}
        items={items}
        chosen={chosen}
        setChosen={setChosen}
        name={name}
      />
    </section>
  );
}

function Builder({
  selection,
  clusterRuleSetName,
  items,
  chosen,
  setChosen,
  name,
}: {
  selection: Selection;
  clusterRuleSetName: string;
  items: readonly { id: string; name: string }[];
  chosen: string[];
  setChosen: (ids: string[]) => void;
  name: (id: string) => string;
}) {
  const variables = {
    catalogName: selection.catalogName,
    clusterRuleSetName,
    itemIds: chosen,
  };
  const validation = useValidateClusterQuery({ skip: chosen.length === 0, variables });
  const candidates = useFindClusterCandidatesQuery({ skip: chosen.length === 0, variables });
  const verdict = chosen.length > 0 ? validation.data?.validateCluster : undefined;
  const options = chosen.length > 0 ? candidates.data?.clusterCandidates.candidates : undefined;
  return (
    <div className="builder" data-testid="builder">
      <h3>Cluster builder</h3>
      <div className="row">
        <select
          data-testid="builder-add"
          value=""
          onChange={e => e.target.value && setChosen([...chosen, e.target.value])}
        >
          <option value="">add an item…</option>
          {items
            .filter(item => !chosen.includes(item.id))
            .map(item => (
              <option key={item.id} value={item.id}>
                {item.name} ({item.id})
              </option>
            ))}
        </select>
        <button disabled={chosen.length === 0} onClick={() => setChosen([])}>
          Clear
        </button>
      </div>
      <ul className="chips">
        {chosen.map(id => (
          <li key={id}>
            {name(id)}
            <button className="link" onClick={() => setChosen(chosen.filter(x => x !== id))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <ErrorBox error={validation.error ?? candidates.error} />
      {verdict && (
        <>
          <p data-testid="builder-verdict" className={verdict.valid ? 'pass' : 'fail'}>
            {verdict.valid ? 'A valid cluster' : 'Not a valid cluster'}
            {verdict.pairwiseCompatible ? '' : ' (some pairs are incompatible)'}
          </p>
          <RuleTable rules={verdict.ruleEvaluations} />
          {verdict.incompatiblePairs.map(p => (
            <div key={`${p.item1Id}|${p.item2Id}`} className="incompatible">
              <strong>
                {name(p.item1Id)} × {name(p.item2Id)}
              </strong>
              <RuleTable rules={p.rulesEvaluated.filter(r => !r.passed)} />
            </div>
          ))}
        </>
      )}
      {options && (
        <>
          <h4>Candidates ({options.filter(c => c.validIfAdded.valid).length} keep it valid)</h4>
          <ul className="candidates" data-testid="candidates">
            {options.map(c => (
              <li key={c.itemId} className={c.validIfAdded.valid ? 'pass' : 'muted'}>
                <button className="link" onClick={() => setChosen([...chosen, c.itemId])}>
                  + {name(c.itemId)}
                </button>
                {c.validIfAdded.valid
                  ? ' keeps the cluster valid'
                  : c.pairwiseCompatible
                    ? ' breaks a cluster rule'
                    : ' is incompatible with a chosen item'}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
