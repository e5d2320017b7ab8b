// mueang in a real browser: the golden fixture and the shipped content,
// built by the `mueang` binary, served on loopback by a plain static
// server (as any static host would), and driven in headless Chromium
// (Debian's `chromium`, through playwright-core; nothing is downloaded).
//
//   node tests/browser/run.mjs            (after `cargo build`)
//
// Env: MUEANG_BIN (default target/debug/mueang), CHROMIUM (default
// /usr/bin/chromium), SCREENSHOTS (default target/screenshots), ONLY (a
// pattern: run only the checks whose name matches).
// Prints one line per check and the home page's budget figures; exits 1
// when any check fails.

import { spawn, spawnSync } from "node:child_process";
import readline from "node:readline";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "../..");
const BIN = process.env.MUEANG_BIN || path.join(repo, "target/debug/mueang");
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
const SHOTS = process.env.SCREENSHOTS || path.join(repo, "target/screenshots");
const AXE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
// Flags that work offline in a sandbox (see the machine notes).
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

// Budgets for the Thai home page of the shipped content (bytes as sent by
// a static host that compresses text with gzip; fonts are already woff2).
const BUDGET = { requests: 8, transferBytes: 80 * 1024 };

// ---------------------------------------------------------------- harness

let failures = 0;
let passes = 0;
// Checks run PARALLEL at a time (default 4: each waits on the browser and
// the server much of its time); `alone` ones with nothing else running.
const PARALLEL = Math.max(1, Number(process.env.PARALLEL || 4));
const running = new Set();
async function settle() {
  while (running.size > 0) await Promise.race(running);
}
async function check(name, fn, { alone = false } = {}) {
  // ONLY=pattern runs the checks whose name matches, while working on them.
  if (process.env.ONLY && !new RegExp(process.env.ONLY).test(name)) return;
  if (alone) await settle();
  while (running.size >= PARALLEL) await Promise.race(running);
  const task = (async () => {
    try {
      await fn();
      passes += 1;
      console.log(`ok    ${name}`);
    } catch (e) {
      failures += 1;
      console.log(`FAIL  ${name}\n      ${String(e && e.stack ? e.stack : e).split("\n").join("\n      ")}`);
    }
  })();
  running.add(task);
  task.then(() => running.delete(task));
  if (alone) await settle();
}
function assert(cond, message) {
  if (!cond) throw new Error(message);
}

// ---------------------------------------------------------------- sites

function build(siteDir, out, env = {}) {
  const run = spawnSync(BIN, ["build", "--output", out], {
    cwd: siteDir,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  if (run.status !== 0) {
    throw new Error(`mueang build in ${siteDir} exited ${run.status}:\n${run.stderr}`);
  }
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".svg": "image/svg+xml",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
};

/** A static host: folders by index.html, 404.html for what is missing, gzip for text. */
function serve(root, prefix) {
  const server = http.createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, "http://x").pathname);
    } catch {
      pathname = "/";
    }
    const send = (status, file) => {
      let body = fs.readFileSync(file);
      const type = TYPES[path.extname(file)] || "application/octet-stream";
      const headers = { "content-type": type };
      const gzip = /gzip/.test(req.headers["accept-encoding"] || "") && !type.startsWith("font/");
      if (gzip) {
        body = zlib.gzipSync(body, { level: 9 });
        headers["content-encoding"] = "gzip";
      }
      headers["content-length"] = body.length;
      res.writeHead(status, headers);
      res.end(body);
    };
    const notFound = () => send(404, path.join(root, "404.html"));
    if (!pathname.startsWith(prefix)) return notFound();
    let rel = pathname.slice(prefix.length);
    if (rel === "" || rel.endsWith("/")) rel += "index.html";
    const file = path.join(root, rel);
    if (path.relative(root, file).startsWith("..")) return notFound();
    let stat;
    try {
      stat = fs.statSync(file);
    } catch {
      return notFound();
    }
    if (stat.isDirectory()) {
      res.writeHead(301, { location: pathname + "/" });
      return res.end();
    }
    send(200, file);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      resolve({ origin: `http://127.0.0.1:${port}`, prefix, close: () => server.close() });
    });
  });
}

