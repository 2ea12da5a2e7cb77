import type { SchemaEntity } from '../entities/schema.entity';
import { NamedRepository } from './named.repository';

export class SchemaRepository extends NamedRepository<SchemaEntity> {
  protected readonly relations = [];
}
