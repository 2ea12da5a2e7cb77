// codegen.yml document transform: selects __typename in every selection set, as Apollo Client's
// cache needs. Responses to persisted documents then carry __typename, and Apollo Client's own
// addTypename step leaves the document (and so its manifest hash in `__meta__`) unchanged.
const { addTypenameSelectionDocumentTransform } = require('@graphql-codegen/client-preset');

// `exports.x =` (not `module.exports =`) so that the ESM loader of the CLI sees a named export.
exports.transform = options => addTypenameSelectionDocumentTransform.transform(options);
