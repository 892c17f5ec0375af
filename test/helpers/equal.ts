import { isDeepStrictEqual } from "node:util";

/**
 * expect(got).toEqual(want), for loops over thousands of values: the matcher (an expect call makes
 * an error object for its stack each time) runs only where Node's strict deep equality says the two
 * differ. Where that equality holds, toEqual holds too (it is the stricter of the two: prototypes,
 * undefined properties); where it does not, toEqual decides and reports as before.
 */
export function expectEqual<T>(got: T, want: T): void {
  if (!isDeepStrictEqual(got, want)) expect(got).toEqual(want);
}
