import { GraphQLJSON, GraphQLJSONObject, DateTimeResolver } from 'graphql-scalars';
import { GraphQLUpload } from 'graphql-upload-minimal';

export { CatalogNameScalar, ResourceNameScalar, nameProblem } from './name.scalar';
export const JSONScalar = GraphQLJSON;
export const JSONObjectScalar = GraphQLJSONObject;
export const DateTimeScalar = DateTimeResolver;
export const UploadScalar = GraphQLUpload;
