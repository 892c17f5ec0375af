/** HTTP status of each error class the API can throw (users and roles answer 401 and 403, not 400). */
import { statusOf } from "../../src/server/app";
import { AuthError, ConflictError, ForbiddenError, NotFoundError, ParseError, UsageError } from "../../src/errors";

describe("statusOf", () => {
  it.each([
    [new AuthError("login-required", {}), 401],
    [new ForbiddenError("role-forbidden", { action: "glossary.edit" }), 403],
    [new ForbiddenError("transition-refused", {}), 403],
    [new UsageError("transition-refused", {}), 403],
    [new ConflictError("unit-conflict", {}), 409],
    [new NotFoundError("no-document", {}), 404],
    [new UsageError("bad-ref", {}), 400],
    [new ParseError("bad-file", {}), 400],
    [new Error("boom"), 500],
  ])("%s → %d", (err, status) => {
    expect(statusOf(err)).toBe(status);
  });
});
