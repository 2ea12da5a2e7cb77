import { Migration } from '@mikro-orm/migrations';
import { driverKind, type DriverKind } from './driver-kind';

/** SQL statements per database; null = not written yet for that database. */
export type DriverSql = Readonly<Record<DriverKind, readonly string[] | null>>;

/**
 * A migration holding the statements of each supported database (MikroORM generates SQL
 * for one dialect at a time). `up`/`down` add the statements of the database in use and
 * refuse clearly when its list is missing. See docs/database.md, "Writing a migration".
 */
export abstract class DriverMigration extends Migration {
  protected abstract readonly upSql: DriverSql;
  protected abstract readonly downSql: DriverSql;

  override up(): void {
    this.addStatements(this.upSql, 'up');
  }

  override down(): void {
    this.addStatements(this.downSql, 'down');
  }

  private addStatements(sql: DriverSql, direction: 'up' | 'down'): void {
    const kind = driverKind(this.driver.getPlatform());
    const statements = sql[kind];
    if (statements === null) {
      throw new Error(
        `Migration ${this.constructor.name} has no "${direction}" SQL for ${kind} yet: generate it against ${kind} (npx mikro-orm migration:create with a ${kind} DATABASE_URL) and copy the statements into its ${kind} list (docs/database.md, "Writing a migration").`,
      );
    }
    statements.forEach(statement => this.addSql(statement));
  }
}
