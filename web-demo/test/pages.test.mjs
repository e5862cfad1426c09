// Mijn rechten in Debian's Chromium, as a person uses it: journeys (mouse and keyboard), Dutch and
// English, requests only to the page's own origin, the quick exit, forgetting everything, axe-core.
import test, { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { site, launch, openPage, watchedPage, fillDate, tabTo, axe, OUTPUT } from './browser.mjs';

let server;
let browser;
before(async () => { server = await site(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const stageTitles = (page) => page.$$eval('ol.route > li .stage-title', (n) => n.map((x) => x.textContent));
const currentStage = (page) => page.getAttribute('ol.route > li[aria-current="step"]', 'data-stage');
const dueOf = (page, title) => page.locator('.deadline', { has: page.locator('h3', { hasText: title }) });

async function otsJourney(page) {
  await page.check('#p-parent_with_gezag');
  await page.check('#s-ots');
  await fillDate(page, 'ots', '2026-05-12');
  await page.click('#show');
  await page.waitForSelector('#view-result:not([hidden])');
}

test('a parent with gezag whose child got an OTS on 12 May 2026: stage, rights, appeal deadline, calendar', async () => {
  const page = await openPage(browser, server.url);
  const origin = new URL(server.url).origin;
  await otsJourney(page);
  assert.equal(await currentStage(page), 'ots');
  assert.equal(await page.textContent('ol.route > li[aria-current="step"] .stage-title'), 'Ondertoezichtstelling');
  assert.ok((await stageTitles(page)).length >= 3, 'the route shows the steps so far');
  assert.match(await page.textContent('ol.route > li[aria-current="step"]'), /Wie beslist:.*jeugdbeschermer/s);
  // Rights of this party at this stage and who can help (from procedureState).
  assert.ok(await page.isVisible('#rights li[data-right="appeal"]'));
  assert.ok(await page.isVisible('#rights li[data-right="void_directive"]'));
  assert.ok(await page.isVisible('#helpers li[data-helper="juridisch_loket"]'));
  // The appeal: 3 months, art. 806 Rv (helder procedure deadline hoger-beroep --from 2026-05-12: 12 August 2026).
  const appeal = dueOf(page, 'Hoger beroep');
  assert.equal(await appeal.locator('strong[data-due]').getAttribute('data-due'), '2026-08-12');
  assert.equal(await appeal.locator('strong[data-due]').textContent(), 'woensdag 12 augustus 2026');
  assert.match(await appeal.textContent(), /Nog 84 dagen\./);
  assert.match(await appeal.textContent(), /art\. 806 lid 1 Rv/);
  assert.equal(await appeal.locator('[data-unsure]').count(), 0, 'a VERIFIED date is not marked unsure');
  const ots = dueOf(page, 'Hoe lang de ondertoezichtstelling duurt');
  assert.equal(await ots.locator('strong[data-due]').getAttribute('data-due'), '2027-05-12');
  // "Add to my calendar": an .ics file made in the browser.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#calendar')]);
  const ics = readFileSync(await download.path(), 'utf8');
  assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
  assert.match(ics, /DTSTART;VALUE=DATE:20260812\r\n/);
  assert.match(ics, /DTSTART;VALUE=DATE:20270512\r\n/);
  assert.match(ics, /SUMMARY:Laatste dag: Hoger beroep\r\n/);
  assert.equal(download.suggestedFilename(), 'termijnen.ics');
  // No history entries of its own.
  assert.equal(await page.evaluate(() => history.length), page.startHistory);
  assert.equal(new URL(page.url()).origin, origin);
  assert.deepEqual(page.errors, []);
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: join(OUTPUT, `result-nl-${width}.png`), fullPage: true });
  }
  await page.context().close();
});

test('a parent who received a schriftelijke aanwijzing sent on 2 October 2026: last day 16 October 2026', async () => {
  const page = await openPage(browser, server.url, { today: '2026-10-05' });
  await page.check('#p-parent_with_gezag');
  await page.check('#s-ots');
  await fillDate(page, 'ots', '2026-05-12');
  await page.check('#s-aanwijzing');
  await fillDate(page, 'aanwijzing', '2026-10-02');
  await page.click('#show');
  await page.waitForSelector('#view-result:not([hidden])');
  assert.equal(await currentStage(page), 'ots');
  assert.ok(await page.isVisible('.card[data-stage="aanwijzing_gegeven"]'));
  const voiding = dueOf(page, 'aanwijzing ongeldig');
  assert.equal(await voiding.locator('strong[data-due]').textContent(), 'vrijdag 16 oktober 2026');
  assert.match(await voiding.textContent(), /Nog 11 dagen\./);
  assert.match(await voiding.textContent(), /art\. 1:264 BW/);
  // The appeal period of the OTS has passed by now, and the page says so.
  assert.match(await dueOf(page, 'Hoger beroep').textContent(), /Deze datum is voorbij\./);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

// Found in review: an OTS from 2013 gave no result and no message (the library counts deadlines
// only for the years whose holidays it knows). The route and rights show; the deadline card says
// it cannot count.
test('an OTS from 2013: the route and rights show, and the deadline says it cannot be counted', async () => {
  const page = await openPage(browser, server.url, { today: '2013-09-01' });
  await page.check('#p-parent_with_gezag');
  await page.check('#s-ots');
  await fillDate(page, 'ots', '2013-06-03');
  await page.click('#show');
  await page.waitForSelector('#view-result:not([hidden])');
  assert.equal(await currentStage(page), 'ots');
  assert.match(await dueOf(page, 'Hoger beroep').textContent(), /Voor deze datum kunnen wij de laatste dag niet uitrekenen\./);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a 13-year-old after a spoed decision: the date that is not certain says so', async () => {
  const page = await openPage(browser, server.url, { today: '2026-12-01' });
  await page.check('#p-child_12_15');
  await page.check('#s-spoed');
  await fillDate(page, 'spoed', '2026-11-30');
  await page.click('#show');
  await page.waitForSelector('#view-result:not([hidden])');
  assert.equal(await currentStage(page), 'spoed');
  const hearing = dueOf(page, 'Zitting na de snelle beslissing');
  assert.equal(await hearing.locator('strong[data-due]').getAttribute('data-due'), '2026-12-14');
  assert.match(await hearing.locator('[data-unsure]').textContent(),
    /^Deze datum is niet zeker\. Vraag het na bij uw advocaat of het Juridisch Loket\.$/);
  await page.context().close();
});

test('the English version, switched during the journey without losing the answers', async () => {
  const page = await openPage(browser, server.url);
  await page.check('#p-parent_with_gezag');
  await page.check('#s-ots');
  await fillDate(page, 'ots', '2026-05-12');
  await page.click('#lang');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.ok(await page.isChecked('#p-parent_with_gezag'), 'the chosen party stays chosen');
  assert.equal(await page.inputValue('#ots-day'), '12');
  assert.equal(await page.textContent('label[for="p-parent_with_gezag"]'), 'Parent with parental authority');
  await page.click('#show');
  await page.waitForSelector('#view-result:not([hidden])');
  assert.equal(await page.textContent('ol.route > li[aria-current="step"] .stage-title'), 'Supervision order');
  const appeal = dueOf(page, 'Appeal');
  assert.match(await appeal.locator('strong[data-due]').textContent(), /^Wednesday,? 12 August 2026$/);
  assert.match(await appeal.textContent(), /84 days left\./);
  // And back to Dutch on the result view: the result stays.
  await page.click('#lang');
  assert.equal(await page.textContent('ol.route > li[aria-current="step"] .stage-title'), 'Ondertoezichtstelling');
  await page.click('#lang');
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: join(OUTPUT, `result-en-${width}.png`), fullPage: true });
  }
  await page.context().close();
});

