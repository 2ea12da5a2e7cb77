/** One home for errors: codes and their meaning, domain errors, driver mapping, classification. */
export * from './app-error';
export * from './classify';
export * from './dependency-monitor';
export * from './driver';
export * from './registry';
