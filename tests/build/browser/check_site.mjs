// Browser test of the website `teipress build` writes (OUT/site/): loads every page in headless
// Chromium (Debian's /usr/bin/chromium, driven by playwright-core, installed by .ci/deps into
// tests/render/browser/node_modules), from file:// and from a plain static web server (node's
// own http module, on 127.0.0.1), with every other request refused. Checks that every internal
// link of every page resolves (the page exists and holds the anchor), ids are unique, no
// console error or warning and no request leaves the site; that a document page has its
// previous/next/up links; and that the search page finds a given word in the given document,
// both from a query in the address and typed into the box.
// Usage: node check_site.mjs SITE_DIR WORD DOCUMENT_PAGE [ARTIFACT_DIR]
import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import { readdirSync, readFileSync, mkdirSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';

const [, , siteDir, word, expectedPage, artifactDir] = process.argv;
if (!siteDir || !word || !expectedPage) {
  console.error('usage: node check_site.mjs SITE_DIR WORD DOCUMENT_PAGE [ARTIFACT_DIR]');
  process.exit(2);
}
const root = path.resolve(siteDir);
const failures = [];
const check = (ok, message) => { if (!ok) failures.push(message); };
const pages = readdirSync(root).filter((f) => f.endsWith('.html')).sort();
check(pages.includes('index.html'), 'no index.html');
for (const needed of ['persons.html', 'terms.html', 'search.html', 'search.js', 'search-index.js', 'site.css'])
  check(existsSync(path.join(root, needed)), `no ${needed}`);

// A static server of the site folder (what "a plain web server" means: files, nothing else).
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };
const server = createServer((req, res) => {
  const name = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
  const file = path.join(root, name);
  if (!file.startsWith(root + path.sep) || !existsSync(file)) { res.writeHead(404); res.end(); return; }
  res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const httpBase = `http://127.0.0.1:${server.address().port}/`;
const fileBase = pathToFileURL(root + path.sep).href;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

async function visit(base, label) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const outside = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(base)) return route.continue();
    outside.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  const consoleErrors = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  const anchors = new Map(); // page -> Set of ids
  const links = [];          // [from page, target page, fragment]
  for (const name of pages) {
    await page.goto(base + name, { waitUntil: 'load' });
    const facts = await page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
      const hrefs = [...document.querySelectorAll('a[href], link[href], script[src]')]
        .map((e) => e.getAttribute('href') || e.getAttribute('src'));
      const nav = document.querySelector('nav.document-nav');
      return {
        ids, hrefs,
        dupes: ids.filter((id, i) => ids.indexOf(id) !== i),
        nav: nav ? { up: !!nav.querySelector('a.up'), prev: !!nav.querySelector('a[rel=prev]'), next: !!nav.querySelector('a[rel=next]') } : null,
        article: !!document.querySelector('article.document'),
      };
    });
    anchors.set(name, new Set(facts.ids));
    check(facts.dupes.length === 0, `${label} ${name}: ids repeated: ${facts.dupes.slice(0, 5).join(' ')}`);
    if (facts.article) check(facts.nav && facts.nav.up, `${label} ${name}: a document page without its navigation`);
    for (const href of facts.hrefs) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(href)) continue; // another site: not the site's own link
      const [file, fragment] = href.split('#');
      links.push([name, file === '' ? name : decodeURIComponent(file), fragment === undefined ? null : decodeURIComponent(fragment)]);
    }
  }
  let broken = 0;
  for (const [from, file, fragment] of links) {
    const target = anchors.get(file);
    const exists = target !== undefined || existsSync(path.join(root, file));
    if (!exists || (fragment && (!target || !target.has(fragment)))) {
      if (broken++ < 10) failures.push(`${label} ${from}: the link ${file}${fragment ? '#' + fragment : ''} leads nowhere`);
    }
  }
  check(broken === 0, `${label}: ${broken} broken link(s) of ${links.length}`);
  console.log(`${label}: ${pages.length} pages, ${links.length} internal links checked`);

  // The search page: from the address, then typed.
  await page.goto(base + 'search.html?q=' + encodeURIComponent(word), { waitUntil: 'load' });
  let found = await page.$$eval('#search-results a', (as) => as.map((a) => a.getAttribute('href')));
  check(found.includes(expectedPage), `${label}: search for "${word}" (?q=) did not list ${expectedPage} (found ${found.slice(0, 5).join(' ')})`);
  await page.fill('#search-query', '');
  await page.type('#search-query', word);
  found = await page.$$eval('#search-results a', (as) => as.map((a) => a.getAttribute('href')));
  check(found.includes(expectedPage), `${label}: search for "${word}" typed did not list ${expectedPage}`);
  const status = await page.textContent('#search-status');
  console.log(`${label}: search "${word}": ${status}`);
  await page.fill('#search-query', 'zzzqqqxxnotaword');
  const none = await page.$$eval('#search-results li', (l) => l.length);
  check(none === 0, `${label}: a word no document holds found ${none} result(s)`);
  if (artifactDir) {
    mkdirSync(artifactDir, { recursive: true });
    await page.fill('#search-query', word);
    await page.screenshot({ path: path.join(artifactDir, `search-${label}.png`), fullPage: false });
    await page.goto(base + 'index.html', { waitUntil: 'load' });
    await page.screenshot({ path: path.join(artifactDir, `index-${label}.png`), fullPage: false });
    await page.goto(base + expectedPage, { waitUntil: 'load' });
    await page.screenshot({ path: path.join(artifactDir, `document-${label}.png`), fullPage: false });
  }
  check(outside.length === 0, `${label}: requests outside the site: ${outside.slice(0, 5).join(' ')}`);
  check(consoleErrors.length === 0, `${label}: console: ${consoleErrors.slice(0, 5).join(' | ')}`);
  await context.close();
}

try {
  await visit(fileBase, 'file');
  await visit(httpBase, 'http');
} finally {
  await browser.close();
  server.close();
}
if (failures.length) {
  for (const f of failures) console.error('FAIL: ' + f);
  process.exit(1);
}
console.log('site: every internal link resolves, search works, from file:// and http://');
