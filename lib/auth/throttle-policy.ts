// How long a key is locked after its Nth failed sign-in within the window. Pure, so it is tested
// without a database.

export const THROTTLE_WINDOW_MS = 15 * 60_000;
export const MAX_LOCK_MS = 15 * 60_000;

/** Failures allowed before locking: an account gets a few typos; an address, many accounts' worth. */
export const FREE_FAILURES = { email: 5, ip: 20 } as const;

/** 30 s at the first failure past the free ones, doubling each time, capped at 15 minutes. */
export function lockDuration(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(MAX_LOCK_MS, 30_000 * 2 ** Math.min(failures - free, 10));
}

export function waitMessage(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  const wait =
    seconds < 60
      ? `${seconds} seconds`
      : `${Math.ceil(seconds / 60)} minute${Math.ceil(seconds / 60) === 1 ? "" : "s"}`;
  return `Too many failed sign-in attempts. Try again in ${wait}.`;
}
