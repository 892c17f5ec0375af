/**
 * Jest transform for the few ESM-only packages a dependency requires (cookie@2, required by
 * Fastify's light-my-request; Node 20 loads it with require(esm), jest's CommonJS runtime cannot).
 * esbuild rewrites the module to CommonJS.
 */
const esbuild = require("esbuild");

module.exports = {
  process(source, filename) {
    const out = esbuild.transformSync(source, { format: "cjs", loader: "js", target: "node20", sourcefile: filename });
    return { code: out.code };
  },
};
