/** The error `fn` throws (its code and data, as the app's errors carry them); fails the test when nothing is thrown. */
export const thrown = (fn: () => unknown): { code?: string; data?: Record<string, unknown> } => {
  try {
    fn();
  } catch (e) {
    return e as { code?: string; data?: Record<string, unknown> };
  }
  throw new Error("nothing was thrown");
};