test('every request stays on the page\'s own origin', async () => {
  const { context, page, requests, foreign, violations } = await watchedPage(browser, server.url);
  await otsJourney(page);
  await page.click('.menu [data-view="licences"]');
  await page.waitForFunction(() => document.querySelector('#lic-package').textContent.length > 0);
  await page.click('#lang');
  await page.click('#exit');
  await page.waitForURL(/neutral\.html$/);
  assert.deepEqual(foreign(new URL(server.url).origin), []);
  assert.ok(requests.some((u) => u.endsWith('/vendor/helder/helder-core.wasm')), 'the module came from the page\'s own copy');
  assert.deepEqual(violations, []);
  await context.close();
});

test('the quick exit (button and Escape) replaces the page and adds no history entry', async () => {
  for (const how of ['button', 'Escape']) {
    const page = await openPage(browser, server.url);
    await page.click('.menu [data-view="licences"]');
    await page.click('.menu [data-view="questions"]');
    const before = await page.evaluate(() => history.length);
    assert.equal(before, page.startHistory, 'switching views adds no history entry');
    if (how === 'button') await page.click('#exit'); else await page.keyboard.press('Escape');
    await page.waitForURL(/neutral\.html$/);
    assert.equal(await page.evaluate(() => history.length), before);
    assert.equal(await page.title(), 'Recepten');
    // Back leads to what came before the page (here the blank tab), never to the page itself.
    await page.goBack();
    assert.notEqual(page.url(), server.url, 'Back does not return to the page');
    assert.doesNotMatch(page.url(), /index\.html/);
    await page.context().close();
  }
});

