import { useApolloClient } from '@apollo/client';
import { useState } from 'react';
import {
  useImportAllMutation,
  useImportCatalogsMutation,
  useImportClusterRuleSetsMutation,
  useImportItemsMutation,
  useImportRuleSetsMutation,
  useImportSchemasMutation,
  type ImportConflictStrategy,
  type ImportResultFieldsFragment,
} from '../../../src/client/generated/hooks';
import { ErrorBox } from './common';

const KINDS = [
  'everything',
  'schemas',
  'rule sets',
  'cluster rule sets',
  'catalogs',
  'items',
] as const;
type Kind = (typeof KINDS)[number];
const COUNTS = ['schemas', 'ruleSets', 'clusterRuleSets', 'catalogs', 'items'] as const;

/** Uploads an interchange document (multipart request, GraphQL multipart spec). */
export function Imports({ catalogName }: { catalogName: string | null }) {
  const client = useApolloClient();
  const [kind, setKind] = useState<Kind>('everything');
  const [onConflict, setOnConflict] = useState<ImportConflictStrategy>('SKIP');
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<ImportResultFieldsFragment | null>(null);
  const all = useImportAllMutation();
  const schemas = useImportSchemasMutation();
  const ruleSets = useImportRuleSetsMutation();
  const clusterRuleSets = useImportClusterRuleSetsMutation();
  const catalogs = useImportCatalogsMutation();
  const items = useImportItemsMutation();
  const states = [all, schemas, ruleSets, clusterRuleSets, catalogs, items].map(m => m[1]);
  const busy = states.some(s => s.loading);
  const error = states.find(s => s.error)?.error;

  const submit = async () => {
    if (file === null) return;
    const variables = { file, onConflict };
    setResult(null);
    states.forEach(s => s.reset());
    let imported: ImportResultFieldsFragment | undefined;
    try {
      if (kind === 'everything') imported = (await all[0]({ variables })).data?.importAll;
      if (kind === 'schemas') imported = (await schemas[0]({ variables })).data?.importSchemas;
      if (kind === 'rule sets') imported = (await ruleSets[0]({ variables })).data?.importRuleSets;
      if (kind === 'cluster rule sets') {
        imported = (await clusterRuleSets[0]({ variables })).data?.importClusterRuleSets;
      }
      if (kind === 'catalogs') imported = (await catalogs[0]({ variables })).data?.importCatalogs;
      if (kind === 'items' && catalogName !== null) {
        imported = (await items[0]({ variables: { ...variables, catalogName } })).data?.importItems;
      }
    } catch {
      return; // shown from the mutation's error state
    }
    if (imported) {
      setResult(imported);
      await client.refetchQueries({ include: 'active' });
    }
  };

  return (
    <section className="imports" data-testid="imports">
      <h2>Import</h2>
      <p className="muted">
        A JSON or YAML document in the interchange format (examples/wardrobe-v1.json, …).
      </p>
      <div className="row">
        <input
          type="file"
          accept=".json,.yaml,.yml,application/json"
          data-testid="import-file"
          onChange={e => setFile(e.target.files?.[0] ?? null)}
        />
        <select
          value={kind}
          onChange={e => setKind(e.target.value as Kind)}
          data-testid="import-kind"
        >
          {KINDS.map(k => (
            <option key={k} value={k} disabled={k === 'items' && catalogName === null}>
              {k === 'items' ? `items of ${catalogName ?? '(pick a catalog)'}` : k}
            </option>
          ))}
        </select>
        <select
          value={onConflict}
          onChange={e => setOnConflict(e.target.value as ImportConflictStrategy)}
        >
          <option value="FAIL">fail on conflicts</option>
          <option value="SKIP">skip existing</option>
          <option value="REPLACE">replace existing</option>
        </select>
        <button
          disabled={file === null || busy}
          onClick={() => void submit()}
          data-testid="import-submit"
        >
          {busy ? 'Importing…' : 'Import'}
        </button>
      </div>
      <ErrorBox error={error} />
      {result && (
        <table className="import-result" data-testid="import-result">
          <thead>
            <tr>
              <th></th>
              <th>created</th>
              <th>updated</th>
              <th>skipped</th>
            </tr>
          </thead>
          <tbody>
            {COUNTS.map(key => (
              <tr key={key}>
                <td>{key}</td>
                <td>{result[key].created}</td>
                <td>{result[key].updated}</td>
                <td>{result[key].skipped}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {result && result.warnings.length > 0 && (
        <ul className="warnings">
          {result.warnings.map(w => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
