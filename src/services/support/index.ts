/** What the services share, one file per job. */
export * from './cursors';
export * from './issues';
export * from './conflicts';
export * from './locks';
export * from './rules-update';
