// Polls `probe` until `done` accepts its value or `ms` pass, then returns the last
// value (the caller's assertion says what was expected). For work another process
// does: the worker delivering a job, a webhook receiving a page.
export async function waitFor<T>(probe: () => Promise<T> | T, done: (value: T) => boolean, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
