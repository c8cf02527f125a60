// Render one JSON Resume with one installed jsonresume-theme-* package to HTML.
// Usage: node render_theme.mjs <theme-package> <resume.json> <out.html>
// scripts/make_corpus.py copies this file into the scratch npm directory that holds the
// themes, so that both CommonJS and ES-module themes resolve from there.
import { readFileSync, writeFileSync } from "node:fs";

const [, , themeName, resumePath, outPath] = process.argv;
const theme = await import(themeName);
const render = theme.render ?? theme.default?.render;
if (typeof render !== "function") {
  console.error(`${themeName}: no render function`);
  process.exit(2);
}
const resume = JSON.parse(readFileSync(resumePath, "utf8"));
const html = await render(resume);
writeFileSync(outPath, html, "utf8");
