import type { DimensionDef, ListItemType } from '../../engine/model';
import type { DimensionInput } from './schema.input';

/** GraphQL dimension inputs → engine definitions (null fields dropped). */
export function toDimensionDefs(inputs: readonly DimensionInput[]): DimensionDef[] {
  return inputs.map(d => ({
    name: d.name,
    type: d.type,
    required: d.required ?? false,
    ...(d.description != null ? { description: d.description } : {}),
    ...(d.values != null ? { values: d.values } : {}),
    ...(d.min != null ? { min: d.min } : {}),
    ...(d.max != null ? { max: d.max } : {}),
    ...(d.itemType != null ? { itemType: d.itemType as ListItemType } : {}),
    ...(d.partVocabulary != null ? { partVocabulary: d.partVocabulary } : {}),
  }));
}
