/**
 * A request the server refused before any route ran (Fastify's schema validation, its body parser)
 * as codes: `reason` (what is wrong), `field` (the request's own field name: `target`, `note`,
 * `beads/3/segments`), `limit` and `allowed`. The page words them through i18next
 * (`error.invalid-request-reason.<reason>`) in its own language; `message`, Fastify's English,
 * stays in the body for scripts that read it.
 */

/** What is wrong with a request, as the page words it. */
export type RequestReason =
  | "too-long" | "too-short" | "too-big" | "too-small" | "too-many" | "too-few" | "wrong-type" | "missing"
  | "unknown-field" | "not-allowed" | "bad-format" | "bad-json" | "empty-body" | "body-too-large" | "media-type" | "invalid";

export interface RequestProblem {
  readonly reason: RequestReason;
  readonly field?: string;
  readonly limit?: number;
  readonly allowed?: string;
}

interface AjvError {
  readonly instancePath?: string;
  readonly keyword?: string;
  readonly params?: Record<string, unknown>;
}

const BY_KEYWORD: Readonly<Record<string, RequestReason>> = {
  maxLength: "too-long", minLength: "too-short", maximum: "too-big", exclusiveMaximum: "too-big",
  minimum: "too-small", exclusiveMinimum: "too-small", maxItems: "too-many", minItems: "too-few",
  maxProperties: "too-many", minProperties: "too-few", type: "wrong-type", required: "missing",
  additionalProperties: "unknown-field", enum: "not-allowed", const: "not-allowed", pattern: "bad-format", format: "bad-format",
};

const BY_FASTIFY_CODE: Readonly<Record<string, RequestReason>> = {
  FST_ERR_CTP_INVALID_JSON_BODY: "bad-json", FST_ERR_CTP_EMPTY_JSON_BODY: "empty-body",
  FST_ERR_CTP_BODY_TOO_LARGE: "body-too-large", FST_ERR_CTP_INVALID_MEDIA_TYPE: "media-type",
};

/** `/beads/3/segments` → `beads/3/segments`; a property named by the error (missing, unknown) is added. */
function fieldOf(e: AjvError): string | undefined {
  const at = (e.instancePath ?? "").replace(/^\//, "");
  const named = e.params?.missingProperty ?? e.params?.additionalProperty;
  const field = typeof named === "string" ? (at ? `${at}/${named}` : named) : at;
  return field || undefined;
}

/** The first validation error (anyOf's alternatives: the field, as `wrong-type`), or Fastify's own error code. */
export function requestProblem(err: { validation?: unknown; code?: string }): RequestProblem {
  if (Array.isArray(err.validation) && err.validation.length > 0) {
    const errors = err.validation as AjvError[];
    // (anyOf lists each alternative's failure, then its own: the field is of none of the types)
    const any = errors.find((e) => e.keyword === "anyOf" || e.keyword === "oneOf");
    const e = any ?? errors[0]!;
    const reason: RequestReason = any ? "wrong-type" : BY_KEYWORD[e.keyword ?? ""] ?? "invalid";
    const field = fieldOf(e);
    const limit = e.params?.limit;
    const allowed = e.params?.allowedValues ?? (e.params?.allowedValue !== undefined ? [e.params.allowedValue] : undefined);
    return {
      reason, ...(field !== undefined ? { field } : {}), ...(typeof limit === "number" ? { limit } : {}),
      ...(Array.isArray(allowed) ? { allowed: allowed.map(String).join(", ") } : {}),
    };
  }
  return { reason: BY_FASTIFY_CODE[err.code ?? ""] ?? "invalid" };
}