test('forget everything clears storage and caches and empties the page', async () => {
  const page = await openPage(browser, server.url);
  await otsJourney(page);
  await page.evaluate(async () => {
    localStorage.setItem('x', '1');
    sessionStorage.setItem('y', '2');
    await (await caches.open('helder-test')).put('texts.json', new Response('{}'));
  });
  await page.click('#forget');
  await page.waitForSelector('#view-questions:not([hidden])');
  const left = await page.evaluate(async () => ({
    local: localStorage.length, session: sessionStorage.length, caches: (await caches.keys()).length,
    workers: (await navigator.serviceWorker.getRegistrations()).length,
    checked: document.querySelectorAll('input:checked').length, result: document.querySelector('#result').childElementCount,
    day: document.querySelector('#ots-day').value,
  }));
  assert.deepEqual(left, { local: 0, session: 0, caches: 0, workers: 0, checked: 0, result: 0, day: '' });
  assert.equal(await page.textContent('#status'), 'Alles is gewist. Deze pagina is weer leeg.');
  await page.context().close();
});

test('axe-core finds no WCAG 2.2 AA violation in any view', async () => {
  const page = await openPage(browser, server.url, { bypassCSP: true });
  const states = {};
  states.questions = await axe(page);
  await page.click('#show');
  states.errors = await axe(page);
  await page.check('#p-foster_parent');
  await page.check('#s-spoed');
  await page.check('#s-ots');
  await page.check('#s-aanwijzing');
  await fillDate(page, 'spoed', '2026-03-02');
  await fillDate(page, 'aanwijzing', '2026-04-01');
  await page.click('#show');
  await page.waitForSelector('#view-result:not([hidden])');
  await page.click('.deadline details summary >> nth=0');
  states.result = await axe(page);
  await page.click('#lang');
  states.result_en = await axe(page);
  await page.click('.menu [data-view="licences"]');
  await page.waitForFunction(() => document.querySelector('#lic-dict').textContent.length > 0);
  states.licences = await axe(page);
  await page.click('#exit');
  await page.waitForURL(/neutral\.html$/);
  states.neutral = await axe(page);
  for (const [name, v] of Object.entries(states)) assert.deepEqual(v, [], `axe violations in ${name}`);
  await page.context().close();
});

test('the journeys work with the keyboard alone', async () => {
  const page = await openPage(browser, server.url, { today: '2026-10-05' });
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip');
  await tabTo(page, '#p-parent_with_gezag');
  await page.keyboard.press('Space');
  await tabTo(page, '#s-ots');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.type('12');
  await page.keyboard.press('Tab');
  await page.keyboard.type('5');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2026');
  await tabTo(page, '#s-aanwijzing');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2');
  await page.keyboard.press('Tab');
  await page.keyboard.type('10');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2026');
  await tabTo(page, '#show');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#view-result:not([hidden])');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'r-title', 'the focus moves to the result');
  assert.equal(await currentStage(page), 'ots');
  assert.equal(await dueOf(page, 'aanwijzing ongeldig').locator('strong[data-due]').textContent(), 'vrijdag 16 oktober 2026');
  // The steps of the computation open with the keyboard.
  await tabTo(page, '.deadline details summary');
  await page.keyboard.press('Enter');
  assert.ok(await page.evaluate(() => document.querySelector('.deadline details').open));
  // Switch language and go back to the answers with the keyboard: they are all still there.
  await tabTo(page, '#lang');
  await page.keyboard.press('Enter');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await tabTo(page, '#change');
  await page.keyboard.press('Enter');
  assert.ok(await page.isChecked('#s-aanwijzing'));
  assert.equal(await page.inputValue('#aanwijzing-month'), '10');
  // And leave with Escape.
  await page.keyboard.press('Escape');
  await page.waitForURL(/neutral\.html$/);
  await page.context().close();
});
