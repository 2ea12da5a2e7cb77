import { TSMigrationGenerator } from '@mikro-orm/migrations';
import { DRIVER_KINDS, driverKind, type DriverKind } from './driver-kind';

/**
 * `mikro-orm migration:create` writes a DriverMigration: the statements MikroORM computed
 * for the database in use, and `null` (to fill in) for the other one.
 */
export class DriverMigrationGenerator extends TSMigrationGenerator {
  override generateMigrationFile(
    className: string,
    diff: { up: string[]; down: string[] },
  ): string {
    const kind = driverKind(this.driver.getPlatform());
    const missing = DRIVER_KINDS.filter(k => k !== kind);
    return [
      `import { DriverMigration, type DriverSql } from '../src/persistence/migration-support/driver-migration';`,
      '',
      `/**`,
      ` * Generated against ${kind}.`,
      ...missing.map(
        k => ` * TODO: generate against ${k} and replace its \`null\` lists (docs/database.md).`,
      ),
      ` */`,
      `export class ${className} extends DriverMigration {`,
      `  protected readonly upSql: DriverSql = ${this.block(kind, diff.up)};`,
      '',
      `  protected readonly downSql: DriverSql = ${this.block(kind, diff.down)};`,
      `}`,
      '',
    ].join('\n');
  }

  private block(kind: DriverKind, statements: readonly string[]): string {
    const lines = DRIVER_KINDS.map(k => {
      if (k !== kind) return `    ${k}: null,`;
      const body = statements.filter(s => s.trim() !== '').map(s => `      ${quote(s)},`);
      if (body.length === 0) return `    ${k}: [],`;
      return [`    ${k}: [`, ...body, `    ],`].join('\n');
    });
    return ['{', ...lines, '  }'].join('\n');
  }
}

/** A single-quoted TypeScript string literal (what prettier would write). */
function quote(sql: string): string {
  return `'${sql.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}
