/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * For the webpack configs: puts a Content-Security-Policy <meta> at the top of every page's <head>. Inline
 * <script> blocks (the task pane's legacy-browser check, the first screen's script) are allowed by hash,
 * never by 'unsafe-inline': `policy(hashes)` receives their 'sha256-…' sources.
 */
const crypto = require("node:crypto");

function inlineScriptHashes(html) {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => `'sha256-${crypto.createHash("sha256").update(m[1], "utf8").digest("base64")}'`);
}

/** Runs after html-webpack-plugin has minified the pages, so the hashes match the bytes served. */
class ContentSecurityPolicyPlugin {
  constructor(policy) {
    this.policy = policy;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("ContentSecurityPolicyPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "ContentSecurityPolicyPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER }, (assets) => {
        for (const name of Object.keys(assets).filter((n) => n.endsWith(".html"))) {
          const html = assets[name].source().toString();
          const meta = `<meta http-equiv="Content-Security-Policy" content="${this.policy(inlineScriptHashes(html))}">`;
          compilation.updateAsset(name, new sources.RawSource(html.replace(/<head>/i, `<head>${meta}`)));
        }
      });
    });
  }
}

module.exports = { ContentSecurityPolicyPlugin };