// The page kinds, as paths under a language.
const KINDS = {
  golden: {
    dir: path.join(repo, "tests/fixtures/golden"),
    prefix: "/report/",
    pages: {
      home: "",
      cities: "cities/",
      city: "cities/korat/",
      cohorts: "cohorts/",
      cohort: "cohorts/c-1/",
      projects: "projects/",
      project: "projects/billions/",
      provinces: "provinces/",
      province: "provinces/rayong/",
      domains: "domains/",
      domain: "domains/environment/",
      news: "news/",
      post: "news/2022-first/",
      sources: "sources/",
      data: "data/",
      figures: "figures/",
      page: "about/",
      search: "search/",
    },
  },
  shipped: {
    dir: repo,
    prefix: "/",
    pages: {
      home: "",
      cities: "cities/",
      city: "cities/rayong-city/",
      cohorts: "cohorts/",
      cohort: "cohorts/sca-1/",
      projects: "projects/",
      project: "projects/rayong-green-belt/",
      provinces: "provinces/",
      province: "provinces/rayong/",
      domains: "domains/",
      domain: "domains/environment/",
      news: "news/",
      post: "news/2022-15-more-smart-cities/",
      sources: "sources/",
      data: "data/",
      figures: "figures/",
      page: "about/",
      search: "search/",
    },
  },
};
const LANGS = ["th", "en"];

