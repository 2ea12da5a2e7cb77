import { useEvaluatePairQuery } from '../../../src/client/generated/hooks';
import type { Selection } from './App';
import { ErrorBox, RuleTable, useAllItems } from './common';

/** Why two items are (in)compatible under the selected rule set: every rule with its reason. */
export function PairExplain({
  selection,
  pair,
  onPair,
}: {
  selection: Selection;
  pair: readonly [string | null, string | null];
  onPair?: (pair: [string | null, string | null]) => void;
}) {
  const { items, error: itemsError } = useAllItems(selection.catalogName);
  const [a, b] = pair;
  const ready = a !== null && b !== null && selection.ruleSetName !== null;
  const { data, error, loading } = useEvaluatePairQuery({
    skip: !ready,
    variables: {
      catalogName: selection.catalogName,
      ruleSetName: selection.ruleSetName ?? '',
      item1Id: a ?? '',
      item2Id: b ?? '',
    },
  });
  const name = (id: string | null) => items.find(i => i.id === id)?.name ?? id ?? '';
  const result = ready ? data?.evaluatePair : undefined;
  return (
    <section className="pair" data-testid="pair">
      {onPair && (
        <div className="row">
          <ErrorBox error={itemsError} />
          {[0, 1].map(slot => (
            <select
              key={slot}
              data-testid={`pair-item-${slot + 1}`}
              value={pair[slot] ?? ''}
              onChange={e => {
                const next: [string | null, string | null] = [pair[0], pair[1]];
                next[slot] = e.target.value || null;
                onPair(next);
              }}
            >
              <option value="">item {slot + 1}…</option>
              {items.map(item => (
                <option key={item.id} value={item.id}>
                  {item.name} ({item.id})
                </option>
              ))}
            </select>
          ))}
        </div>
      )}
      {selection.ruleSetName === null && (
        <p className="muted">The catalog's schema has no rule set.</p>
      )}
      <ErrorBox error={error} />
      {ready && loading && !result && <p className="muted">Evaluating…</p>}
      {result && (
        <>
          <h3 data-testid="pair-verdict" className={result.compatible ? 'pass' : 'fail'}>
            {name(result.item1Id)} × {name(result.item2Id)}:{' '}
            {result.compatible ? 'compatible' : 'incompatible'}
          </h3>
          <RuleTable rules={result.rulesEvaluated} />
        </>
      )}
    </section>
  );
}
