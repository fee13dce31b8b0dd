/**
 * The explicit test path: unit tests derive keys with few PBKDF2 iterations so they stay fast. The app
 * never passes these options (it always uses PBKDF2_ITERATIONS); one test below checks the default.
 */
export const FAST = { iterations: 1000, minIterations: 1000 } as const;
export const PASSPHRASE = 'правильная фраза 42';
