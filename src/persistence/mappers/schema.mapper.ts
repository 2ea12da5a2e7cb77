import type { SchemaDef } from '../../engine/model';
import type { SchemaEntity } from '../entities/schema.entity';
import { timestamps, type Timestamped } from './loaded';

export function toSchemaDef(entity: SchemaEntity): SchemaDef {
  return {
    name: entity.name,
    version: entity.version,
    description: entity.description,
    dimensions: entity.dimensions,
  };
}

export function toSchemaRecord(entity: SchemaEntity): SchemaDef & Timestamped {
  return { ...toSchemaDef(entity), ...timestamps(entity) };
}
