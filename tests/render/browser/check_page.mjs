// Browser test of a page rendered by `teipress render --to html`: loads it in headless
// Chromium (Debian's /usr/bin/chromium, driven by playwright-core) with the network cut off,
// and checks that every internal link resolves, ids are unique, note popovers open on hover
// and on keyboard focus, there are no console errors or network requests, and the page fits
// a phone's width. Saves screenshots (desktop, phone) as test artifacts.
// Usage: node check_page.mjs PAGE.html ARTIFACT_DIR
import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

const [, , pagePath, artifactDir] = process.argv;
if (!pagePath || !artifactDir) {
  console.error('usage: node check_page.mjs PAGE.html ARTIFACT_DIR');
  process.exit(2);
}
mkdirSync(artifactDir, { recursive: true });
const failures = [];
const check = (ok, message) => { if (!ok) failures.push(message); };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const pageUrl = pathToFileURL(path.resolve(pagePath)).href;
  const requests = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.split('#')[0] === pageUrl) return route.continue();
    requests.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  const consoleErrors = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  await page.goto(pageUrl, { waitUntil: 'load' });

  // Structure and links.
  const facts = await page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    const broken = [];
    for (const a of document.querySelectorAll('a[href^="#"]')) {
      const id = decodeURIComponent(a.getAttribute('href').slice(1));
      if (!document.getElementById(id)) broken.push(a.getAttribute('href'));
    }
    for (const e of document.querySelectorAll('[aria-describedby]')) {
      if (!document.getElementById(e.getAttribute('aria-describedby'))) broken.push('aria-describedby=' + e.getAttribute('aria-describedby'));
    }
    const external = [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'))
      .filter((h) => !h.startsWith('#'));
    return {
      dupes, broken, external,
      internal: document.querySelectorAll('a[href^="#"]').length,
      noterefs: document.querySelectorAll('a.noteref').length,
      notes: document.querySelectorAll('section.notes li[id]').length,
      pages: [...document.querySelectorAll('a.pb')].map((a) => a.id),
      h1: document.querySelectorAll('h1').length,
      title: document.title,
      resources: [...document.querySelectorAll('link[href], script[src], img[src], iframe[src]')].length,
    };
  });
  check(facts.dupes.length === 0, `duplicate ids: ${facts.dupes.join(', ')}`);
  check(facts.broken.length === 0, `internal links that resolve to nothing: ${facts.broken.join(', ')}`);
  check(facts.internal > 0, 'the page has no internal links');
  check(facts.noterefs > 0 && facts.noterefs === facts.notes,
        `${facts.noterefs} note references but ${facts.notes} numbered notes`);
  check(facts.pages.every((id) => /^pg_/.test(id)), `page markers without a pg_ anchor: ${facts.pages}`);
  check(facts.h1 >= 1 && facts.title.trim() !== '', 'no h1 or an empty title');
  check(facts.resources === 0, 'the page loads external resources');
  check(facts.external.every((h) => /^https:\/\/history\.state\.gov\//.test(h)),
        `external links outside the web edition: ${facts.external.filter((h) => !/^https:\/\/history\.state\.gov\//.test(h))}`);

  // Each note reference leads to its note and the note leads back.
  const first = page.locator('a.noteref').first();
  const refId = await first.getAttribute('id');
  const noteHref = await first.getAttribute('href');
  await first.click();
  check(await page.evaluate(() => location.hash) === noteHref, `clicking a note reference does not go to ${noteHref}`);
  await page.locator(`${noteHref.replace(/([^\w#-])/g, '\\$1')} a.backref`).click();
  check(await page.evaluate(() => location.hash) === '#' + refId, 'the note\'s back link does not return to the text');

  // Popovers: closed at rest, open on hover, open on keyboard focus.
  const popover = (ref) => page.locator(`[id="${ref}"]`).locator('xpath=../following-sibling::span[contains(@class,"popover")]');
  // (Following the back link focuses the reference, which opens its popover: blur it first.)
  await page.evaluate(() => document.activeElement && document.activeElement.blur());
  await page.mouse.move(0, 0);
  const pop = popover(refId);
  check(!(await pop.isVisible()), 'a popover is open before any hover or focus');
  await first.hover();
  check(await pop.isVisible(), 'the popover does not open on hover');
  const popText = (await pop.innerText()).trim();
  const noteText = (await page.locator(`${noteHref.replace(/([^\w#-])/g, '\\$1')} .note-text`).innerText()).trim();
  check(popText.endsWith(noteText), 'the popover does not show the note\'s text');
  await page.screenshot({ path: path.join(artifactDir, 'popover-hover.png') });
  await page.mouse.move(0, 0);
  check(!(await pop.isVisible()), 'the popover stays open after the pointer leaves');
  await page.evaluate(() => { window.scrollTo(0, 0); document.activeElement && document.activeElement.blur(); });
  let focused = null;
  for (let i = 0; i < 400 && !focused; ++i) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => document.activeElement && document.activeElement.classList.contains('noteref') ? document.activeElement.id : null);
  }
  check(focused !== null, 'no note reference is reachable with the Tab key');
  if (focused) check(await popover(focused).isVisible(), 'the popover does not open on keyboard focus');

  // Screenshots: the page at rest (desktop), and at a phone's width (no sideways scrolling).
  await page.mouse.move(0, 0);
  await page.evaluate(() => { document.activeElement && document.activeElement.blur(); location.hash = ''; window.scrollTo(0, 0); });
  // (The whole page when it is not a whole volume: a screenshot of 100,000 px times out.)
  const tall = await page.evaluate(() => document.documentElement.scrollHeight > 20000);
  await page.screenshot({ path: path.join(artifactDir, 'desktop.png'), fullPage: !tall });
  await page.setViewportSize({ width: 375, height: 740 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  check(overflow <= 1, `the page is ${overflow}px wider than a phone's screen`);
  await page.screenshot({ path: path.join(artifactDir, 'phone.png') });
  // At a phone's width an open popover stays inside the screen (every note, by keyboard focus).
  const outside = await page.evaluate(() => {
    const bad = [];
    for (const ref of document.querySelectorAll('a.noteref')) {
      ref.focus();
      const pop = document.getElementById(ref.getAttribute('aria-describedby'));
      const r = pop.getBoundingClientRect();
      if (r.width === 0 || r.left < 0 || r.right > window.innerWidth || r.top < 0 || r.bottom > window.innerHeight) bad.push(ref.id);
      ref.blur();
    }
    return bad;
  });
  check(outside.length === 0, `popovers outside a phone's screen: ${outside.join(', ')}`);
  await page.locator('a.noteref').first().focus();
  await page.screenshot({ path: path.join(artifactDir, 'phone-popover.png') });
  await page.evaluate(() => document.activeElement && document.activeElement.blur());
  await page.emulateMedia({ media: 'print' });
  check(!(await pop.isVisible()), 'popovers show in print');

  check(consoleErrors.length === 0, `console errors: ${consoleErrors.join(' | ')}`);
  check(requests.length === 0, `network requests: ${requests.join(', ')}`);
  console.log(`${pagePath}: ${facts.internal} internal links, ${facts.noterefs} notes, ` +
              `${facts.pages.length} page markers, ${facts.external.length} links to the web edition; ` +
              `screenshots in ${artifactDir}`);
} finally {
  await browser.close();
}
if (failures.length) {
  for (const f of failures) console.error(`${pagePath}: error: ${f}`);
  process.exit(1);
}
