import type { Dependency } from './app-error';

/** The slice of a pino logger the monitor writes to. */
export interface MonitorLogger {
  error(details: object, message: string): void;
  info(details: object, message: string): void;
}

export interface DependencyState {
  readonly up: boolean;
  /** Why it is down (no driver text: it can hold SQL and data). */
  readonly reason?: string;
  /** When the current state began. */
  readonly since: Date;
}

/**
 * What the instance knows of its dependencies, from the requests that use them and from the
 * readiness probe. An outage is logged once when it starts and once when it ends, never one
 * stack per request; readiness and metrics read the same state.
 */
export class DependencyMonitor {
  private readonly states = new Map<Dependency, DependencyState>();
  private readonly listeners: ((dependency: Dependency, state: DependencyState) => void)[] = [];

  constructor(
    private readonly logger?: MonitorLogger,
    private readonly now: () => Date = () => new Date(),
  ) {}

  down(dependency: Dependency, reason: string): void {
    const current = this.states.get(dependency);
    if (current && !current.up) return;
    const state: DependencyState = { up: false, reason, since: this.now() };
    this.states.set(dependency, state);
    this.logger?.error(
      { dependency, reason },
      `${dependency} unavailable: ${reason}; requests that need it are answered 503 SERVICE_UNAVAILABLE until it is back`,
    );
    this.emit(dependency, state);
  }

  up(dependency: Dependency): void {
    const current = this.states.get(dependency);
    if (!current || current.up) {
      if (!current) this.states.set(dependency, { up: true, since: this.now() });
      return;
    }
    const state: DependencyState = { up: true, since: this.now() };
    this.states.set(dependency, state);
    const downForMs = state.since.getTime() - current.since.getTime();
    this.logger?.info({ dependency, downForMs }, `${dependency} is back after ${downForMs} ms`);
    this.emit(dependency, state);
  }

  /** The last known state; a dependency never seen failing is up. */
  state(dependency: Dependency): DependencyState {
    return this.states.get(dependency) ?? { up: true, since: new Date(0) };
  }

  onChange(listener: (dependency: Dependency, state: DependencyState) => void): void {
    this.listeners.push(listener);
  }

  private emit(dependency: Dependency, state: DependencyState): void {
    for (const listener of this.listeners) listener(dependency, state);
  }
}
