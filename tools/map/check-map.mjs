#!/usr/bin/env node
// Checks a map JSON written by make-map.mjs. Needs no npm packages.
//
//   node check-map.mjs <map.json> [--svg out.svg]
//
// - the `land` and `boundaries` path strings parse (M/l/z as make-map.mjs writes them)
//   and stay inside the view box;
// - every town's x/y matches the projection formula from its lat/lon;
// - every town lies on land (even-odd point-in-polygon on the land rings);
//   sheet points (e.g. a beach) are reported with their distance to the coast, not failed;
// - the file is under 15 KiB.
// With --svg it also writes a preview SVG (land, border, dots, labels) for a visual check.

import { readFileSync, writeFileSync, statSync } from "node:fs";

const file = process.argv[2];
if (!file) { console.error("usage: node check-map.mjs <map.json> [--svg out.svg]"); process.exit(2); }
const svgIdx = process.argv.indexOf("--svg");
const svgOut = svgIdx > 0 ? process.argv[svgIdx + 1] : null;

const map = JSON.parse(readFileSync(file, "utf8"));
let passed = 0, failed = 0;
const ok = (cond, msg) => { if (cond) passed++; else failed++; console.log(`${cond ? "ok  " : "FAIL"} ${msg}`); };

// Parser for the subset used: M x y, l dx dy (with implicit repeats), z.
function parsePath(d) {
  const tokens = d.match(/[MLlmz]|-?\d+(?:\.\d+)?/g) ?? [];
  if (tokens.join("").length !== d.replace(/[\s,]/g, "").length) throw new Error("unexpected characters in path");
  const subpaths = [];
  let cur = null, cmd = null, i = 0;
  const num = () => { const v = Number(tokens[i++]); if (!Number.isFinite(v)) throw new Error(`bad number at token ${i}`); return v; };
  while (i < tokens.length) {
    const t = tokens[i];
    if (/[MLlmz]/.test(t)) { cmd = t; i++; if (cmd === "z") { if (!cur) throw new Error("z without M"); cur.closed = true; cur = null; } continue; }
    if (cmd === "M" || cmd === "m") {
      const x = num(), y = num();
      const base = cmd === "m" && cur ? cur.pts[cur.pts.length - 1] : [0, 0];
      cur = { pts: [[base[0] + x, base[1] + y]], closed: false };
      subpaths.push(cur);
      cmd = cmd === "M" ? "L" : "l";
    } else if (cmd === "l" || cmd === "L") {
      if (!cur) throw new Error("line-to without M");
      const x = num(), y = num();
      const last = cur.pts[cur.pts.length - 1];
      cur.pts.push(cmd === "l" ? [last[0] + x, last[1] + y] : [x, y]);
    } else throw new Error(`number without command at token ${i}`);
  }
  return subpaths;
}

function inRings(p, rings) {
  let inside = false;
  for (const r of rings) {
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
      const [xi, yi] = r[i], [xj, yj] = r[j];
      if ((yi > p[1]) !== (yj > p[1]) && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}
function distToRings(p, rings) {
  let best = Infinity;
  for (const r of rings) for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
    const a = r[j], b = r[i], dx = b[0] - a[0], dy = b[1] - a[1], l2 = dx * dx + dy * dy;
    const t = l2 ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / l2)) : 0;
    best = Math.min(best, Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy));
  }
  return best;
}

const [, , W, H] = map.view_box;
ok(map.format === 1 && W === 1000 && H > 0, `format 1, view box ${map.view_box.join(" ")}`);
const size = statSync(file).size;
ok(size < 15 * 1024, `file size ${size} bytes < 15 KiB`);

let land = [], border = [];
try { land = parsePath(map.land); ok(land.length > 0 && land.every((s) => s.closed && s.pts.length >= 3), `land path parses: ${land.length} closed rings, ${land.reduce((s, r) => s + r.pts.length, 0)} points`); }
catch (e) { ok(false, `land path parses: ${e.message}`); }
try { border = map.boundaries ? parsePath(map.boundaries) : []; ok(true, `boundaries path parses: ${border.length} line(s)`); }
catch (e) { ok(false, `boundaries path parses: ${e.message}`); }
const all = [...land, ...border].flatMap((s) => s.pts);
ok(all.every(([x, y]) => x >= 0 && x <= W && y >= 0 && y <= H), "all path points inside the view box");

const rings = land.map((s) => s.pts);
const pr = map.projection;
const px = (lon, lat) => [(lon - pr.lon_min) * pr.scale_x, (pr.lat_max - lat) * pr.scale_y];
const metresPerPx = (1 / pr.scale_y) * 111320; // ~metres per view-box unit (north-south)

for (const t of map.towns) {
  const [x, y] = px(t.lon, t.lat);
  ok(Math.abs(x - t.x) <= 0.05 && Math.abs(y - t.y) <= 0.05, `${t.id}: x/y (${t.x}, ${t.y}) match projection of (${t.lat}, ${t.lon})`);
  ok(t.x > 0 && t.x < W && t.y > 0 && t.y < H, `${t.id}: inside the view box`);
  const on = inRings([t.x, t.y], rings);
  ok(on, `${t.id}: on land (${on ? "inside" : "outside"} land, ${(distToRings([t.x, t.y], rings) * metresPerPx / 1000).toFixed(2)} km from the drawn coast/edge)`);
  ok(typeof t.dataset === "string" && typeof t.record === "string" && t.record.length > 0, `${t.id}: has dataset + record`);
}
for (const p of map.points ?? []) {
  const [x, y] = px(p.lon, p.lat);
  ok(Math.abs(x - p.x) <= 0.05 && Math.abs(y - p.y) <= 0.05, `${p.id}: x/y match projection`);
  const on = inRings([p.x, p.y], rings);
  console.log(`info ${p.id}: ${on ? "on land" : "in the sea"} of the drawn map, ${(distToRings([p.x, p.y], rings) * metresPerPx / 1000).toFixed(2)} km from the drawn coast (a beach point; not a failure)`);
}

if (svgOut) {
  const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const dots = [...map.towns.map((t) => ({ ...t, colour: t.kind === "reference" ? "#555" : "#c0392b" })),
    ...(map.points ?? []).map((p) => ({ ...p, colour: "#2c7fb8" }))];
  const labels = dots.map((t) => {
    const right = t.x < W - 330;
    return `<circle cx="${t.x}" cy="${t.y}" r="5" fill="${t.colour}" stroke="#fff" stroke-width="1.5"/>` +
      `<text x="${t.x + (right ? 9 : -9)}" y="${t.y + 5}" font-size="15" font-family="DejaVu Sans, NanumGothic, sans-serif" text-anchor="${right ? "start" : "end"}">${esc(t.name_en)}${t.name_ko ? " " + esc(t.name_ko) : ""}</text>`;
  }).join("\n");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}">
<rect width="${W}" height="${H}" fill="#d6e9f5"/>
<path d="${map.land}" fill="#f3efe4" stroke="#8a8170" stroke-width="1" fill-rule="evenodd"/>
<path d="${map.boundaries}" fill="none" stroke="#7a3b8f" stroke-width="2" stroke-dasharray="6 4"/>
${labels}
<text x="10" y="${H - 10}" font-size="12" font-family="DejaVu Sans, sans-serif" fill="#333">${esc(map.attribution.map((a) => `${a.name} (${a.licence})`).join(" · "))}</text>
</svg>
`;
  writeFileSync(svgOut, svg);
  console.log(`info wrote ${svgOut}`);
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
