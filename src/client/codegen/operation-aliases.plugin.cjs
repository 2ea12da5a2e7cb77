// codegen.yml plugin: writes `export { CatalogsDocument as Catalogs, ... } from './graphql';`
// for every operation. typescript-react-apollo's `documentMode: external` refers to
// `Operations.<OperationName>`, so its hooks use the client preset's documents, which carry
// the manifest hash in `__meta__.hash`.
// `exports.x =` (not `module.exports =`) so that the ESM loader of the CLI sees a named export.
exports.plugin = (_schema, documents) => {
  const names = documents
    .flatMap(source => source.document?.definitions ?? [])
    .filter(definition => definition.kind === 'OperationDefinition' && definition.name)
    .map(definition => definition.name.value)
    .sort();
  const aliases = names.map(name => `  ${name}Document as ${name},`).join('\n');
  return `export {\n${aliases}\n} from './graphql';\n`;
};
