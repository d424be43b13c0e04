/** The current time. The core never reads a clock; use cases get one, tests pass a fixed one. */
export interface Clock {
  /** now, as a Date */
  now(): Date;
}
