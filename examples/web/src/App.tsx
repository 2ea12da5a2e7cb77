import { useEffect, useMemo, useState } from 'react';
import {
  useCatalogsQuery,
  useClusterRuleSetsQuery,
  useRuleSetsQuery,
} from '../../../src/client/generated/hooks';
import { apiUrl } from './apollo';
import { Clusters } from './Clusters';
import { ErrorBox, Pager, useCursorPages } from './common';
import { Imports } from './Imports';
import { Items } from './Items';
import { Matrix } from './Matrix';
import { PairExplain } from './PairExplain';

export interface Selection {
  readonly catalogName: string;
  readonly schemaName: string;
  readonly ruleSetName: string | null;
  readonly clusterRuleSetName: string | null;
}

const TABS = ['Items', 'Pair', 'Matrix', 'Clusters', 'Import'] as const;
type Tab = (typeof TABS)[number];

const CATALOG_PAGE = 10;

export function App() {
  const [tab, setTab] = useState<Tab>('Items');
  const [catalog, setCatalog] = useState<{ name: string; schemaName: string } | null>(null);
  const [pair, setPair] = useState<[string | null, string | null]>([null, null]);
  const pages = useCursorPages();
  const catalogs = useCatalogsQuery({ variables: { first: CATALOG_PAGE, after: pages.after } });
  const ruleSets = useRuleSetsQuery({ variables: { first: 100 } });
  const clusterRuleSets = useClusterRuleSetsQuery({ variables: { first: 100 } });
  const [ruleSetName, setRuleSetName] = useState<string | null>(null);
  const [clusterRuleSetName, setClusterRuleSetName] = useState<string | null>(null);

  const schemaName = catalog?.schemaName;
  const ruleSetChoices = useMemo(
    () =>
      (ruleSets.data?.ruleSets.edges ?? [])
        .map(e => e.node)
        .filter(r => r.schema.name === schemaName),
    [ruleSets.data, schemaName],
  );
  const clusterChoices = useMemo(
    () =>
      (clusterRuleSets.data?.clusterRuleSets.edges ?? [])
        .map(e => e.node)
        .filter(r => r.schema.name === schemaName),
    [clusterRuleSets.data, schemaName],
  );
  // Pick the first rule set of the catalog's schema when the catalog changes.
  useEffect(() => {
    setRuleSetName(ruleSetChoices[0]?.name ?? null);
  }, [ruleSetChoices]);
  useEffect(() => {
    setClusterRuleSetName(clusterChoices[0]?.name ?? null);
  }, [clusterChoices]);
  // Select the first catalog once they are loaded.
  const firstCatalog = catalogs.data?.catalogs.edges[0]?.node;
  useEffect(() => {
    if (catalog === null && firstCatalog) {
      setCatalog({ name: firstCatalog.name, schemaName: firstCatalog.schema.name });
    }
  }, [catalog, firstCatalog]);

  const selection: Selection | null = catalog && {
    catalogName: catalog.name,
    schemaName: catalog.schemaName,
    ruleSetName,
    clusterRuleSetName,
  };
  const explain = (a: string, b: string) => {
    setPair([a, b]);
    setTab('Pair');
  };

  return (
    <div className="app">
      <header>
        <h1>Rulate console</h1>
        <span className="muted" data-testid="api-url">
          {apiUrl()}
        </span>
      </header>
      <aside>
        <h2>Catalogs</h2>
        <ErrorBox error={catalogs.error} />
        <ul className="catalogs" data-testid="catalogs">
          {catalogs.data?.catalogs.edges.map(({ node }) => (
            <li key={node.name}>
              <button
                className={node.name === catalog?.name ? 'selected' : ''}
                onClick={() => {
                  setCatalog({ name: node.name, schemaName: node.schema.name });
                  setPair([null, null]);
                }}
              >
                <strong>{node.name}</strong>
                <span className="muted">
                  {node.itemCount} items · {node.schema.name}
                </span>
              </button>
            </li>
          ))}
        </ul>
        {catalogs.data && (
          <Pager
            pages={pages}
            total={catalogs.data.catalogs.totalCount}
            pageInfo={catalogs.data.catalogs.pageInfo}
          />
        )}
        {catalogs.data?.catalogs.totalCount === 0 && (
          <p className="muted">No catalogs yet: import a document (Import tab).</p>
        )}
        <label>
          Rule set
          <select
            data-testid="rule-set"
            value={ruleSetName ?? ''}
            onChange={e => setRuleSetName(e.target.value || null)}
          >
            {ruleSetChoices.map(r => (
              <option key={r.name} value={r.name}>
                {r.name} ({r.rules.length} rules)
              </option>
            ))}
          </select>
        </label>
        <label>
          Cluster rule set
          <select
            data-testid="cluster-rule-set"
            value={clusterRuleSetName ?? ''}
            onChange={e => setClusterRuleSetName(e.target.value || null)}
          >
            {clusterChoices.map(r => (
              <option key={r.name} value={r.name}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
      </aside>
      <main>
        <nav>
          {TABS.map(t => (
            <button
              key={t}
              className={t === tab ? 'selected' : ''}
              data-testid={`tab-${t.toLowerCase()}`}
              onClick={() => setTab(t)}
            >
              {t}
            </button>
          ))}
        </nav>
        {tab === 'Import' && <Imports catalogName={catalog?.name ?? null} />}
        {tab !== 'Import' && selection === null && <p className="muted">Pick a catalog.</p>}
        {tab === 'Items' && selection && (
          <Items key={selection.catalogName} selection={selection} onExplain={explain} />
        )}
        {tab === 'Pair' && selection && (
          <PairExplain selection={selection} pair={pair} onPair={setPair} />
        )}
        {tab === 'Matrix' && selection && (
          <Matrix key={`${selection.catalogName}/${selection.ruleSetName}`} selection={selection} />
        )}
        {tab === 'Clusters' && selection && (
          <Clusters
            key={`${selection.catalogName}/${selection.clusterRuleSetName}`}
            selection={selection}
          />
        )}
      </main>
    </div>
  );
}
