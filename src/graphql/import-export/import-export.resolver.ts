import { Kind, type GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Info, Mutation, Query, Resolver } from 'type-graphql';
import type { FileUpload } from 'graphql-upload-minimal';
import type { ImportKind } from '../../services/contracts';
import type { GraphQLContext } from '../context';
import { ImportConflictStrategy } from '../common/enums';
import { checkPageSize } from '../common/limits';
import { CatalogNameScalar, JSONObjectScalar, UploadScalar } from '../scalars';
import { EXPORT_DEFAULT_FIRST, ExportCatalogArgs } from './export-catalog.args';
import { CatalogExportPage, ImportResult } from './import-export.type';
import { readUpload } from './read-upload';

const conflictArg = { nullable: true, defaultValue: ImportConflictStrategy.FAIL };

async function importKind(
  kind: ImportKind,
  file: Promise<FileUpload>,
  onConflict: ImportConflictStrategy | null,
  { services, limits }: GraphQLContext,
) {
  const document = await readUpload(file, limits.maxUploadBytes);
  return services.transfer.importDocument(
    kind,
    document,
    onConflict ?? ImportConflictStrategy.FAIL,
  );
}

@Resolver()
export class ImportExportResolver {
  @Mutation(_returns => ImportResult)
  importSchemas(
    @Arg('file', _type => UploadScalar) file: Promise<FileUpload>,
    @Arg('onConflict', _type => ImportConflictStrategy, conflictArg)
    onConflict: ImportConflictStrategy | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return importKind('schemas', file, onConflict, ctx);
  }

  @Mutation(_returns => ImportResult)
  importRuleSets(
    @Arg('file', _type => UploadScalar) file: Promise<FileUpload>,
    @Arg('onConflict', _type => ImportConflictStrategy, conflictArg)
    onConflict: ImportConflictStrategy | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return importKind('rulesets', file, onConflict, ctx);
  }

  @Mutation(_returns => ImportResult)
  importClusterRuleSets(
    @Arg('file', _type => UploadScalar) file: Promise<FileUpload>,
    @Arg('onConflict', _type => ImportConflictStrategy, conflictArg)
    onConflict: ImportConflictStrategy | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return importKind('cluster_rulesets', file, onConflict, ctx);
  }

  @Mutation(_returns => ImportResult)
  importCatalogs(
    @Arg('file', _type => UploadScalar) file: Promise<FileUpload>,
    @Arg('onConflict', _type => ImportConflictStrategy, conflictArg)
    onConflict: ImportConflictStrategy | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return importKind('catalogs', file, onConflict, ctx);
  }

  @Mutation(_returns => ImportResult, {
    description:
      "Append or replace items of an existing catalog (batches for catalogs larger than one import's item limit).",
  })
  async importItems(
    @Arg('catalogName', _type => CatalogNameScalar) catalogName: string,
    @Arg('file', _type => UploadScalar) file: Promise<FileUpload>,
    @Arg('onConflict', _type => ImportConflictStrategy, conflictArg)
    onConflict: ImportConflictStrategy | null,
    @Ctx() { services, limits }: GraphQLContext,
  ) {
    const document = await readUpload(file, limits.maxUploadBytes);
    return services.transfer.importItems(
      catalogName,
      document,
      onConflict ?? ImportConflictStrategy.FAIL,
    );
  }

  @Mutation(_returns => ImportResult)
  importAll(
    @Arg('file', _type => UploadScalar) file: Promise<FileUpload>,
    @Arg('onConflict', _type => ImportConflictStrategy, conflictArg)
    onConflict: ImportConflictStrategy | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return importKind('all', file, onConflict, ctx);
  }

  @Query(_returns => JSONObjectScalar, {
    description:
      'The whole database in the interchange format (catalog items included; refused with a clear error above the export item limit: use exportCatalog).',
  })
  exportAll(@Ctx() { services }: GraphQLContext) {
    return services.transfer.exportAll();
  }

  /**
   * `first` omitted (or null) means min(10000, EXPORT_MAX_ITEMS): an operator who lowers the cap
   * does not break clients that rely on the default. An explicit value above the cap is refused.
   */
  @Query(_returns => CatalogExportPage)
  exportCatalog(
    @Args() { name, first, after }: ExportCatalogArgs,
    @Ctx() { services, limits }: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const fallback = Math.min(EXPORT_DEFAULT_FIRST, limits.exportPageMax);
    const given = argumentGiven(info, 'first') ? first : null;
    const size = checkPageSize('first', given, fallback, limits.exportPageMax);
    return services.transfer.exportCatalog(name, { first: size, after });
  }
}

/**
 * Whether the client gave `argument` to the field being resolved: written in the document, and
 * not as a variable that the request left out (then the field's default applies).
 */
function argumentGiven(info: GraphQLResolveInfo, argument: string): boolean {
  const node = info.fieldNodes[0]?.arguments?.find(a => a.name.value === argument);
  if (!node) return false;
  if (node.value.kind !== Kind.VARIABLE) return true;
  return Object.prototype.hasOwnProperty.call(info.variableValues, node.value.name.value);
}
