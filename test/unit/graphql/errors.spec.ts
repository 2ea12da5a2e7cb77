import { GraphQLError } from 'graphql';
import { createFormatError, isUnexpectedError, MASKED_MESSAGE } from '../../../src/graphql/errors';
import { ConflictError, NotFoundError } from '../../../src/errors';

/** How graphql-js wraps an error thrown by a resolver. */
function fromResolver(original: Error): GraphQLError {
  return new GraphQLError(original.message, { path: ['field'], originalError: original });
}

describe('isUnexpectedError', () => {
  it('is false for domain errors thrown by services', () => {
    expect(isUnexpectedError(fromResolver(new NotFoundError('Catalog', 'x')))).toBe(false);
    expect(isUnexpectedError(fromResolver(new ConflictError('taken')))).toBe(false);
  });

  it('is false for errors that already carry a code', () => {
    const coded = new GraphQLError('too deep', { extensions: { code: 'DEPTH_LIMIT_EXCEEDED' } });
    expect(isUnexpectedError(coded)).toBe(false);
  });

  it('is true for a bug or an infrastructure failure', () => {
    expect(isUnexpectedError(fromResolver(new TypeError('x is undefined')))).toBe(true);
    expect(isUnexpectedError(fromResolver(new Error('connection reset')))).toBe(true);
  });
});

describe('createFormatError', () => {
  const error = fromResolver(new Error('SQLITE_BUSY: database is locked at /srv/data/rulate.db'));
  const formatted = { message: error.message, path: ['field'] };

  it('masks unexpected errors in production', () => {
    const out = createFormatError(false)(formatted, error);
    expect(out.message).toBe(MASKED_MESSAGE);
    expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('keeps the message in development, still coded', () => {
    const out = createFormatError(true)(formatted, error);
    expect(out.message).toContain('SQLITE_BUSY');
    expect(out.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('passes domain errors through with their code and details', () => {
    const notFound = fromResolver(new NotFoundError('Catalog', 'shoes'));
    const out = createFormatError(false)({ message: notFound.message }, notFound);
    expect(out.message).toBe('Catalog "shoes" does not exist.');
    expect(out.extensions).toEqual({ code: 'NOT_FOUND', kind: 'Catalog', name: 'shoes' });
  });
});