/** Opens `url` and collects what went wrong on the way. */
async function open(context, url) {
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => {
    // The 404 page's own status is logged as an error; it is the point.
    const own = m.location().url === url && /status of 404/.test(m.text());
    if (m.type() === "error" && !own) problems.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  // A request the browser abandons because the page navigated away (the
  // favicon, when a search is submitted at once) is no fault of the site;
  // a missing file is a 404 response, caught below.
  page.on("requestfailed", (r) => {
    if (r.failure()?.errorText !== "net::ERR_ABORTED") problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
  });
  page.on("response", (r) => {
    if (r.status() >= 400 && r.url() !== url) problems.push(`${r.status()}: ${r.url()}`);
  });
  const response = await page.goto(url, { waitUntil: "load" });
  await page.evaluate(() => document.fonts.ready);
  return { page, response, problems };
}

// ---------------------------------------------------------------- checks

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "mueang-browser-"));
  const servers = {};
  for (const [name, site] of Object.entries(KINDS)) {
    const out = path.join(work, name);
    build(site.dir, out);
    servers[name] = await serve(out, site.prefix);
  }
  // The golden site with its index in shards of two projects' pages (a
  // big site's shape: the search page merges the others into the first).
  build(KINDS.golden.dir, path.join(work, "sharded"), { MUEANG_SHARD_PAGES: "2" });
  servers.sharded = await serve(path.join(work, "sharded"), KINDS.golden.prefix);
  // The golden site with a project pasted from a PDF: SARA AM in two
  // characters (U+0E4D U+0E32), as PDF extraction gives it.
  const pasted = path.join(work, "pasted-site");
  fs.cpSync(KINDS.golden.dir, pasted, { recursive: true });
  fs.writeFileSync(
    path.join(pasted, "content/projects/pasted.md"),
    "---\ntitle: ระบบน\u0E49\u0E4D\u0E32ประปาอัจฉริยะ\nprovince: Rayong\ndomains: [environment]\n---\n" +
      "โครงการน\u0E4D\u0E32ร่องระบบน\u0E49\u0E4D\u0E32ประปาของเทศบาล\n",
  );
  fs.writeFileSync(path.join(pasted, "content/projects/pasted.en.md"), "---\ntitle: Smart tap water\n---\nA pilot.\n");
  build(pasted, path.join(work, "pasted"));
  servers.pasted = await serve(path.join(work, "pasted"), KINDS.golden.prefix);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const desktop = await browser.newContext({ viewport: DESKTOP, locale: "th-TH" });
  const phone = await browser.newContext({ viewport: PHONE, locale: "th-TH", isMobile: true, hasTouch: true });
  const at = (site, lang, rel) => `${servers[site].origin}${servers[site].prefix}${lang}/${rel}`;

  for (const site of Object.keys(KINDS)) {
    for (const lang of LANGS) {
      for (const [kind, rel] of Object.entries(KINDS[site].pages)) {
        const url = at(site, lang, rel);
        await check(`${site} ${lang} ${kind}: 200, no console errors, headings in order, twin link`, async () => {
          const { page, response, problems } = await open(desktop, url);
          assert(response.status() === 200, `status ${response.status()}`);
          assert(problems.length === 0, problems.join("; "));
          assert((await page.getAttribute("html", "lang")) === lang, "html lang");
          const levels = await page.$$eval("h1,h2,h3,h4,h5,h6", (hs) =>
            hs.filter((h) => h.closest("[hidden]") === null).map((h) => Number(h.tagName[1])),
          );
          assert(levels[0] === 1, `first heading is h${levels[0]}`);
          assert(levels.filter((l) => l === 1).length === 1, `${levels.filter((l) => l === 1).length} h1`);
          for (let i = 1; i < levels.length; i++) {
            assert(levels[i] <= levels[i - 1] + 1, `h${levels[i - 1]} then h${levels[i]}`);
          }
          // The language switch leads to the twin page.
          const other = lang === "th" ? "en" : "th";
          await Promise.all([page.waitForNavigation(), page.click(".lang-switch a")]);
          assert(page.url() === at(site, other, rel), `switch led to ${page.url()}`);
          assert((await page.getAttribute("html", "lang")) === other, "twin's html lang");
          await page.close();
        });
      }
      await check(`${site} ${lang} 404: the site's 404 page, status 404`, async () => {
        const { page, response, problems } = await open(desktop, at(site, lang, "no-such-page/"));
        assert(response.status() === 404, `status ${response.status()}`);
        assert(problems.length === 0, problems.join("; "));
        assert((await page.textContent("h1")).trim().length > 0, "a heading");
        await page.close();
      });
    }
  }

  // Charts: drawn, with their Thai labels inside the picture, and each
  // with its text alternative and table.
  for (const site of Object.keys(KINDS)) {
    for (const lang of LANGS) {
      for (const kind of ["home", "cohorts", "projects", "province", "figures"]) {
        const url = at(site, lang, KINDS[site].pages[kind]);
        for (const [label, context] of [["desktop", desktop], ["phone", phone]]) {
          await check(`${site} ${lang} ${kind} ${label}: every chart visible, labelled, with its table`, async () => {
            const { page } = await open(context, url);
            const report = await page.$$eval("figure.chart", (figures) =>
              figures.map((f) => {
                const svg = f.querySelector("svg");
                const caption = f.querySelector("figcaption")?.textContent.trim() || "";
                if (!svg) return { caption, empty: !!f.querySelector(".chart__empty") };
                const box = svg.getBoundingClientRect();
                const texts = [...svg.querySelectorAll("text")].map((t) => {
                  const b = t.getBoundingClientRect();
                  return {
                    text: t.textContent,
                    inside: b.width > 0 && b.left >= box.left - 1 && b.right <= box.right + 1,
                  };
                });
                const byId = (id) => (id ? svg.ownerDocument.getElementById(id) : null);
                return {
                  caption,
                  role: svg.getAttribute("role"),
                  title: byId(svg.getAttribute("aria-labelledby"))?.textContent.trim() || "",
                  desc: byId(svg.getAttribute("aria-describedby"))?.textContent.trim() || "",
                  visible: box.width > 0 && box.height > 0,
                  texts,
                  rows: f.querySelectorAll("table tbody tr").length,
                };
              }),
            );
            assert(report.length > 0, "no charts");
            for (const c of report) {
              if (c.empty !== undefined) {
                assert(c.empty, `chart "${c.caption}" has neither a picture nor an empty note`);
                continue;
              }
              assert(c.visible, `"${c.caption}" is not visible`);
              assert(["img", "group"].includes(c.role), `"${c.caption}" role ${c.role}`);
              assert(c.title === c.caption, `"${c.caption}" title is "${c.title}"`);
              assert(c.desc.length > 0, `"${c.caption}" has no description`);
              assert(c.rows > 0, `"${c.caption}" has no table rows`);
              const clipped = c.texts.filter((t) => !t.inside).map((t) => t.text);
              assert(clipped.length === 0, `"${c.caption}": labels outside the picture: ${clipped.join(" | ")}`);
              if (lang === "th") {
                assert(c.texts.some((t) => /[\u0E01-\u0E5B]/.test(t.text)), `"${c.caption}" has no Thai label`);
              }
            }
            const sarabun = await page.evaluate(() => document.fonts.check("15px Sarabun", "ก"));
            assert(sarabun, "Sarabun is not loaded for Thai");
            await page.close();
          });
        }
      }
    }
  }

  // The root page picks the reader's language.
  for (const [locale, lang] of [["en-US", "en"], ["th-TH", "th"], ["fr-FR", "th"]]) {
    await check(`root page with browser language ${locale} goes to /${lang}/`, async () => {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto(`${servers.golden.origin}/report/`);
      await page.waitForURL(`${servers.golden.origin}/report/${lang}/`);
      await context.close();
    });
  }

  // Figures never break: every element the theme marks as a figure (a
  // number with its unit, a date, a fiscal year: class `nw`) is one line,
  // and stays inside the box it is in rather than running out of it. The
  // home page has such figures.
  for (const site of Object.keys(KINDS)) {
    for (const lang of LANGS) {
      for (const [kind, rel] of Object.entries(KINDS[site].pages)) {
        for (const [label, context] of [["phone", phone], ["desktop", desktop]]) {
          await check(`${site} ${lang} ${kind} ${label}: every figure and date on one line`, async () => {
            const { page } = await open(context, at(site, lang, rel));
            const found = await page.evaluate(() => {
              for (const d of document.querySelectorAll("details")) d.open = true;
              const bad = [];
              let shown = 0;
              for (const el of document.querySelectorAll(".nw")) {
                const rects = el.getClientRects();
                if (rects.length === 0) continue; // not rendered (hidden)
                shown += 1;
                const text = el.textContent.replace(/\s+/g, " ").trim();
                const size = parseFloat(getComputedStyle(el).fontSize);
                const box = el.getBoundingClientRect();
                if (rects.length !== 1 || box.height > 2 * size) {
                  bad.push(`"${text}" is on ${rects.length} lines, ${Math.round(box.height)} px high at ${size} px`);
                  continue;
                }
                let block = el.parentElement;
                while (block && /^(inline|contents)/.test(getComputedStyle(block).display)) block = block.parentElement;
                const outer = block.getBoundingClientRect();
                if (outer.width > 1 && (box.left < outer.left - 1 || box.right > outer.right + 1)) {
                  bad.push(`"${text}" runs out of its ${block.tagName.toLowerCase()}.${block.className}: ${Math.round(box.left)}–${Math.round(box.right)} px in ${Math.round(outer.left)}–${Math.round(outer.right)} px`);
                }
              }
              return { bad, shown };
            });
            await page.close();
            if (kind === "home") assert(found.shown > 0, "no figure is marked on the home page");
            assert(found.bad.length === 0, found.bad.join("\n"));
          });
        }
      }
    }
  }

  // Nothing is cut off: at a phone's and a desktop's width the page never
  // scrolls sideways, and no element that hides or scrolls what overflows
  // it (overflow-x other than visible) holds content wider than its box.
  // A wide table in a scrolling wrapper counts as cut off too: tables must
  // fit. Folded <details> are opened first, as a reader would; boxes of a
  // pixel or less are deliberately hidden (text for screen readers only).
  for (const site of Object.keys(KINDS)) {
    for (const lang of LANGS) {
      for (const [kind, rel] of Object.entries(KINDS[site].pages)) {
        for (const [label, context] of [["phone", phone], ["desktop", desktop]]) {
          await check(`${site} ${lang} ${kind} ${label}: nothing cut off, no sideways scroll`, async () => {
            const { page } = await open(context, at(site, lang, rel));
            const found = await page.evaluate(() => {
              for (const d of document.querySelectorAll("details")) d.open = true;
              const bad = [];
              const root = document.documentElement;
              if (root.scrollWidth > root.clientWidth) {
                bad.push(`the page scrolls sideways: scrollWidth ${root.scrollWidth} > clientWidth ${root.clientWidth}`);
              }
              for (const el of document.body.querySelectorAll("*")) {
                if (getComputedStyle(el).overflowX === "visible") continue;
                if (el.scrollWidth <= el.clientWidth) continue;
                const box = el.getBoundingClientRect();
                if (box.width <= 1 || box.height <= 1) continue;
                const cls = typeof el.className === "string" && el.className ? `.${el.className.trim().split(/\s+/).join(".")}` : "";
                const text = (el.textContent || "").replace(/\s+/g, " ").trim().slice(0, 60);
                bad.push(`${el.tagName.toLowerCase()}${cls} "${text}": scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}`);
              }
              return bad;
            });
            await page.close();
            assert(found.length === 0, found.join("\n"));
          });
        }
      }
    }
  }

  // Keyboard: the skip link comes first and works; focus is always visible.
  for (const site of Object.keys(KINDS)) {
    for (const kind of ["home", "project"]) {
      await check(`${site} th ${kind}: skip link first and working, focus visible on up to 20 tab stops`, async () => {
        const { page } = await open(desktop, at(site, "th", KINDS[site].pages[kind]));
        await page.keyboard.press("Tab");
        const first = await page.evaluate(() => ({
          cls: document.activeElement.className,
          visible: document.activeElement.getBoundingClientRect().top >= 0,
        }));
        assert(first.cls === "skip" && first.visible, `first tab stop: ${JSON.stringify(first)}`);
        await page.keyboard.press("Enter");
        const after = await page.evaluate(() => ({ hash: location.hash, id: document.activeElement.id }));
        assert(after.hash === "#main" && after.id === "main", `after the skip link: ${JSON.stringify(after)}`);
        await page.keyboard.press("Shift+Tab");
        let stops = 0;
        for (let i = 0; i < 20; i++) {
          await page.keyboard.press("Tab");
          const f = await page.evaluate(() => {
            const el = document.activeElement;
            if (el === document.body) return { end: true };
            const s = getComputedStyle(el);
            const outline = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0;
            return { tag: el.tagName, text: (el.textContent || "").trim().slice(0, 30), outline, shadow: s.boxShadow };
          });
          if (f.end) break; // past the last tab stop of a short page
          stops += 1;
          assert(f.outline || f.shadow !== "none", `no focus indicator on ${f.tag} "${f.text}"`);
        }
        assert(stops >= 10, `only ${stops} tab stops`);
        await page.close();
      });
    }
  }

  // Accessibility: axe-core, WCAG 2.1 A and AA rules, phone and desktop.
  for (const site of Object.keys(KINDS)) {
    for (const lang of LANGS) {
      for (const [kind, rel] of Object.entries(KINDS[site].pages)) {
        for (const [label, context] of [["desktop", desktop], ["phone", phone]]) {
          await check(`${site} ${lang} ${kind} ${label}: axe, no serious or critical violations`, async () => {
            const { page } = await open(context, at(site, lang, rel));
            await page.addScriptTag({ content: AXE });
            const result = await page.evaluate(() =>
              window.axe.run(document, {
                runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
                resultTypes: ["violations"],
              }),
            );
            const bad = result.violations.filter((v) => ["serious", "critical"].includes(v.impact));
            assert(
              bad.length === 0,
              bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`).join("; "),
            );
            await page.close();
          });
        }
      }
    }
  }

  // Budgets of the Thai home page, through a static host that gzips text.
  await check(`budgets: shipped th home within ${BUDGET.requests} requests and ${BUDGET.transferBytes / 1024} KB`, async () => {
    const context = await browser.newContext({ viewport: PHONE, locale: "th-TH", isMobile: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    // Slow 4G as Lighthouse has it: 150 ms, 1.6 Mbit/s down; CPU 4× slower.
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    let requests = 0;
    let transfer = 0;
    cdp.on("Network.requestWillBeSent", () => (requests += 1));
    cdp.on("Network.loadingFinished", (e) => (transfer += e.encodedDataLength));
    await page.goto(at("shipped", "th", ""), { waitUntil: "load" });
    await page.evaluate(() => document.fonts.ready);
    const lcp = await page.evaluate(
      () =>
        new Promise((resolve) => {
          new PerformanceObserver((list) => {
            const entries = list.getEntries();
            resolve(entries[entries.length - 1].startTime);
          }).observe({ type: "largest-contentful-paint", buffered: true });
        }),
    );
    const html = fs.statSync(path.join(work, "shipped/th/index.html")).size;
    console.log(
      `      home (th, phone, slow 4G, CPU 4x): ${requests} requests, ${(transfer / 1024).toFixed(1)} KB transferred ` +
        `(page ${(html / 1024).toFixed(1)} KB before gzip), largest contentful paint ${Math.round(lcp)} ms`,
    );
    assert(requests <= BUDGET.requests, `${requests} requests`);
    assert(transfer <= BUDGET.transferBytes, `${transfer} bytes`);
    await context.close();
  }, { alone: true });

  // Search: Pagefind's index, queried through its own API in the search
  // page of each language (which picks that language's index).
  const search = async (site, lang, term, withContent = false) => {
    const { page, problems } = await open(desktop, at(site, lang, "search/"));
    // The index as the search page configures it: its first shard, with
    // the others merged in.
    const found = await page.evaluate(async ([base, term]) => {
      const box = document.getElementById("search");
      const pagefind = await import(box.getAttribute("data-bundle") + "pagefind.js");
      await pagefind.options({ baseUrl: base });
      for (const shard of box.getAttribute("data-merge").split(" ").filter(Boolean)) {
        await pagefind.mergeIndex(shard, { baseUrl: base, language: document.documentElement.lang });
      }
      const result = await pagefind.search(term);
      const data = await Promise.all(result.results.map((r) => r.data()));
      return data.map((d) => ({ url: d.url, content: d.content }));
    }, [servers[site].prefix, term]);
    await page.close();
    assert(problems.length === 0, problems.join("; "));
    return withContent ? found : found.map((f) => f.url);
  };
  await check("search: a Thai word from the middle of a sentence finds its page", async () => {
    // "…และใช้เทคโนโลยี AR ในป่าชายเลนเพื่อการเรียนรู้": no spaces around ป่าชายเลน.
    const found = await search("shipped", "th", "ป่าชายเลน");
    assert(found.includes("/th/projects/rayong-green-belt/"), `found ${JSON.stringify(found)}`);
    const golden = await search("golden", "th", "ภาษาไทย");
    assert(golden.includes("/report/th/cities/korat/"), `found ${JSON.stringify(golden)}`);
  });
  await check("search: a word pasted with SARA AM in two characters is found by typing it normally", async () => {
    for (const term of ["น้ำประปา", "นำร่อง"]) {
      const found = await search("pasted", "th", term);
      assert(found.includes("/report/th/projects/pasted/"), `${term}: found ${JSON.stringify(found)}`);
    }
  });
  for (const lang of LANGS) {
    for (const term of ["Korat", "โคราช"]) {
      await check(`search: ${term} on the ${lang} search page finds Nakhon Ratchasima's city page`, async () => {
        const found = await search("golden", lang, term);
        assert(found.includes(`/report/${lang}/cities/korat/`), `found ${JSON.stringify(found)}`);
        assert(found.includes(`/report/${lang}/provinces/nakhon-ratchasima/`), `found ${JSON.stringify(found)}`);
      });
    }
  }
  await check("search: an English query on the English search page returns only English pages", async () => {
    const found = await search("golden", "en", "project");
    assert(found.length > 0, "nothing found");
    const other = found.filter((u) => !u.startsWith("/report/en/"));
    assert(other.length === 0, `not English: ${JSON.stringify(other)}`);
    const shipped = await search("shipped", "en", "Rayong");
    assert(shipped.length > 0 && shipped.every((u) => u.startsWith("/en/")), `found ${JSON.stringify(shipped)}`);
  });
  await check("search: a non-public ambassador's name finds nothing, in either language", async () => {
    for (const lang of LANGS) {
      for (const term of ["Zzhidden"]) {
        const found = await search("golden", lang, term);
        assert(found.length === 0, `${lang} ${term}: ${JSON.stringify(found)}`);
      }
      // Pagefind also matches words by their stem and prefix ("Personname"
      // brings up pages with "Personal"), but no page it finds holds the name.
      for (const term of ["Zzhidden Personname", "Personname", "hidden"]) {
        const found = await search("golden", lang, term, true);
        const leaks = found.filter((f) => /Zzhidden|Personname/.test(f.content));
        assert(leaks.length === 0, `${lang} ${term}: ${leaks.map((f) => f.url).join(", ")}`);
      }
    }
    // While a public one is found.
    const found = await search("golden", "en", "Public");
    assert(found.some((u) => u.includes("/cohorts/") || u.includes("/provinces/")), `found ${JSON.stringify(found)}`);
  });
  await check("search: an index in shards finds what one index finds, through the search page's UI too", async () => {
    assert(fs.existsSync(path.join(work, "sharded/pagefind/th/2/pagefind-entry.json")), "no second shard");
    for (const lang of LANGS) {
      for (const term of ["Korat", "โคราช", "ภาษาไทย", "project", "ป่าชายเลน"]) {
        // In score order: a shard where a Thai word is missing matches
        // it by its pairs of letter clusters, more loosely; those come
        // after the pages that have the word.
        const one = await search("golden", lang, term);
        const sharded = await search("sharded", lang, term);
        const top = sharded.slice(0, one.length).sort();
        assert(JSON.stringify([...one].sort()) === JSON.stringify(top), `${lang} ${term}: ${JSON.stringify(one)} against ${JSON.stringify(sharded)}`);
      }
    }
    const { page, problems } = await open(desktop, at("sharded", "th", "search/?q=" + encodeURIComponent("โคราช")));
    await page.waitForSelector(".pagefind-ui__result-link", { timeout: 60000 });
    const links = await page.$$eval(".pagefind-ui__result-link", (as) => as.map((a) => a.getAttribute("href")));
    assert(links.includes("/report/th/cities/korat/"), `links ${JSON.stringify(links)}`);
    assert(links.includes("/report/th/provinces/nakhon-ratchasima/"), `links ${JSON.stringify(links)}`);
    assert(problems.length === 0, problems.join("; "));
    await page.close();
  });
  await check("search: the header's box leads to the search page's results (sub-path site)", async () => {
    const { page, problems } = await open(desktop, at("golden", "th", ""));
    await page.fill("#search-box-q", "โคราช");
    await Promise.all([page.waitForNavigation(), page.press("#search-box-q", "Enter")]);
    assert(page.url().startsWith(at("golden", "th", "search/") + "?q="), page.url());
    await page.waitForSelector(".pagefind-ui__result-link", { timeout: 60000 });
    const links = await page.$$eval(".pagefind-ui__result-link", (as) => as.map((a) => a.getAttribute("href")));
    assert(links.includes("/report/th/cities/korat/"), `links ${JSON.stringify(links)}`);
    assert(problems.length === 0, problems.join("; "));
    await page.close();
  });

  // The editing loop: `mueang serve` on a copy of the golden site, with
  // eight tabs open (more than a browser's six connections to a server).
  await check("serve: eight open tabs reload on a save; a mistake shows over every page; a fix clears it", async () => {
    const site = path.join(work, "serve-site");
    fs.cpSync(path.join(repo, "tests/fixtures/golden/content"), path.join(site, "content"), { recursive: true });
    const child = spawn(BIN, ["serve", "--port", "0"], { cwd: site, stdio: ["ignore", "pipe", "ignore"] });
    try {
      const url = await new Promise((resolve, reject) => {
        readline.createInterface({ input: child.stdout }).once("line", resolve);
        child.once("exit", (code) => reject(new Error(`serve exited ${code}`)));
      });
      const context = await browser.newContext({ viewport: DESKTOP });
      const paths = ["th/", "en/", "th/cities/", "en/cities/rayong/", "th/projects/", "en/projects/", "th/figures/", "th/search/?q=" + encodeURIComponent("โคราช")];
      // The search index comes a moment after the first pages.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const pages = [];
      for (const rel of paths) {
        const page = await context.newPage();
        await page.goto(url + rel, { waitUntil: "load", timeout: 60000 });
        pages.push(page);
      }
      const searchErrors = [];
      pages[7].on("pageerror", (e) => searchErrors.push(e.message));
      pages[7].on("console", (m) => m.type() === "error" && searchErrors.push(m.text()));
      const file = path.join(site, "content/cities/rayong.en.md");
      const original = fs.readFileSync(file, "utf8");
      const saveAndWait = async (text) => {
        const loads = pages.map((p) => p.waitForEvent("load", { timeout: 60000 }));
        const t = Date.now();
        fs.writeFileSync(file, text);
        await Promise.all(loads);
        return Date.now() - t;
      };
      const took = await saveAndWait(original.replace(/^title: .*$/m, "title: Rayong, edited in the browser test"));
      console.log(`      a save reloaded all ${pages.length} tabs in ${took} ms (write to the last page's load)`);
      assert((await pages[3].textContent("h1")) === "Rayong, edited in the browser test", "the edit is on the page");
      // The search page reloaded with its index still there.
      await pages[7].waitForSelector(".pagefind-ui__result-link", { timeout: 60000 });
      assert(searchErrors.length === 0, `the search page after a save: ${searchErrors.join("; ")}`);
      assert((await pages[3].$("#mueang-overlay")) === null, "no overlay after a good build");

      await saveAndWait(original.replace(/^title: .*$/m, "title: [unclosed"));
      for (const [i, lang] of [[0, "th"], [1, "en"]]) {
        const overlay = pages[i].locator("#mueang-overlay");
        assert(await overlay.isVisible(), `the overlay shows on the ${lang} page`);
        // In the messages' language (Thai, mueang's default; `--lang en`
        // would make it English), on a page of either language.
        assert((await overlay.getAttribute("lang")) === "th", "in the messages' language");
        assert((await overlay.locator("h2").textContent()).startsWith("สร้างเว็บไซต์ใหม่ไม่สำเร็จ"), "its frame in Thai");
        assert((await overlay.locator("pre").first().textContent()).startsWith("ข้อผิดพลาด:"), "its errors in Thai");
        assert((await overlay.locator("pre").first().textContent()).includes("content/cities/rayong.en.md:2"), "names the file and line");
      }
      assert((await pages[3].textContent("h1")) === "Rayong, edited in the browser test", "the last good page stays");
      await pages[0].click("#mueang-overlay-hide");
      assert(!(await pages[0].locator("#mueang-overlay").isVisible()), "the overlay hides");

      await saveAndWait(original);
      for (const page of pages) {
        assert((await page.$("#mueang-overlay")) === null, `no overlay on ${page.url()} after the fix`);
      }
      await context.close();
    } finally {
      child.kill();
    }
  }, { alone: true });
  await settle();

  // Screenshots to look at (not compared): four pages, two languages, two widths.
  fs.mkdirSync(SHOTS, { recursive: true });
  const shots = { ...KINDS.shipped.pages, search: "search/?q=" + encodeURIComponent("โคราช") };
  const shooting = new Set();
  for (const kind of ["home", "province", "project", "figures", "search"]) {
    for (const lang of LANGS) {
      for (const [label, context] of [["phone", phone], ["desktop", desktop]]) {
        while (shooting.size >= PARALLEL) await Promise.race(shooting);
        const shot = (async () => {
          const { page } = await open(context, at("shipped", lang, shots[kind]));
          if (kind === "search") await page.waitForSelector(".pagefind-ui__result-link", { timeout: 60000 });
          await page.screenshot({ path: path.join(SHOTS, `${kind}-${lang}-${label}.png`), fullPage: true });
          await page.close();
        })();
        shooting.add(shot);
        shot.then(() => shooting.delete(shot));
      }
    }
  }
  await Promise.all(shooting);
  console.log(`      screenshots in ${SHOTS}`);

  await browser.close();
  for (const s of Object.values(servers)) s.close();
  fs.rmSync(work, { recursive: true, force: true });
  console.log(`\nbrowser tests: ${passes} passed, ${failures} failed`);
  process.exit(failures === 0 ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
