/** Every configuration problem found, reported together; main.ts prints it and exits 1. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  constructor(readonly problems: readonly string[]) {
    super(
      `Invalid configuration (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map(p => `  - ${p}`).join('\n'),
    );
  }
}
